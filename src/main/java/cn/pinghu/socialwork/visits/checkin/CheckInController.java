package cn.pinghu.socialwork.visits.checkin;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import cn.pinghu.socialwork.security.SecurityConfig;
import cn.pinghu.socialwork.shared.web.PublicPage;
import cn.pinghu.socialwork.stations.CheckInStation;
import cn.pinghu.socialwork.stations.Facility;
import cn.pinghu.socialwork.visits.CheckInRequest;
import cn.pinghu.socialwork.visits.CheckInResult;
import cn.pinghu.socialwork.visits.CheckInService;
import cn.pinghu.socialwork.visits.VisitRejectedException;
import cn.pinghu.socialwork.visits.WorkerKind;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * 扫码签到: {@code /s/{code}}, the page a station's QR code opens in a rider's phone, public.
 * GET shows the station and the form, POST checks the rider in ({@link CheckInService})
 * and thanks them with the station's visits today. Any code that names no station, in any
 * spelling, gets the same 404 page that says only so. Every refusal is a page in Chinese
 * with its status, and stores nothing; the form's CSRF token is checked before
 * (SecurityConfig), the body's size before that ({@link CheckInBodyLimit}).
 */
@Controller
class CheckInController {

	static final String PATH = "/s/{code}";

	/** The rider's random device id, the only thing the page remembers of them. */
	static final String DEVICE_COOKIE = "s_device";

	/**
	 * How long a device keeps its id: a day, enough for the repeat rule and the limits.
	 */
	static final Duration DEVICE_COOKIE_AGE = Duration.ofDays(1);

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");

	private static final String STYLESHEET_FILE = "checkin/page.css";

	private final CheckInService checkIns;

	private final CheckInPage page;

	private final CheckInLimits limits;

	private final byte[] stylesheet;

	CheckInController(CheckInService checkIns, CheckInPage page, CheckInLimits limits) throws IOException {
		this.checkIns = checkIns;
		this.page = page;
		this.limits = limits;
		try (InputStream in = new ClassPathResource(STYLESHEET_FILE).getInputStream()) {
			this.stylesheet = in.readAllBytes();
		}
	}

	/** One mapping for every method, so that a wrong one gets this page's 405. */
	@RequestMapping(PATH)
	void page(@PathVariable String code, HttpServletRequest request, HttpServletResponse response) throws IOException {
		switch (request.getMethod()) {
			case "GET", "HEAD" -> show(code, request, response);
			case "POST" -> checkIn(code, request, response);
			default -> {
				response.setHeader(HttpHeaders.ALLOW, "GET, HEAD, POST");
				PublicPage.write(response, HttpStatus.METHOD_NOT_ALLOWED.value(), this.page.refused("checkin.method"));
			}
		}
	}

	/** The pages' stylesheet, cached for a week (its address carries a version). */
	@GetMapping("/s/_/page.css")
	ResponseEntity<byte[]> stylesheet() {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, "text/css;charset=UTF-8")
			.cacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic())
			.body(this.stylesheet);
	}

	private void show(String code, HttpServletRequest request, HttpServletResponse response) throws IOException {
		Optional<CheckInStation> station = station(code);
		if (station.isEmpty()) {
			unknown(response);
			return;
		}
		if (deviceId(request) == null) {
			response.addHeader(HttpHeaders.SET_COOKIE,
					ResponseCookie.from(DEVICE_COOKIE, CheckInService.newDeviceId())
						.path(SecurityConfig.CHECK_IN_COOKIE_PATH)
						.maxAge(DEVICE_COOKIE_AGE)
						.httpOnly(true)
						.secure(request.isSecure())
						.sameSite("Lax")
						.build()
						.toString());
		}
		// reading the token is what stores it in its cookie
		CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		PublicPage.write(response, HttpStatus.OK.value(),
				this.page.form(station.get(), token.getParameterName(), token.getToken()));
	}

	private void checkIn(String code, HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (!CODE.matcher(code).matches()) {
			unknown(response);
			return;
		}
		String deviceId = deviceId(request);
		long wait = this.limits.take(request.getRemoteAddr(), deviceId);
		if (wait > 0) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
			PublicPage.write(response, HttpStatus.TOO_MANY_REQUESTS.value(),
					this.page.refused("checkin.rate-limited", wait));
			return;
		}
		Optional<CheckInStation> station = station(code);
		if (station.isEmpty()) {
			unknown(response);
			return;
		}
		if (deviceId == null) {
			PublicPage.write(response, HttpStatus.BAD_REQUEST.value(), this.page.refused("checkin.device-missing"));
			return;
		}
		CheckInResult result;
		try {
			result = this.checkIns.checkIn(code,
					new CheckInRequest(workerKind(request), facilities(request), deviceId));
		}
		catch (VisitRejectedException ex) {
			switch (ex.reason()) {
				case STATION_NOT_OPEN ->
					PublicPage.write(response, HttpStatus.CONFLICT.value(), this.page.notOpen(station.get()));
				case UNAUTHORIZED -> unknown(response);
				default -> PublicPage.write(response, HttpStatus.BAD_REQUEST.value(),
						this.page.refused(ex.messageKey(), ex.arguments()));
			}
			return;
		}
		catch (RuntimeException ex) {
			PublicPage.writeUnavailable(ex, response, this.page.refused("checkin.unavailable"));
			return;
		}
		PublicPage.write(response, HttpStatus.OK.value(),
				this.page.thanks(result, this.checkIns.repeatWindow().toMinutes()));
	}

	/** The station with exactly this code; a code that cannot be one is not looked up. */
	private Optional<CheckInStation> station(String code) {
		return CODE.matcher(code).matches() ? this.checkIns.station(code) : Optional.empty();
	}

	private void unknown(HttpServletResponse response) throws IOException {
		PublicPage.write(response, HttpStatus.NOT_FOUND.value(), this.page.unknownStation());
	}

	/** The device id of the rider's cookie, if it is one the page made. */
	private static @Nullable String deviceId(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (Cookie cookie : cookies) {
			if (DEVICE_COOKIE.equals(cookie.getName()) && CheckInService.isDeviceId(cookie.getValue())) {
				return cookie.getValue();
			}
		}
		return null;
	}

	/**
	 * The rider's work: exactly one known kind.
	 * @throws VisitRejectedException when it is missing or not a kind
	 */
	private static WorkerKind workerKind(HttpServletRequest request) {
		String[] values = request.getParameterValues(CheckInPage.WORKER_KIND);
		if (values == null || values.length == 0 || values[0].isEmpty()) {
			throw new VisitRejectedException(VisitRejectedException.Reason.INVALID, "checkin.worker-kind-missing");
		}
		if (values.length > 1) {
			throw new VisitRejectedException(VisitRejectedException.Reason.INVALID, "checkin.worker-kind-invalid");
		}
		try {
			return WorkerKind.valueOf(values[0]);
		}
		catch (IllegalArgumentException ex) {
			throw new VisitRejectedException(VisitRejectedException.Reason.INVALID, "checkin.worker-kind-invalid");
		}
	}

	/**
	 * The facilities ticked: known ones, each at most once; the service checks that the
	 * station offers them.
	 * @throws VisitRejectedException when one is not a facility
	 */
	private static Set<Facility> facilities(HttpServletRequest request) {
		String[] values = request.getParameterValues(CheckInPage.FACILITY);
		Set<Facility> facilities = EnumSet.noneOf(Facility.class);
		if (values == null) {
			return facilities;
		}
		if (values.length > Facility.values().length) {
			throw new VisitRejectedException(VisitRejectedException.Reason.INVALID, "checkin.facility-unknown");
		}
		for (String value : values) {
			try {
				facilities.add(Facility.valueOf(value));
			}
			catch (IllegalArgumentException ex) {
				throw new VisitRejectedException(VisitRejectedException.Reason.INVALID, "checkin.facility-unknown");
			}
		}
		return facilities;
	}

}
