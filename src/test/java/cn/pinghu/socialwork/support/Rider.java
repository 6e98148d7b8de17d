package cn.pinghu.socialwork.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rider's phone for tests: its own cookies (the device id and the form's token), the
 * page opened and the form posted as a browser would.
 */
public final class Rider {

	private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient http;

	private String token = "";

	public Rider(int port) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.build();
	}

	/** Opens a station's page, and keeps the form's token if it has one. */
	public HttpResponse<String> open(String code) throws IOException, InterruptedException {
		HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(this.base + "/s/" + code)).GET());
		Matcher matcher = TOKEN.matcher(page.body());
		if (matcher.find()) {
			this.token = matcher.group(1);
		}
		return page;
	}

	/** Posts the form with the page's token: the work kind and the facilities ticked. */
	public HttpResponse<String> checkIn(String code, String workerKind, String... facilities)
			throws IOException, InterruptedException {
		List<String> fields = new ArrayList<>();
		fields.add("_csrf=" + encode(this.token));
		if (workerKind != null) {
			fields.add("workerKind=" + encode(workerKind));
		}
		for (String facility : facilities) {
			fields.add("facility=" + encode(facility));
		}
		return post(code, String.join("&", fields));
	}

	/** Posts a raw form body. */
	public HttpResponse<String> post(String code, String body) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(this.base + "/s/" + code))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(body)));
	}

	public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	public String base() {
		return this.base;
	}

	public String token() {
		return this.token;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
