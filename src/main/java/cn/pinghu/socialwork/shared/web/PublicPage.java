package cn.pinghu.socialwork.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;

/**
 * The frame of the console's few public pages for phones (a station's check-in page,
 * {@code /s/{code}}): plain HTML written on the server, in Chinese, with one small
 * stylesheet and no script, so that it loads fast on a slow connection and in WeChat's
 * browser. Every text that goes in is escaped here or by the caller with
 * {@link #escape(String)}.
 */
public final class PublicPage {

	/**
	 * Where the pages' stylesheet is served; the version changes with the file, which is
	 * cached for a week.
	 */
	public static final String STYLESHEET = "/s/_/page.css?v=1";

	/**
	 * Nothing but the stylesheet loads, no script runs, forms post only to the console,
	 * and no other site may frame a page.
	 */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

	private PublicPage() {
	}

	/** The text, safe inside an element or a quoted attribute. */
	public static String escape(String text) {
		return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
	}

	/**
	 * A whole page: the title (escaped here) and the body's HTML (escaped by the caller).
	 */
	public static String document(String title, String bodyHtml) {
		return "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
				+ "<meta name=\"format-detection\" content=\"telephone=no\"><title>" + escape(title)
				+ "</title><link rel=\"stylesheet\" href=\"" + STYLESHEET + "\"></head><body><main>" + bodyHtml
				+ "</main></body></html>\n";
	}

	/** A page that says one thing: a heading and a sentence (both escaped here). */
	public static String message(String heading, String sentence) {
		return document(heading, "<h1>" + escape(heading) + "</h1><p>" + escape(sentence) + "</p>");
	}

	/**
	 * Answers a failure the database caused (it cannot be reached, or gave up for a
	 * passing reason) with 503, {@code Retry-After} and the page; any other failure is
	 * thrown again.
	 */
	public static void writeUnavailable(RuntimeException failure, HttpServletResponse response, String html)
			throws IOException {
		if (!ApiProblems.isDatabaseUnavailable(failure)) {
			throw failure;
		}
		response.setHeader(HttpHeaders.RETRY_AFTER, ApiProblems.RETRY_AFTER_SECONDS);
		write(response, HttpStatus.SERVICE_UNAVAILABLE.value(), html);
	}

	/**
	 * Writes a page with the status; pages are never cached, they hold today's figures.
	 */
	public static void write(HttpServletResponse response, int status, String html) throws IOException {
		byte[] body = html.getBytes(StandardCharsets.UTF_8);
		response.setStatus(status);
		response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

}
