package cn.pinghu.socialwork.shared.web;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReferenceArray;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts the REST API's requests by the status they were answered with:
 * {@value #METRIC}{@code {status}}. It runs before Spring Security and the body limit, so
 * refused keys and oversized bodies count too. Each status's counter is built on its
 * first answer and kept: a request costs an array read and an increment, not a registry
 * lookup (Spring Boot's own observation of HTTP requests is off for its cost).
 */
public class ApiRequestMeters extends OncePerRequestFilter {

	public static final String METRIC = "console.api.requests";

	private static final int STATUSES = 600;

	private final MeterRegistry meters;

	private final AtomicReferenceArray<@Nullable Counter> byStatus = new AtomicReferenceArray<>(STATUSES);

	public ApiRequestMeters(MeterRegistry meters) {
		this.meters = meters;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		int status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
		try {
			chain.doFilter(request, response);
			status = response.getStatus();
		}
		finally {
			counter(status).increment();
		}
	}

	private Counter counter(int status) {
		int index = (status > 0 && status < STATUSES) ? status : 0;
		Counter counter = this.byStatus.get(index);
		if (counter == null) {
			// Two first answers at once register the same meter: the registry returns it.
			counter = Counter.builder(METRIC)
				.description("Requests to the REST API by the status they were answered with")
				.tag("status", (index == 0) ? "other" : Integer.toString(index))
				.register(this.meters);
			this.byStatus.set(index, counter);
		}
		return counter;
	}

}
