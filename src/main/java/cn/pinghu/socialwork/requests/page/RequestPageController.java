package cn.pinghu.socialwork.requests.page;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.pinghu.socialwork.requests.FiledRequest;
import cn.pinghu.socialwork.requests.RequestCategory;
import cn.pinghu.socialwork.requests.RequestRejectedException;
import cn.pinghu.socialwork.requests.RequestSubmission;
import cn.pinghu.socialwork.requests.RiderRequestService;
import cn.pinghu.socialwork.shared.web.PublicPage;
import cn.pinghu.socialwork.shared.web.RateBuckets;
import cn.pinghu.socialwork.stations.CheckInStation;
import cn.pinghu.socialwork.stations.StationKeyService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * 我要反映: {@code /s/{code}/request}, linked from a station's check-in page, public. GET
 * shows the form, POST files the request for the station's town
 * ({@link RiderRequestService#file}) and gives its number. Like the check-in page: any
 * code that names no station gets the same 404 page, every refusal is a page in Chinese
 * with its status and stores nothing, the form's CSRF token is checked before (the
 * {@code /s/**} chain of SecurityConfig) and the body's size before that. Each client
 * address may file {@code console.requests.page-limit.per-hour} (60) in bursts of
 * {@code console.requests.page-limit.burst} (20), generous because riders at a station
 * often share its Wi-Fi or their carrier's address.
 */
@Controller
class RequestPageController {

	static final String PATH = "/s/{code}/request";

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");

	/** Addresses remembered at most. */
	private static final int MAX_ADDRESSES = 100_000;

	private final RiderRequestService requests;

	private final StationKeyService stations;

	private final RequestPage page;

	private final RateBuckets<String> addresses;

	private final int replyWorkingDays;

	private final int closeDays;

	RequestPageController(RiderRequestService requests, StationKeyService stations, RequestPage page,
			@Value("${console.requests.page-limit.per-hour:60}") long perHour,
			@Value("${console.requests.page-limit.burst:20}") int burst,
			@Value("${console.requests.reply-working-days:1}") int replyWorkingDays,
			@Value("${console.requests.close-days:7}") int closeDays) {
		this.requests = requests;
		this.stations = stations;
		this.page = page;
		this.addresses = new RateBuckets<>(burst, perHour, Duration.ofHours(1), MAX_ADDRESSES, System::nanoTime);
		this.replyWorkingDays = replyWorkingDays;
		this.closeDays = closeDays;
	}

	/** One mapping for every method, so that a wrong one gets this page's 405. */
	@RequestMapping(PATH)
	void page(@PathVariable String code, HttpServletRequest request, HttpServletResponse response) throws IOException {
		switch (request.getMethod()) {
			case "GET", "HEAD" -> show(code, request, response);
			case "POST" -> file(code, request, response);
			default -> {
				response.setHeader(HttpHeaders.ALLOW, "GET, HEAD, POST");
				PublicPage.write(response, HttpStatus.METHOD_NOT_ALLOWED.value(),
						this.page.refused(List.of("requests.page.method")));
			}
		}
	}

	private void show(String code, HttpServletRequest request, HttpServletResponse response) throws IOException {
		Optional<CheckInStation> station = station(code);
		if (station.isEmpty()) {
			unknown(response);
			return;
		}
		// reading the token is what stores it in its cookie
		CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		PublicPage.write(response, HttpStatus.OK.value(), this.page.form(station.get(), token.getParameterName(),
				token.getToken(), this.replyWorkingDays, this.closeDays));
	}

	private void file(String code, HttpServletRequest request, HttpServletResponse response) throws IOException {
		long wait = this.addresses.take(request.getRemoteAddr(), 1);
		if (wait > 0) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
			PublicPage.write(response, HttpStatus.TOO_MANY_REQUESTS.value(),
					this.page.refused(List.of("requests.page.rate-limited"), wait));
			return;
		}
		Optional<CheckInStation> station = station(code);
		if (station.isEmpty()) {
			unknown(response);
			return;
		}
		FiledRequest filed;
		try {
			filed = this.requests.file(code, submission(request));
		}
		catch (ConstraintViolationException ex) {
			PublicPage.write(response, HttpStatus.BAD_REQUEST.value(),
					this.page.refused(ex.getConstraintViolations()
						.stream()
						.map(RequestPageController::template)
						.distinct()
						.sorted()
						.toList()));
			return;
		}
		catch (RequestRejectedException ex) {
			// no open station has this code: the same page as an unknown one
			unknown(response);
			return;
		}
		catch (RuntimeException ex) {
			PublicPage.writeUnavailable(ex, response, this.page.refused(List.of("requests.page.unavailable")));
			return;
		}
		PublicPage.write(response, HttpStatus.OK.value(),
				this.page.received(station.get(), filed.id(), this.replyWorkingDays));
	}

	/**
	 * The form's fields; one that is not there, or there twice, is left for the checks.
	 */
	private static RequestSubmission submission(HttpServletRequest request) {
		String category = single(request, RequestPage.CATEGORY);
		String phone = single(request, RequestPage.PHONE);
		return new RequestSubmission(category(category), single(request, RequestPage.TEXT),
				(phone == null || phone.isBlank()) ? null : phone.strip());
	}

	private static @Nullable RequestCategory category(@Nullable String name) {
		if (name == null) {
			return null;
		}
		try {
			return RequestCategory.valueOf(name);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static @Nullable String single(HttpServletRequest request, String field) {
		String[] values = request.getParameterValues(field);
		return (values == null || values.length != 1) ? null : values[0];
	}

	/** The station with exactly this code; a code that cannot be one is not looked up. */
	private Optional<CheckInStation> station(String code) {
		return CODE.matcher(code).matches() ? this.stations.findForCheckIn(code) : Optional.empty();
	}

	private void unknown(HttpServletResponse response) throws IOException {
		PublicPage.write(response, HttpStatus.NOT_FOUND.value(), this.page.unknownStation());
	}

	private static String template(ConstraintViolation<?> violation) {
		String template = violation.getMessageTemplate();
		return (template.startsWith("{") && template.endsWith("}")) ? template.substring(1, template.length() - 1)
				: template;
	}

}
