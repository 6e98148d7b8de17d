package cn.pinghu.socialwork.security;

import java.io.IOException;
import java.net.URI;

import cn.pinghu.socialwork.shared.i18n.ConsoleI18NProvider;
import cn.pinghu.socialwork.shared.web.ApiProblems;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Refusals on the REST API as RFC 9457 problem details in Chinese: 401 when a request
 * brings no valid credentials, 403 when they do not allow it. Never a redirect to the
 * login view, which an API client could not follow.
 */
class ApiProblemResponder implements AuthenticationEntryPoint, AccessDeniedHandler {

	/** The problem code of a request without valid credentials. */
	static final String UNAUTHORIZED = "unauthorized";

	/** The problem code of credentials that do not allow the request. */
	static final String FORBIDDEN = "forbidden";

	private final MessageSource messages;

	private final ObjectMapper json;

	ApiProblemResponder(MessageSource messages, ObjectMapper json) {
		this.messages = messages;
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		write(request, response, HttpStatus.UNAUTHORIZED, UNAUTHORIZED, "api.security.unauthorized");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, FORBIDDEN, "api.security.forbidden");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
			String key) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message(key + ".detail"));
		problem.setTitle(message(key + ".title"));
		problem.setProperty(ApiProblems.CODE, code);
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream().write(this.json.writeValueAsBytes(problem));
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, ConsoleI18NProvider.DEFAULT_LOCALE);
	}

}
