package cn.pinghu.socialwork.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.pinghu.socialwork.identity.AuthenticatedDisplay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * A person's sign-in: an ordinary session keeps its attributes under a new id; a wall
 * display's session is left behind, and the person starts in a fresh one without them.
 */
class DisplaySessionFixationTest {

	private static final Authentication PERSON = UsernamePasswordAuthenticationToken.authenticated("admin", null,
			List.of(new SimpleGrantedAuthority("ROLE_ADMIN")));

	/*
	 * Spring Security carries its own SPRING_SECURITY_ attributes into the fresh session;
	 * the sign-in then saves the person's context over the display's.
	 */
	private final DisplaySessionFixation fixation = new DisplaySessionFixation();

	@Test
	void anOrdinarySignInKeepsTheSessionsAttributesUnderANewId() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
		MockHttpSession session = new MockHttpSession();
		session.setAttribute("saved-request", "/towns");
		request.setSession(session);
		String before = session.getId();

		this.fixation.onAuthentication(PERSON, request, new MockHttpServletResponse());

		assertThat(request.getSession(false)).isSameAs(session);
		assertThat(session.getId()).isNotEqualTo(before);
		assertThat(session.getAttribute("saved-request")).isEqualTo("/towns");
	}

	@Test
	void aSignInOnAWallDisplaysBrowserStartsAFreshSessionWithoutTheDisplaysAttributes() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
		MockHttpSession displaySession = new MockHttpSession();
		displaySession.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
				new SecurityContextImpl(UsernamePasswordAuthenticationToken
					.authenticated(new AuthenticatedDisplay(7, "指挥中心大屏"), null, List.of())));
		displaySession.setAttribute("screen-page", "stations");
		request.setSession(displaySession);

		this.fixation.onAuthentication(PERSON, request, new MockHttpServletResponse());

		assertThat(displaySession.isInvalid()).isTrue();
		MockHttpSession fresh = (MockHttpSession) request.getSession(false);
		assertThat(fresh).isNotNull().isNotSameAs(displaySession);
		assertThat(fresh.getAttribute("screen-page")).isNull();
	}

	@Test
	void aSignInWithoutASessionCreatesNone() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");

		this.fixation.onAuthentication(PERSON, request, new MockHttpServletResponse());

		assertThat(request.getSession(false)).isNull();
	}

}
