package cn.pinghu.socialwork.visits.api;

import cn.pinghu.socialwork.shared.web.ApiProblems;
import cn.pinghu.socialwork.visits.VisitRejectedException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns every failure of the visits API into {@code application/problem+json}: refusals
 * into their 4xx problem, a station over its allowance into 429 with {@code Retry-After},
 * anything else into a generic 500 that carries no exception text or stack trace (those
 * go to the log).
 */
@RestControllerAdvice(assignableTypes = { StationVisitController.class, VisitBatchController.class })
class StationApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(StationApiExceptionHandler.class);

	/** Tells a 401 caller how to authenticate (RFC 9110 asks for the header). */
	private static final String API_KEY_CHALLENGE = "ApiKey header=\"X-Api-Key\"";

	private final ApiProblems problems;

	private final ProblemText text;

	private final ApiRefusals refusals;

	StationApiExceptionHandler(ApiProblems problems, ProblemText text, ApiRefusals refusals) {
		this.problems = problems;
		this.text = text;
		this.refusals = refusals;
	}

	@ExceptionHandler(VisitRejectedException.class)
	ResponseEntity<ProblemDetail> rejected(VisitRejectedException rejection, HttpServletRequest request) {
		VisitProblem problem = VisitProblem.of(rejection);
		this.refusals.refused(problem);
		return answer(problem, request, this.text.arguments(rejection, ApiProblems.locale(request)));
	}

	@ExceptionHandler(VisitBodyException.class)
	ResponseEntity<ProblemDetail> badBody(VisitBodyException ex, HttpServletRequest request) {
		this.refusals.refused(ex.problem());
		return answer(ex.problem(), request);
	}

	@ExceptionHandler(AllowanceExceededException.class)
	ResponseEntity<ProblemDetail> overAllowance(AllowanceExceededException ex, HttpServletRequest request) {
		this.refusals.overAllowance();
		return this.problems.rateLimited(request, ex.messageKey(), ex.retryAfterSeconds());
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
		if (ApiProblems.isWorthRetrying(ex)) {
			log.warn("Visit to {} refused for now: the database cannot be reached or gave up ({}: {})",
					request.getRequestURI(), ex.getClass().getName(), ex.getMessage());
			return this.problems.databaseUnavailable(request);
		}
		log.error("Visit to {} failed unexpectedly", request.getRequestURI(), ex);
		return this.problems.response(this.problems.unexpected(request));
	}

	private ResponseEntity<ProblemDetail> answer(VisitProblem problem, HttpServletRequest request,
			Object... arguments) {
		ProblemDetail detail = this.problems.problem(request, problem.status(), problem.code(), problem.messageKey(),
				arguments);
		ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.status())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		if (problem.status() == HttpStatus.UNAUTHORIZED) {
			response.header(HttpHeaders.WWW_AUTHENTICATE, API_KEY_CHALLENGE);
		}
		return response.body(detail);
	}

}
