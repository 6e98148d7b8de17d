package cn.pinghu.socialwork.shared.web;

import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class ApiRateLimitFilterTest {

	private static final long SECOND = 1_000_000_000L;

	private final AtomicLong now = new AtomicLong(42 * SECOND);

	private final ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();

	private final ApiRateLimitFilter filter = new ApiRateLimitFilter(2, 3, this.now::get,
			new ApiProblems(messages(), this.json));

	@Test
	void a_key_gets_its_burst_then_429_with_retry_after_then_tokens_at_its_rate() throws Exception {
		for (int i = 0; i < 3; i++) {
			assertThat(call("key-a").getStatus()).as("request %d of the burst", i + 1).isEqualTo(200);
		}
		MockHttpServletResponse limited = call("key-a");
		assertThat(limited.getStatus()).isEqualTo(429);
		assertThat(limited.getHeader("Retry-After")).isEqualTo("1");
		assertThat(limited.getContentType()).startsWith("application/problem+json");
		assertThat(this.json.readTree(limited.getContentAsString()).get("code").asText()).isEqualTo("rate-limited");

		this.now.addAndGet(SECOND / 2);
		assertThat(call("key-a").getStatus()).as("one token after half a second at 2/s").isEqualTo(200);
		assertThat(call("key-a").getStatus()).isEqualTo(429);
	}

	@Test
	void keys_are_limited_each_on_their_own_and_calls_without_a_key_pass_to_the_endpoint() throws Exception {
		for (int i = 0; i < 3; i++) {
			call("key-a");
		}
		assertThat(call("key-a").getStatus()).isEqualTo(429);
		assertThat(call("key-b").getStatus()).isEqualTo(200);
		for (int i = 0; i < 10; i++) {
			assertThat(call(null).getStatus()).isEqualTo(200);
		}
	}

	private MockHttpServletResponse call(String apiKey) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/stations/RS001/visits");
		if (apiKey != null) {
			request.addHeader("X-Api-Key", apiKey);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		this.filter.doFilter(request, response, chain);
		if (response.getStatus() == 200) {
			assertThat(chain.getRequest()).as("a call within the limit reaches the endpoint").isNotNull();
		}
		return response;
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/shared");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
