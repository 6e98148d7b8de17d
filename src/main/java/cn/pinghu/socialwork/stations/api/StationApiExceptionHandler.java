package cn.pinghu.socialwork.stations.api;

import java.util.Arrays;

import cn.pinghu.socialwork.shared.web.ApiProblems;
import cn.pinghu.socialwork.stations.StationStatus;
import cn.pinghu.socialwork.stations.VisitRejectedException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns every failure of the visits API into {@code application/problem+json}: refusals
 * into their 4xx problem, anything else into a generic 500 that carries no exception text
 * or stack trace (those go to the log).
 */
@RestControllerAdvice(assignableTypes = StationVisitController.class)
class StationApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(StationApiExceptionHandler.class);

	/** Tells a 401 caller how to authenticate (RFC 9110 asks for the header). */
	private static final String API_KEY_CHALLENGE = "ApiKey header=\"" + StationVisitController.API_KEY_HEADER + "\"";

	private final ApiProblems problems;

	private final MessageSource messages;

	StationApiExceptionHandler(ApiProblems problems, MessageSource messages) {
		this.problems = problems;
		this.messages = messages;
	}

	@ExceptionHandler(VisitRejectedException.class)
	ResponseEntity<ProblemDetail> rejected(VisitRejectedException rejection, HttpServletRequest request) {
		Object[] arguments = Arrays.stream(rejection.arguments())
			.map(argument -> translated(argument, request))
			.toArray();
		return answer(VisitProblem.of(rejection), request, arguments);
	}

	@ExceptionHandler(VisitBodyException.class)
	ResponseEntity<ProblemDetail> badBody(VisitBodyException ex, HttpServletRequest request) {
		return answer(ex.problem(), request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
		if (ApiProblems.isDatabaseUnavailable(ex)) {
			log.warn("Visit to {} refused: the database cannot be reached ({})", request.getRequestURI(),
					ex.getMessage());
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

	/** A station status reads as its name in the caller's language. */
	private Object translated(Object argument, HttpServletRequest request) {
		if (argument instanceof StationStatus status) {
			return this.messages.getMessage("station.status." + status.name(), null, ApiProblems.locale(request));
		}
		return argument;
	}

}
