package cn.pinghu.socialwork.shared.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Tomcat's error report for requests that it refuses before the application sees them (an
 * encoded slash or NUL in the path, a TRACE): a problem document for the API, the usual
 * page elsewhere. Added to the host after Spring Boot's own valve, so it reports first.
 */
class ApiErrorReportValve extends ErrorReportValve {

	private static final Logger log = LoggerFactory.getLogger(ApiErrorReportValve.class);

	private final ObjectProvider<ApiProblems> problems;

	ApiErrorReportValve(ObjectProvider<ApiProblems> problems) {
		this.problems = problems;
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, @Nullable Throwable failure) {
		HttpStatus status = HttpStatus.resolve(response.getStatus());
		if (!ApiProblems.isApi(request) || status == null || !status.is4xxClientError()) {
			super.report(request, response, failure);
			return;
		}
		if (response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean writable = new AtomicBoolean();
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
		if (!writable.get()) {
			return;
		}
		try {
			ApiProblems problems = this.problems.getObject();
			ProblemDetail problem = problems.problem(request, status, ApiErrorAnswers.REQUEST_REJECTED,
					"problem.request-rejected");
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(problems.json(problem));
				response.finishResponse();
			}
		}
		catch (IOException | RuntimeException ex) {
			log.debug("Could not write the problem for a refused API request", ex);
		}
	}

}
