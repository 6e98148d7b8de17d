package cn.pinghu.socialwork.requests.page;

import static cn.pinghu.socialwork.shared.web.PublicPage.escape;

import java.util.List;
import java.util.Locale;

import cn.pinghu.socialwork.requests.RequestCategory;
import cn.pinghu.socialwork.requests.RiderRequestService;
import cn.pinghu.socialwork.shared.i18n.ConsoleI18NProvider;
import cn.pinghu.socialwork.shared.web.PublicPage;
import cn.pinghu.socialwork.stations.CheckInStation;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The 我要反映 page's HTML, in Chinese: the form (category, text, an optional phone number
 * with what it is used for), the receipt, and the refusals. Every text from the station,
 * the rider or the bundle is escaped. A form that works without script: the browser asks
 * for the category and the text itself ({@code required}, {@code maxlength}).
 */
@Component
class RequestPage {

	/** The form's field of the category: one {@link RequestCategory} name. */
	static final String CATEGORY = "category";

	/** The form's field of the request's text. */
	static final String TEXT = "text";

	/** The form's field of the phone number for a call back, may be empty. */
	static final String PHONE = "phone";

	private static final Locale CHINESE = ConsoleI18NProvider.DEFAULT_LOCALE;

	private final MessageSource messages;

	RequestPage(MessageSource messages) {
		this.messages = messages;
	}

	/** The form; a station that is not open says so instead of the form. */
	String form(CheckInStation station, String csrfParameter, String csrfToken, int replyWorkingDays, int closeDays) {
		StringBuilder body = new StringBuilder(2048);
		body.append("<header><h1>")
			.append(escape(text("requests.page.heading")))
			.append("</h1><p class=\"station\">")
			.append(escape(station.name()))
			.append("</p></header>");
		if (!station.open()) {
			body.append("<p class=\"notice\">").append(escape(text("checkin.not-open.detail"))).append("</p>");
			return PublicPage.document(title(station), body.toString());
		}
		body.append("<p>")
			.append(escape(text("requests.page.intro", replyWorkingDays, closeDays)))
			.append("</p><form method=\"post\"><input type=\"hidden\" name=\"")
			.append(escape(csrfParameter))
			.append("\" value=\"")
			.append(escape(csrfToken))
			.append("\"><fieldset><legend>")
			.append(escape(text("requests.page.category")))
			.append("</legend><div class=\"choices\">");
		for (RequestCategory category : RequestCategory.values()) {
			body.append("<label><input type=\"radio\" name=\"" + CATEGORY + "\" value=\"")
				.append(category.name())
				.append("\" required><span>")
				.append(escape(text("requests.category." + category.name())))
				.append("</span></label>");
		}
		body.append("</div></fieldset><label class=\"field\"><span>")
			.append(escape(text("requests.page.text", RiderRequestService.MAX_TEXT)))
			.append("</span><textarea name=\"" + TEXT + "\" rows=\"6\" required maxlength=\"")
			.append(RiderRequestService.MAX_TEXT)
			.append("\"></textarea></label><label class=\"field\"><span>")
			.append(escape(text("requests.page.phone")))
			.append("</span><input type=\"tel\" name=\"" + PHONE
					+ "\" maxlength=\"16\" inputmode=\"tel\" autocomplete=\"tel\"></label><p class=\"note\">")
			.append(escape(text("requests.page.phone-note")))
			.append("</p><button type=\"submit\">")
			.append(escape(text("requests.page.submit")))
			.append("</button></form>");
		back(body, station);
		return PublicPage.document(title(station), body.toString());
	}

	/** The receipt: its number and when an answer is due. */
	String received(CheckInStation station, long id, int replyWorkingDays) {
		StringBuilder body = new StringBuilder(512);
		body.append("<section class=\"done\"><h1>")
			.append(escape(text("requests.page.done")))
			.append("</h1><p id=\"receipt\">")
			.append(escape(text("requests.page.done.detail", Long.toString(id), replyWorkingDays)))
			.append("</p><p class=\"station\">")
			.append(escape(station.name()))
			.append("</p></section>");
		back(body, station);
		return PublicPage.document(title(station), body.toString());
	}

	/** A refusal: nothing was stored, and why (each reason a bundle key). */
	String refused(List<String> messageKeys, Object... arguments) {
		String heading = text("requests.page.refused.title");
		StringBuilder body = new StringBuilder(512).append("<h1>").append(escape(heading)).append("</h1>");
		for (String key : messageKeys) {
			body.append("<p>").append(escape(text(key, arguments))).append("</p>");
		}
		body.append("<p><a href=\"\">").append(escape(text("requests.page.again"))).append("</a></p>");
		return PublicPage.document(heading, body.toString());
	}

	/** The one page for any code that names no station: it says nothing else. */
	String unknownStation() {
		String heading = text("requests.rejected.unknown-station");
		return PublicPage.document(heading, "<h1>" + escape(heading) + "</h1>");
	}

	private void back(StringBuilder body, CheckInStation station) {
		body.append("<footer><p><a href=\"../")
			.append(escape(station.code()))
			.append("\">")
			.append(escape(text("checkin.back")))
			.append("</a></p></footer>");
	}

	private String title(CheckInStation station) {
		return text("requests.page.title", station.name());
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, CHINESE);
	}

}
