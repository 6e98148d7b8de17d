package cn.pinghu.socialwork.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * One synthetic big screen: a session of its own, signed in with the display token, a
 * Vaadin UI bootstrapped as Flow's client does it, and Vaadin's push WebSocket. After the
 * bootstrap it only listens, and notes when a pushed message changes the visit total; like
 * a browser, it also sends Vaadin's heartbeat ({@code POST /?v-r=heartbeat&v-uiId=<id>}
 * with its session cookie) every {@code heartbeatInterval} seconds of the bootstrap's
 * answer, so that the server does not count the screen as abandoned.
 * <p>
 * The bootstrap: {@code GET /screen?display=<token>} signs the session in (the cookie is
 * kept by hand, redirects are followed by hand); {@code GET /?v-r=init&location=screen&query=...}
 * is the request Flow's client makes to create the UI, and answers its id, the push id and
 * the CSRF token; {@code POST /?v-r=uidl} with the {@code ui-navigate} event, as the client's
 * router sends it, builds the view. Push is Atmosphere over WebSocket on
 * {@code /VAADIN/push}, with the query parameters Vaadin's client sends; see
 * {@link AtmosphereFrames} for the framing. These requests were copied from what Chromium
 * sends to the console (see docs/benchmarks.md).
 */
final class PushClient implements WebSocket.Listener {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String ATMOSPHERE_PARAMETERS = "&X-Atmosphere-tracking-id=0"
			+ "&X-Atmosphere-Framework=4.0.1&X-Atmosphere-Transport=websocket"
			+ "&X-Atmosphere-TrackMessageSize=true"
			+ "&Content-Type=application%2Fjson%3B%20charset%3DUTF-8&X-atmo-protocol=true";

	private final Arrivals arrivals = new Arrivals();

	private final UidlReader reader = new UidlReader(BrowserProbe.VISITS_TODAY_ID);

	private final AtmosphereFrames frames = new AtmosphereFrames();

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private final AtomicLong heartbeatsAnswered = new AtomicLong();

	private final AtomicLong pushedMessages = new AtomicLong();

	private final AtomicLong pushedChars = new AtomicLong();

	private final AtomicLong pushedChanges = new AtomicLong();

	private volatile String lastPushed;

	private volatile WebSocket socket;

	private volatile HttpClient http;

	private volatile URI heartbeatUri;

	private volatile int heartbeatSeconds;

	private volatile ScheduledFuture<?> heartbeats;

	private volatile Throwable failure;

	private volatile boolean closed;

	/**
	 * Bootstraps the UI and opens its push connection; with a scheduler, sends the UI's
	 * heartbeats on it until {@link #close()}.
	 */
	void open(HttpClient http, URI base, String token, ScheduledExecutorService heartbeatScheduler) throws Exception {
		this.http = http;
		String query = "display=" + token;
		HttpResponse<String> page = get(http, base.resolve("/screen?" + query));
		if (page.statusCode() != 200) {
			throw new IOException("the screen answered " + page.statusCode());
		}
		HttpResponse<String> init = get(http, base.resolve("/?v-r=init&location=screen&query="
				+ URLEncoder.encode(query, StandardCharsets.UTF_8)));
		if (init.statusCode() != 200) {
			throw new IOException("the UI bootstrap answered " + init.statusCode() + ": " + init.body());
		}
		JsonNode appConfig = JSON.readTree(init.body()).path("appConfig");
		JsonNode uidl = appConfig.path("uidl");
		int uiId = appConfig.path("v-uiId").asInt(-1);
		String pushId = uidl.path("Vaadin-Push-ID").asText(null);
		String csrfToken = uidl.path("Vaadin-Security-Key").asText(null);
		if (uiId < 0 || pushId == null || csrfToken == null) {
			throw new IOException("the UI bootstrap carried no UI id, push id or CSRF token: " + init.body());
		}
		this.heartbeatSeconds = appConfig.path("heartbeatInterval").asInt(-1);
		this.heartbeatUri = base.resolve("/?v-r=heartbeat&v-uiId=" + uiId);
		this.reader.apply(uidl);
		// The client-side router hands the route to the server: this one UIDL request builds the view.
		String navigate = "{\"csrfToken\":" + JSON.writeValueAsString(csrfToken)
				+ ",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"screen\","
				+ "\"query\":" + JSON.writeValueAsString(query) + ",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},"
				+ "\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}";
		HttpResponse<String> view = post(http, base.resolve("/?v-r=uidl&v-uiId=" + uiId), navigate);
		if (view.statusCode() != 200 || !view.body().startsWith(AtmosphereFrames.UIDL_PREFIX)) {
			throw new IOException("the navigation to the screen answered " + view.statusCode() + ": " + view.body());
		}
		long syncId = -1;
		for (JsonNode message : JSON.readTree(view.body().substring(AtmosphereFrames.UIDL_PREFIX.length()))) {
			this.reader.apply(message);
			syncId = Math.max(syncId, message.path("syncId").asLong(-1));
		}
		String text = this.reader.text();
		if (text == null || !text.matches("\\d+")) {
			throw new IOException("the screen shows no visit total");
		}
		this.arrivals.frame(Micros.now(), Long.parseLong(text));
		URI push = URI.create(base.toString().replaceFirst("^http", "ws") + "/VAADIN/push?v-r=push&v-uiId=" + uiId
				+ "&v-pushId=" + URLEncoder.encode(pushId, StandardCharsets.UTF_8) + ATMOSPHERE_PARAMETERS
				+ "&X-Vaadin-LastSeenServerSyncId=" + syncId);
		this.socket = http.newWebSocketBuilder()
			.header("Cookie", cookieHeader())
			.connectTimeout(Duration.ofSeconds(15))
			.buildAsync(push, this)
			.get(30, TimeUnit.SECONDS);
		if (heartbeatScheduler != null && this.heartbeatSeconds > 0) {
			// A browser's first heartbeat comes one interval after the bootstrap; screens
			// opened together are spread over the second half of the first interval.
			long periodMillis = this.heartbeatSeconds * 1000L;
			this.heartbeats = heartbeatScheduler.scheduleAtFixedRate(this::heartbeat,
					ThreadLocalRandom.current().nextLong(periodMillis / 2, periodMillis), periodMillis,
					TimeUnit.MILLISECONDS);
		}
	}

	/** Sends one heartbeat, as Flow's client does; an answer other than 200 is a failure. */
	private void heartbeat() {
		if (this.closed) {
			return;
		}
		HttpRequest request = HttpRequest.newBuilder(this.heartbeatUri)
			.timeout(Duration.ofSeconds(30))
			.header("Cookie", cookieHeader())
			.header("Content-Type", "text/plain; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.noBody())
			.build();
		this.http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
			if (this.closed) {
				return;
			}
			if (error != null) {
				this.failure = error;
			}
			else if (response.statusCode() != 200) {
				this.failure = new IOException("a heartbeat answered " + response.statusCode()
						+ (response.statusCode() == 410 ? ": the server has dropped the UI" : ""));
			}
			else {
				this.heartbeatsAnswered.incrementAndGet();
			}
		});
	}

	/** The heartbeat interval the server gave the UI, in seconds (300 by default). */
	int heartbeatSeconds() {
		return this.heartbeatSeconds;
	}

	/** UIDL messages pushed to this screen (not Atmosphere's own). */
	long pushedMessages() {
		return this.pushedMessages.get();
	}

	/** Their length in all, in chars (UTF-16), as they came over the WebSocket. */
	long pushedChars() {
		return this.pushedChars.get();
	}

	/** The state tree changes they carried in all. */
	long pushedChanges() {
		return this.pushedChanges.get();
	}

	/** The last UIDL message pushed to this screen, or null. */
	String lastPushed() {
		return this.lastPushed;
	}

	/** Heartbeats the server answered with 200. */
	long heartbeatsAnswered() {
		return this.heartbeatsAnswered.get();
	}

	private HttpResponse<String> post(HttpClient http, URI uri, String json) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(Duration.ofSeconds(60))
			.header("Cookie", cookieHeader())
			.header("Content-Type", "application/json; charset=UTF-8")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(HttpClient http, URI uri) throws IOException, InterruptedException {
		URI next = uri;
		for (int redirects = 0; redirects < 5; redirects++) {
			HttpRequest.Builder request = HttpRequest.newBuilder(next).timeout(Duration.ofSeconds(30));
			if (!this.cookies.isEmpty()) {
				request.header("Cookie", cookieHeader());
			}
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			for (String setCookie : response.headers().allValues("Set-Cookie")) {
				String pair = setCookie.split(";", 2)[0];
				int eq = pair.indexOf('=');
				if (eq > 0) {
					this.cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
				}
			}
			if (response.statusCode() / 100 != 3) {
				return response;
			}
			next = next.resolve(response.headers().firstValue("Location").orElseThrow());
		}
		throw new IOException("too many redirects from " + uri);
	}

	private String cookieHeader() {
		return this.cookies.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + e.getValue())
			.collect(Collectors.joining("; "));
	}

	Arrivals arrivals() {
		return this.arrivals;
	}

	/** Why the connection failed or closed during the run, or null. */
	Throwable failure() {
		return this.failure;
	}

	/** Stops the heartbeats and closes the push connection, as a browser tab that goes away. */
	void close() {
		this.closed = true;
		ScheduledFuture<?> beating = this.heartbeats;
		if (beating != null) {
			beating.cancel(false);
		}
		WebSocket ws = this.socket;
		if (ws != null) {
			ws.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(ex -> null);
		}
	}

	@Override
	public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
		long at = Micros.now();
		for (String message : this.frames.add(data, last)) {
			handle(at, message);
		}
		webSocket.request(1);
		return null;
	}

	private void handle(long at, String message) {
		if (!message.startsWith(AtmosphereFrames.UIDL_PREFIX)) {
			return;
		}
		this.pushedMessages.incrementAndGet();
		this.pushedChars.addAndGet(message.length());
		this.lastPushed = message;
		try {
			boolean changed = false;
			for (JsonNode uidl : JSON.readTree(message.substring(AtmosphereFrames.UIDL_PREFIX.length()))) {
				this.pushedChanges.addAndGet(uidl.path("changes").size());
				String text = this.reader.apply(uidl);
				if (text != null && text.matches("\\d+")) {
					this.arrivals.frame(at, Long.parseLong(text));
					changed = true;
				}
			}
			if (!changed) {
				this.arrivals.frame();
			}
		}
		catch (IOException | RuntimeException ex) {
			this.failure = ex;
		}
	}

	@Override
	public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
		if (!this.closed) {
			this.failure = new IOException("the server closed the push connection: " + statusCode + " " + reason);
		}
		return null;
	}

	@Override
	public void onError(WebSocket webSocket, Throwable error) {
		if (!this.closed) {
			this.failure = error;
		}
	}

}
