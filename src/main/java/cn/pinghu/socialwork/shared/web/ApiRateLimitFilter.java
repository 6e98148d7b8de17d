package cn.pinghu.socialwork.shared.web;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

import cn.pinghu.socialwork.shared.Secrets;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits how fast one API key may call: a token bucket per key (by its hash, so no key is
 * kept in memory), refilled at a steady rate up to a burst. A caller over the limit gets
 * 429 with {@code Retry-After}, before any database work. Requests without a key pass on
 * to be refused by the endpoint. The buckets live on each node; with several nodes a key
 * may go a node's rate on each.
 */
public class ApiRateLimitFilter extends OncePerRequestFilter {

	/** The code of the 429 problem. */
	public static final String RATE_LIMITED = "rate-limited";

	static final String API_KEY_HEADER = "X-Api-Key";

	/** Keys remembered at most; the least recently seen are forgotten first. */
	private static final int MAX_KEYS = 10_000;

	private static final double NANOS_PER_SECOND = 1_000_000_000d;

	private final double perSecond;

	private final double burst;

	private final LongSupplier nanoTime;

	private final ApiProblems problems;

	private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
			return size() > MAX_KEYS;
		}
	});

	public ApiRateLimitFilter(double perSecond, int burst, LongSupplier nanoTime, ApiProblems problems) {
		if (perSecond <= 0 || burst < 1) {
			throw new IllegalArgumentException("The rate limit needs a positive rate and a burst of at least 1");
		}
		this.perSecond = perSecond;
		this.burst = burst;
		this.nanoTime = nanoTime;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = request.getHeader(API_KEY_HEADER);
		if (key == null || key.isBlank()) {
			chain.doFilter(request, response);
			return;
		}
		Bucket bucket = this.buckets.computeIfAbsent(Secrets.sha256(key), hash -> new Bucket(this.burst));
		long waitSeconds = bucket.take(this.nanoTime.getAsLong(), this.perSecond, this.burst);
		if (waitSeconds > 0) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(waitSeconds));
			this.problems.write(response, this.problems.problem(request, HttpStatus.TOO_MANY_REQUESTS, RATE_LIMITED,
					"problem.rate-limited", waitSeconds));
			return;
		}
		chain.doFilter(request, response);
	}

	/** Tokens of one key. */
	private static final class Bucket {

		private double tokens;

		private long refilledAt = Long.MIN_VALUE;

		Bucket(double tokens) {
			this.tokens = tokens;
		}

		/** Takes a token; returns 0, or the whole seconds until one is there. */
		synchronized long take(long now, double perSecond, double burst) {
			if (this.refilledAt != Long.MIN_VALUE) {
				this.tokens = Math.min(burst, this.tokens + (now - this.refilledAt) / NANOS_PER_SECOND * perSecond);
			}
			this.refilledAt = now;
			if (this.tokens >= 1) {
				this.tokens -= 1;
				return 0;
			}
			return Math.max(1, (long) Math.ceil((1 - this.tokens) / perSecond));
		}

	}

}
