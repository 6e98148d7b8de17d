package cn.pinghu.socialwork.screen.ui;

import java.util.List;

import cn.pinghu.socialwork.identity.AuthenticatedDisplay;
import cn.pinghu.socialwork.identity.Role;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.server.VaadinServletRequest;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;

/** Signs a wall display in, as its token does, for the screens' UI tests. */
final class ScreenLogins {

	private ScreenLogins() {
	}

	static void signInAsDisplay(AuthenticatedDisplay display) {
		var authorities = List.of(new SimpleGrantedAuthority("ROLE_" + Role.Names.DISPLAY));
		var authentication = new PreAuthenticatedAuthenticationToken(display, null, authorities);
		SecurityContextHolder.getContext().setAuthentication(authentication);
		FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
		request.setUserPrincipalInt(authentication);
		request.setUserInRole((user, role) -> Role.Names.DISPLAY.equals(role));
	}

}
