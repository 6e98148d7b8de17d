package cn.pinghu.socialwork.security;

import cn.pinghu.socialwork.identity.AuthenticatedDisplay;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test only: an endpoint under the dashboard API that tells who the request was
 * authenticated as, so that the display token filter can be tested without the real
 * dashboard endpoints.
 */
@RestController
class DashboardEchoController {

	static final String PATH = "/api/v1/dashboard/test-echo";

	@GetMapping(PATH)
	Map<String, Object> echo(Authentication authentication) {
		List<String> authorities = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.toList();
		return Map.of("name", authentication.getName(), "authorities", authorities, "display",
				authentication.getPrincipal() instanceof AuthenticatedDisplay);
	}

}
