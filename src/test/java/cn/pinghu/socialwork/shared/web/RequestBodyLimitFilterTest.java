package cn.pinghu.socialwork.shared.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.StreamUtils;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class RequestBodyLimitFilterTest {

	private static final int LIMIT = 16 * 1024;

	private static final int BATCH_LIMIT = 64 * 1024;

	private final ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();

	private final RequestBodyLimitFilter filter = new RequestBodyLimitFilter(DataSize.ofBytes(LIMIT),
			DataSize.ofBytes(BATCH_LIMIT), new ApiProblems(messages(), this.json));

	@Test
	void a_streamed_body_over_the_limit_is_refused_without_reading_it_in_full() throws Exception {
		AtomicLong read = new AtomicLong();
		HttpServletRequest request = streamed(new byte[1024 * 1024], read);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();

		this.filter.doFilter(request, response, chain);

		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		JsonNode problem = this.json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(problem.get("code").asText()).isEqualTo("payload-too-large");
		assertThat(problem.get("title").asText()).isEqualTo("请求体过大");
		assertThat(problem.get("detail").asText()).contains("16 KB");
		assertThat(read.get()).isEqualTo(LIMIT + 1);
		assertThat(chain.getRequest()).isNull();
	}

	@Test
	void batch_endpoints_take_bodies_up_to_their_own_larger_limit() throws Exception {
		MockHttpServletRequest batch = new MockHttpServletRequest("POST", "/api/v1/events:batch");
		batch.setContentType("application/json");
		batch.setContent(new byte[BATCH_LIMIT]);
		MockFilterChain passed = new MockFilterChain();
		this.filter.doFilter(batch, new MockHttpServletResponse(), passed);
		assertThat(passed.getRequest()).isNotNull();

		MockHttpServletRequest tooLarge = new MockHttpServletRequest("POST", "/api/v1/events:batch");
		tooLarge.setContent(new byte[BATCH_LIMIT + 1]);
		MockHttpServletResponse refused = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		this.filter.doFilter(tooLarge, refused, chain);
		assertThat(refused.getStatus()).isEqualTo(413);
		assertThat(chain.getRequest()).isNull();

		MockHttpServletRequest single = post();
		single.setContent(new byte[LIMIT + 1]);
		MockHttpServletResponse singleRefused = new MockHttpServletResponse();
		this.filter.doFilter(single, singleRefused, new MockFilterChain());
		assertThat(singleRefused.getStatus()).as("a single visit keeps the small limit").isEqualTo(413);
	}

	@Test
	void a_declared_length_over_the_limit_is_refused_unread() throws Exception {
		AtomicLong read = new AtomicLong();
		MockHttpServletRequest declared = post();
		declared.setContent(new byte[LIMIT + 1]);
		HttpServletRequest request = new HttpServletRequestWrapper(declared) {
			@Override
			public ServletInputStream getInputStream() {
				return counting(new ByteArrayInputStream(new byte[LIMIT + 1]), read);
			}
		};
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();

		this.filter.doFilter(request, response, chain);

		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(read.get()).isZero();
		assertThat(chain.getRequest()).isNull();
	}

	@Test
	void a_streamed_body_within_the_limit_reaches_the_handler_whole() throws Exception {
		byte[] body = new byte[LIMIT];
		Arrays.fill(body, (byte) 'x');
		HttpServletRequest request = streamed(body, new AtomicLong());
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();

		this.filter.doFilter(request, response, chain);

		ServletRequest passed = chain.getRequest();
		assertThat(passed).isNotNull();
		assertThat(StreamUtils.copyToByteArray(passed.getInputStream())).isEqualTo(body);
		assertThat(passed.getContentLengthLong()).isEqualTo(LIMIT);
		assertThat(response.getStatus()).isEqualTo(200);
	}

	/**
	 * A request of unknown length (as a chunked upload arrives) that counts what is read.
	 */
	private static HttpServletRequest streamed(byte[] body, AtomicLong read) {
		return new HttpServletRequestWrapper(post()) {
			private final ServletInputStream in = counting(new ByteArrayInputStream(body), read);

			@Override
			public long getContentLengthLong() {
				return -1;
			}

			@Override
			public int getContentLength() {
				return -1;
			}

			@Override
			public ServletInputStream getInputStream() {
				return this.in;
			}
		};
	}

	private static MockHttpServletRequest post() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/stations/RS001/visits");
		request.setContentType("application/json");
		return request;
	}

	private static ServletInputStream counting(InputStream in, AtomicLong read) {
		return new ServletInputStream() {
			@Override
			public int read() throws IOException {
				int b = in.read();
				if (b != -1) {
					read.incrementAndGet();
				}
				return b;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int n = in.read(buffer, offset, length);
				if (n > 0) {
					read.addAndGet(n);
				}
				return n;
			}

			@Override
			public boolean isFinished() {
				return false;
			}

			@Override
			public boolean isReady() {
				return true;
			}

			@Override
			public void setReadListener(ReadListener listener) {
				throw new UnsupportedOperationException();
			}
		};
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/shared");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
