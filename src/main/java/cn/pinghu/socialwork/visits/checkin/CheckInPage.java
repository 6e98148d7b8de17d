package cn.pinghu.socialwork.visits.checkin;

import java.util.Comparator;
import java.util.Locale;

import cn.pinghu.socialwork.shared.i18n.ConsoleI18NProvider;
import cn.pinghu.socialwork.shared.web.PublicPage;
import cn.pinghu.socialwork.stations.CheckInStation;
import cn.pinghu.socialwork.stations.Facility;
import cn.pinghu.socialwork.stations.StationStatus;
import cn.pinghu.socialwork.visits.CheckInResult;
import cn.pinghu.socialwork.visits.WorkerKind;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import static cn.pinghu.socialwork.shared.web.PublicPage.escape;

/**
 * The check-in page's HTML, in Chinese: the station (name, opening hours, facilities),
 * the form, the thank-you, and the refusals. Every text from the station or the bundle is
 * escaped. A form that works without script: the browser asks for the work kind itself
 * ({@code required}).
 */
@Component
class CheckInPage {

	/** The form's field of the rider's work: one {@link WorkerKind} name. */
	static final String WORKER_KIND = "workerKind";

	/**
	 * The form's field of a facility used: a {@link Facility} name, once per facility.
	 */
	static final String FACILITY = "facility";

	/** A station's 我要反映 page, after its code (a relative link from its check-in page). */
	static final String REQUEST_PATH = CheckInBodyLimit.REQUEST_SUFFIX;

	private static final Locale CHINESE = ConsoleI18NProvider.DEFAULT_LOCALE;

	private final MessageSource messages;

	CheckInPage(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The station and its form; a station that is not open says so instead of the form.
	 */
	String form(CheckInStation station, String csrfParameter, String csrfToken) {
		StringBuilder body = new StringBuilder(2048);
		header(body, station);
		if (!station.open()) {
			body.append("<p class=\"notice\">").append(escape(notOpenDetail())).append("</p>");
			return PublicPage.document(title(station), body.toString());
		}
		body.append("<form method=\"post\"><input type=\"hidden\" name=\"")
			.append(escape(csrfParameter))
			.append("\" value=\"")
			.append(escape(csrfToken))
			.append("\"><fieldset><legend>")
			.append(escape(text("checkin.work")))
			.append("</legend><div class=\"choices\">");
		for (WorkerKind kind : WorkerKind.values()) {
			body.append("<label><input type=\"radio\" name=\"" + WORKER_KIND + "\" value=\"")
				.append(kind.name())
				.append("\" required><span>")
				.append(escape(text("visit.worker-kind." + kind.name())))
				.append("</span></label>");
		}
		body.append("</div></fieldset>");
		if (!station.facilities().isEmpty()) {
			body.append("<fieldset><legend>")
				.append(escape(text("checkin.used")))
				.append("</legend><div class=\"choices\">");
			for (Facility facility : sorted(station)) {
				body.append("<label><input type=\"checkbox\" name=\"" + FACILITY + "\" value=\"")
					.append(facility.name())
					.append("\"><span>")
					.append(escape(facilityName(facility)))
					.append("</span></label>");
			}
			body.append("</div></fieldset>");
		}
		body.append("<button type=\"submit\">").append(escape(text("checkin.submit"))).append("</button></form>");
		footer(body, station);
		return PublicPage.document(title(station), body.toString());
	}

	/** The thank-you, or "已签到" for a repeat, with the station's visits today. */
	String thanks(CheckInResult result, long repeatMinutes) {
		CheckInStation station = result.station();
		StringBuilder body = new StringBuilder(1024);
		body.append("<section class=\"done\"><h1>")
			.append(escape(text(result.counted() ? "checkin.done" : "checkin.already")))
			.append("</h1>");
		if (!result.counted()) {
			body.append("<p>").append(escape(text("checkin.already.detail", repeatMinutes))).append("</p>");
		}
		body.append("<p class=\"today\" id=\"today\">")
			.append(escape(text("checkin.today", result.visitsToday())))
			.append("</p><p class=\"station\">")
			.append(escape(station.name()))
			.append("</p></section>");
		footer(body, station);
		return PublicPage.document(title(station), body.toString());
	}

	/** A station that is not open: nothing was stored. */
	String notOpen(CheckInStation station) {
		StringBuilder body = new StringBuilder(512);
		header(body, station);
		body.append("<p class=\"notice\">").append(escape(notOpenDetail())).append("</p>");
		return PublicPage.document(title(station), body.toString());
	}

	/** The one page for any code that names no station: it says nothing else. */
	String unknownStation() {
		String heading = text("checkin.unknown-station");
		return PublicPage.document(heading, "<h1>" + escape(heading) + "</h1>");
	}

	/** A refusal: nothing was stored, and why, with the way back to the form. */
	String refused(String messageKey, Object... arguments) {
		String heading = text("checkin.refused.title");
		return PublicPage.document(heading, "<h1>" + escape(heading) + "</h1><p>" + escape(text(messageKey, arguments))
				+ "</p><p><a href=\"\">" + escape(text("checkin.back")) + "</a></p>");
	}

	private void header(StringBuilder body, CheckInStation station) {
		body.append("<header><h1>").append(escape(station.name())).append("</h1>");
		if (station.station().status() != StationStatus.OPEN) {
			body.append("<p class=\"status\">")
				.append(escape(text(
						(station.station().status() == StationStatus.CLOSED) ? "checkin.closed" : "checkin.not-open")))
				.append("</p>");
		}
		String hours = station.openingHours();
		body.append("<p class=\"hours\">")
			.append(escape(
					(hours == null || hours.isBlank()) ? text("checkin.hours.unknown") : text("checkin.hours", hours)))
			.append("</p></header><section><h2>")
			.append(escape(text("checkin.facilities")))
			.append("</h2>");
		if (station.facilities().isEmpty()) {
			body.append("<p>").append(escape(text("checkin.facilities.none"))).append("</p>");
		}
		else {
			body.append("<ul class=\"facilities\">");
			for (Facility facility : sorted(station)) {
				body.append("<li>").append(escape(facilityName(facility))).append("</li>");
			}
			body.append("</ul>");
		}
		body.append("</section>");
	}

	/**
	 * The page's last lines: the way to a rider's request (我要反映,
	 * {@code /s/{code}/request}) and what checking in collects.
	 */
	private void footer(StringBuilder body, CheckInStation station) {
		body.append("<footer><p><a class=\"request\" href=\"")
			.append(escape(station.code()))
			.append(REQUEST_PATH)
			.append("\">")
			.append(escape(text("checkin.request-link")))
			.append("</a></p><p>")
			.append(escape(text("checkin.privacy")))
			.append("</p></footer>");
	}

	private String notOpenDetail() {
		return text("checkin.not-open.detail");
	}

	private String title(CheckInStation station) {
		return text("checkin.title", station.name());
	}

	private String facilityName(Facility facility) {
		return text("station.facility." + facility.name());
	}

	private static Facility[] sorted(CheckInStation station) {
		return station.facilities()
			.stream()
			.sorted(Comparator.comparingInt(Facility::ordinal))
			.toArray(Facility[]::new);
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, CHINESE);
	}

}
