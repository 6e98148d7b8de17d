package cn.pinghu.socialwork.shared.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A caller that accepts no JSON: the endpoints declare that they produce JSON, so Spring
 * MVC refuses such a request while it looks for the endpoint, before anything is stored,
 * and this answers it with a 406 problem. No controller is known at that point, so the
 * advice is global; it answers only under {@code /api/}.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiContentNegotiation {

	/** The code of a request whose {@code Accept} header rules out JSON. */
	static final String NOT_ACCEPTABLE = "not-acceptable";

	private final ApiProblems problems;

	ApiContentNegotiation(ApiProblems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	void notAcceptable(HttpMediaTypeNotAcceptableException ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException, HttpMediaTypeNotAcceptableException {
		if (!ApiProblems.isApi(request)) {
			throw ex;
		}
		// Written straight to the response: content negotiation is what failed.
		this.problems.write(response,
				this.problems.problem(request, HttpStatus.NOT_ACCEPTABLE, NOT_ACCEPTABLE, "problem.not-acceptable"));
	}

}
