package cn.pinghu.socialwork.shared.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies above a limit with a 413 problem before any handler reads them.
 * A declared {@code Content-Length} above the limit is refused unread. A body of unknown
 * length (chunked or streamed) is read only up to one byte past the limit: if it is
 * longer it is refused, otherwise the handler reads the buffered copy, so no handler ever
 * sees part of a body. Tomcat swallows what is left of a refused body, which keeps the
 * connection usable for the answer.
 */
public class RequestBodyLimitFilter extends OncePerRequestFilter {

	/** The code of the 413 problem. */
	public static final String PAYLOAD_TOO_LARGE = "payload-too-large";

	private static final int CHUNK = 4096;

	/**
	 * Batch endpoints end in {@code :batch} (Google's custom-method style) and get a
	 * larger limit.
	 */
	private static final String BATCH_SUFFIX = ":batch";

	private final DataSize defaultLimit;

	private final String largerSuffix;

	private final DataSize largerLimit;

	private final Refusal refusal;

	/** For the API: a refused body is answered with a 413 problem. */
	public RequestBodyLimitFilter(DataSize limit, DataSize batchLimit, ApiProblems problems) {
		this(limit, batchLimit, (request, response, max) -> problems.write(response, problems.problem(request,
				HttpStatus.PAYLOAD_TOO_LARGE, PAYLOAD_TOO_LARGE, "problem.payload-too-large", max.toKilobytes())));
	}

	/** One limit for every request, a refused body answered by {@code refusal}. */
	public RequestBodyLimitFilter(DataSize limit, Refusal refusal) {
		this(limit, BATCH_SUFFIX, limit, refusal);
	}

	/**
	 * A limit for every request but those whose address ends in {@code largerSuffix},
	 * which get {@code largerLimit}; a refused body answered by {@code refusal}.
	 */
	public RequestBodyLimitFilter(DataSize limit, String largerSuffix, DataSize largerLimit, Refusal refusal) {
		this.defaultLimit = limit;
		this.largerSuffix = largerSuffix;
		this.largerLimit = largerLimit;
		this.refusal = refusal;
	}

	private RequestBodyLimitFilter(DataSize limit, DataSize batchLimit, Refusal refusal) {
		this(limit, BATCH_SUFFIX, batchLimit, refusal);
	}

	private DataSize limitFor(HttpServletRequest request) {
		return request.getRequestURI().endsWith(this.largerSuffix) ? this.largerLimit : this.defaultLimit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		DataSize limit = limitFor(request);
		long declared = request.getContentLengthLong();
		if (declared > limit.toBytes()) {
			refuse(request, response, limit);
			return;
		}
		if (declared >= 0) {
			// the container never hands out more than the declared length
			chain.doFilter(request, response);
			return;
		}
		byte[] body = readAtMostOnePastLimit(request.getInputStream(), limit);
		if (body.length > limit.toBytes()) {
			refuse(request, response, limit);
			return;
		}
		chain.doFilter(new BufferedBodyRequest(request, body), response);
	}

	private static byte[] readAtMostOnePastLimit(InputStream in, DataSize limit) throws IOException {
		int max = Math.toIntExact(limit.toBytes() + 1);
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		byte[] chunk = new byte[CHUNK];
		int read;
		while (body.size() < max && (read = in.read(chunk, 0, Math.min(chunk.length, max - body.size()))) != -1) {
			body.write(chunk, 0, read);
		}
		return body.toByteArray();
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, DataSize limit) throws IOException {
		this.refusal.refuse(request, response, limit);
	}

	/** How a body over the limit is answered (with a 413). */
	@FunctionalInterface
	public interface Refusal {

		void refuse(HttpServletRequest request, HttpServletResponse response, DataSize limit) throws IOException;

	}

	/** A request whose body was read ahead into memory. */
	private static final class BufferedBodyRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		BufferedBodyRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

		@Override
		public ServletInputStream getInputStream() {
			return new BufferedInputStream(new ByteArrayInputStream(this.body));
		}

		@Override
		public BufferedReader getReader() {
			String encoding = getCharacterEncoding();
			Charset charset = (encoding != null) ? Charset.forName(encoding) : StandardCharsets.UTF_8;
			return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(this.body), charset));
		}

	}

	private static final class BufferedInputStream extends ServletInputStream {

		private final ByteArrayInputStream in;

		BufferedInputStream(ByteArrayInputStream in) {
			this.in = in;
		}

		@Override
		public int read() {
			return this.in.read();
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			return this.in.read(buffer, offset, length);
		}

		@Override
		public boolean isFinished() {
			return this.in.available() == 0;
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setReadListener(ReadListener listener) {
			throw new UnsupportedOperationException("A buffered body is read synchronously");
		}

	}

}
