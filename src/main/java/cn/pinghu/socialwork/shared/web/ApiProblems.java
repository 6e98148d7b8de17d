package cn.pinghu.socialwork.shared.web;

import java.io.EOFException;
import java.io.IOException;
import java.net.SocketException;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.pinghu.socialwork.shared.i18n.ConsoleI18NProvider;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Builds the API's error answers as RFC 9457 problem details: a translated {@code title}
 * (one per HTTP status) and {@code detail} (from a message key), and a machine-readable
 * {@code code} property that clients can branch on without parsing text. Chinese unless
 * the caller asks for English with {@code Accept-Language}.
 */
@Component
public class ApiProblems {

	/** The name of the machine-readable property. */
	public static final String CODE = "code";

	/** The code of an unexpected error, and the key of its generic message. */
	public static final String INTERNAL_ERROR = "internal-error";

	/** The code of a 429 answer: too many requests, visits or refused keys. */
	public static final String RATE_LIMITED = "rate-limited";

	/** The problem code when the database cannot be reached. */
	public static final String DATABASE_UNAVAILABLE = "database-unavailable";

	/** The SQL state class of connection exceptions (SQL standard, JDBC). */
	private static final String CONNECTION_EXCEPTION_CLASS = "08";

	/** Where the API's addresses begin. */
	public static final String API_PREFIX = "/api/";

	/**
	 * The one page under {@link #API_PREFIX}: the API's contract rendered for
	 * administrators, signed in like any other page.
	 */
	public static final String DOCS_PAGE = "/api/docs";

	/** How long a caller should wait before trying again when the database is away. */
	public static final String RETRY_AFTER_SECONDS = "5";

	private static final String UNEXPECTED_MESSAGE_KEY = "error.unexpected";

	private static final List<Locale> LOCALES = List.of(ConsoleI18NProvider.DEFAULT_LOCALE, Locale.ENGLISH);

	private final MessageSource messages;

	private final ObjectMapper json;

	public ApiProblems(MessageSource messages, ObjectMapper json) {
		this.messages = messages;
		this.json = json;
	}

	/**
	 * A problem with the given status and code whose detail is the translation of
	 * {@code detailKey}.
	 */
	public ProblemDetail problem(HttpServletRequest request, HttpStatus status, String code, String detailKey,
			Object... arguments) {
		Locale locale = locale(request);
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(
				this.messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(), locale));
		problem.setDetail(this.messages.getMessage(detailKey, arguments, locale));
		instance(request).ifPresent(problem::setInstance);
		problem.setProperty(CODE, code);
		return problem;
	}

	/**
	 * The address the problem occurred at, if it reads as one: a request refused for its
	 * address may have none that does.
	 */
	private static Optional<URI> instance(HttpServletRequest request) {
		String path = request.getRequestURI();
		if (path == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(new URI(path));
		}
		catch (URISyntaxException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The answer to an error nobody expected: a generic message, never the exception's
	 * text or stack trace (the caller logs those).
	 */
	public ProblemDetail unexpected(HttpServletRequest request) {
		return problem(request, HttpStatus.INTERNAL_SERVER_ERROR, INTERNAL_ERROR, UNEXPECTED_MESSAGE_KEY);
	}

	/**
	 * The answer while the database cannot be reached: 503 with {@code Retry-After}, so
	 * that stations keep their visits and send them again (idempotency keys make that
	 * safe).
	 */
	public ResponseEntity<ProblemDetail> databaseUnavailable(HttpServletRequest request) {
		ProblemDetail problem = problem(request, HttpStatus.SERVICE_UNAVAILABLE, DATABASE_UNAVAILABLE,
				"problem.database-unavailable");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/** {@link #databaseUnavailable}, written straight to the response by a filter. */
	public void writeDatabaseUnavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		write(response,
				problem(request, HttpStatus.SERVICE_UNAVAILABLE, DATABASE_UNAVAILABLE, "problem.database-unavailable"));
	}

	/**
	 * The answer to a caller over a rate limit: 429 with {@code Retry-After}.
	 * @param detailKey the message that says which limit, with the seconds as its
	 * argument
	 */
	public ResponseEntity<ProblemDetail> rateLimited(HttpServletRequest request, String detailKey, long seconds) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem(request, HttpStatus.TOO_MANY_REQUESTS, RATE_LIMITED, detailKey, seconds));
	}

	/** {@link #rateLimited}, written straight to the response by a filter. */
	public void writeRateLimited(HttpServletRequest request, HttpServletResponse response, String detailKey,
			long seconds) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		write(response, problem(request, HttpStatus.TOO_MANY_REQUESTS, RATE_LIMITED, detailKey, seconds));
	}

	/**
	 * Whether a failure means the database could not be reached (no connection to be had,
	 * or the connection broke), rather than a fault of the request or the code. A
	 * connection that breaks in the middle of a transaction shows only in the failed
	 * rollback that follows: a plain {@link SQLException} in SQL state class 08
	 * (connection exception), such as the pool's "Connection is closed".
	 */
	public static boolean isDatabaseUnavailable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException || isConnectionException(cause)
					|| cause instanceof SocketException || cause instanceof EOFException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the same request may well succeed when sent again: the database could not
	 * be reached, or it gave up for a passing reason (a lock wait or statement timed out,
	 * a deadlock, a transaction rolled back after its connection broke). Such a request
	 * gets {@link #databaseUnavailable} rather than the answer to a fault.
	 */
	public static boolean isWorthRetrying(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof TransientDataAccessException || cause instanceof SQLTransientException) {
				return true;
			}
		}
		return isDatabaseUnavailable(failure);
	}

	private static boolean isConnectionException(Throwable failure) {
		return failure instanceof SQLException sql && sql.getSQLState() != null
				&& sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS);
	}

	/** A problem as a controller's answer, typed {@code application/problem+json}. */
	public ResponseEntity<ProblemDetail> response(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** A problem as JSON text, for answers written outside Spring MVC. */
	public String json(ProblemDetail problem) throws IOException {
		return this.json.writeValueAsString(problem);
	}

	/**
	 * Writes a problem straight to the response, for filters that answer by themselves.
	 */
	public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), problem);
	}

	/** Whether the request is one of the API's, which answers with problems. */
	public static boolean isApi(HttpServletRequest request) {
		String path = request.getRequestURI();
		return path != null && path.startsWith(API_PREFIX) && !isDocsPage(path);
	}

	private static boolean isDocsPage(String path) {
		return path.equals(DOCS_PAGE) || path.startsWith(DOCS_PAGE + "/");
	}

	/**
	 * The language of the answer: English if the caller prefers it, Chinese otherwise.
	 */
	public static Locale locale(HttpServletRequest request) {
		return locale(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
	}

	static Locale locale(@Nullable String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return ConsoleI18NProvider.DEFAULT_LOCALE;
		}
		try {
			Locale chosen = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LOCALES);
			return (chosen != null) ? chosen : ConsoleI18NProvider.DEFAULT_LOCALE;
		}
		catch (IllegalArgumentException ex) {
			return ConsoleI18NProvider.DEFAULT_LOCALE;
		}
	}

}
