package cn.pinghu.socialwork.identity;

import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * A wall display that presented a valid token: the principal of its requests.
 *
 * @param id the device's id
 * @param name the device's name (e.g. 指挥中心大屏)
 */
public record AuthenticatedDisplay(long id, String name) implements AuthenticatedPrincipal {

	@Override
	public String getName() {
		return this.name;
	}

}
