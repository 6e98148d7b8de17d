package cn.pinghu.socialwork.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import static org.assertj.core.api.Assertions.assertThat;

/** The scrape token: who it lets in, and that without one set nobody is let in by it. */
class MetricsAccessTest {

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	@AfterEach
	void forget() {
		this.contexts.clearContext();
	}

	@Test
	void the_right_token_is_the_scraper_for_the_request() throws Exception {
		assertThat(authorityAfter("secret-token", "Bearer secret-token")).isEqualTo(MetricsAccess.SCRAPER);
		assertThat(authorityAfter("secret-token", "bearer secret-token")).isEqualTo(MetricsAccess.SCRAPER);
	}

	@Test
	void another_token_or_none_is_nobody() throws Exception {
		assertThat(authorityAfter("secret-token", "Bearer secret-toke")).isNull();
		assertThat(authorityAfter("secret-token", "Bearer secret-token2")).isNull();
		assertThat(authorityAfter("secret-token", "Basic secret-token")).isNull();
		assertThat(authorityAfter("secret-token", null)).isNull();
	}

	@Test
	void without_a_token_set_no_bearer_lets_anybody_in() throws Exception {
		assertThat(authorityAfter("", "Bearer ")).isNull();
		assertThat(authorityAfter("", "Bearer")).isNull();
		assertThat(authorityAfter("  ", "Bearer   ")).isNull();
	}

	/** The authority the filter put in the context for the request, if any. */
	private String authorityAfter(String token, String header) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", MetricsAccess.PROMETHEUS);
		if (header != null) {
			request.addHeader("Authorization", header);
		}
		String[] seen = new String[1];
		new MetricsAccess.ScrapeTokenFilter(token, this.contexts).doFilter(request, new MockHttpServletResponse(),
				new MockFilterChain() {
					@Override
					public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
						Authentication authentication = MetricsAccessTest.this.contexts.getContext()
							.getAuthentication();
						seen[0] = (authentication == null) ? null
								: authentication.getAuthorities()
									.stream()
									.map(GrantedAuthority::getAuthority)
									.findFirst()
									.orElse(null);
					}
				});
		return seen[0];
	}

}
