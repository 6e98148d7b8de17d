package cn.pinghu.socialwork.security;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request's {@code X-Api-Key}: before the check, the key and where it came from; after
 * it, the station it belongs to, with the authority {@value #STATION}. The key is dropped
 * once checked.
 */
public final class ApiKeyAuthenticationToken extends AbstractAuthenticationToken {

	/** The authority of a station device: what the visits API asks for. */
	public static final String STATION = "STATION_DEVICE";

	private final Object principal;

	private @Nullable String apiKey;

	private ApiKeyAuthenticationToken(Object principal, @Nullable String apiKey, boolean authenticated) {
		super(authenticated ? List.of(new SimpleGrantedAuthority(STATION)) : List.of());
		this.principal = principal;
		this.apiKey = apiKey;
		setAuthenticated(authenticated);
	}

	/** A key to be checked; the principal is the client's address until then. */
	static ApiKeyAuthenticationToken unchecked(String apiKey, String clientAddress) {
		return new ApiKeyAuthenticationToken(clientAddress, apiKey, false);
	}

	/** A checked key: its station is the principal. */
	static ApiKeyAuthenticationToken checked(Object station) {
		return new ApiKeyAuthenticationToken(station, null, true);
	}

	@Override
	public Object getPrincipal() {
		return this.principal;
	}

	@Override
	public @Nullable Object getCredentials() {
		return this.apiKey;
	}

	@Override
	public void eraseCredentials() {
		super.eraseCredentials();
		this.apiKey = null;
	}

}
