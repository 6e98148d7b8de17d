package cn.pinghu.socialwork.screen.ui;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import cn.pinghu.socialwork.screen.live.LiveMetricsService;
import cn.pinghu.socialwork.security.DisplayDeviceRevoked;
import cn.pinghu.socialwork.shared.events.DomainEventFeed;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A thousand wall displays open the big screen over real HTTP, each in a session of its
 * own, as Flow's client does it: the screen's address with the display token, the UI's
 * bootstrap, and the navigation that builds the view (the requests of the latency
 * benchmark's screens). Then they go away as displays do: half of the sessions end in
 * Tomcat (expired), the other half are ended by the abandoned-screen sweep when their
 * heartbeats have stopped. Afterwards the live numbers' subscribers, the revocation
 * subscriptions and the watched screens are back where they began, and Tomcat holds none
 * of the sessions. About a minute on a small machine.
 */
@Tag("long")
// All thousand on the demo display's token, which may have more sessions here than the
// default five.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "console.security.display-session.max-per-token=2000")
class ThousandScreensOverHttpIT {

	private static final int SCREENS = 1000;

	private static final String TOKEN = "demo-display-token";

	private static final String UIDL_PREFIX = "for(;;);";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	@LocalServerPort
	int port;

	@Autowired
	LiveMetricsService metrics;

	@Autowired
	DomainEventFeed feed;

	@Autowired
	AbandonedScreens abandoned;

	@Autowired
	ServletWebServerApplicationContext context;

	@Test
	void a_thousand_displays_opened_over_http_and_gone_leave_no_subscriber_and_no_session_behind() throws Exception {
		int subscribers = this.metrics.subscriberCount();
		int revocations = this.feed.subscriberCount(DisplayDeviceRevoked.class);
		int watched = this.abandoned.watched();
		Manager sessions = sessionManager();

		ExecutorService browsers = Executors.newFixedThreadPool(4);
		List<Future<String>> opening = new ArrayList<>();
		for (int i = 0; i < SCREENS; i++) {
			opening.add(browsers.submit(this::openScreen));
		}
		List<String> sessionIds = new ArrayList<>();
		for (Future<String> screen : opening) {
			sessionIds.add(screen.get());
		}
		browsers.shutdown();

		assertThat(sessionIds).doesNotHaveDuplicates();
		assertThat(this.metrics.subscriberCount()).isEqualTo(subscribers + SCREENS);
		assertThat(this.feed.subscriberCount(DisplayDeviceRevoked.class)).isEqualTo(revocations + SCREENS);
		assertThat(this.abandoned.watched()).isEqualTo(watched + SCREENS);

		// Half of the sessions end in the container (as when a node's sessions expire).
		for (String id : sessionIds.subList(0, SCREENS / 2)) {
			Session session = sessions.findSession(id);
			assertThat(session).as(id).isNotNull();
			session.expire();
		}
		assertThat(this.metrics.subscriberCount()).isEqualTo(subscribers + SCREENS / 2);
		// The other half stopped sending heartbeats an hour ago.
		assertThat(this.abandoned.sweep(System.currentTimeMillis() + 3_600_000)).isEqualTo(SCREENS / 2);

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(this.metrics.subscriberCount()).isEqualTo(subscribers);
			assertThat(this.feed.subscriberCount(DisplayDeviceRevoked.class)).isEqualTo(revocations);
			assertThat(this.abandoned.watched()).isEqualTo(watched);
		});
		for (String id : sessionIds) {
			assertThat(sessions.findSession(id)).as(id).isNull();
		}
	}

	/** One display's browser opens the screen; answers its session id. */
	private String openScreen() throws Exception {
		Map<String, String> cookies = new LinkedHashMap<>();
		URI base = URI.create("http://localhost:" + this.port);
		String query = "display=" + TOKEN;
		HttpResponse<String> page = get(cookies, base.resolve("/screen?" + query));
		assertThat(page.statusCode()).isEqualTo(200);
		HttpResponse<String> init = get(cookies,
				base.resolve("/?v-r=init&location=screen&query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
		assertThat(init.statusCode()).as(init.body()).isEqualTo(200);
		JsonNode appConfig = JSON.readTree(init.body()).path("appConfig");
		int uiId = appConfig.path("v-uiId").asInt(-1);
		String csrfToken = appConfig.path("uidl").path("Vaadin-Security-Key").asText(null);
		assertThat(uiId).isNotNegative();
		assertThat(csrfToken).isNotNull();
		// Flow's client-side router hands the route to the server, which builds the view.
		String navigate = "{\"csrfToken\":" + JSON.writeValueAsString(csrfToken)
				+ ",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"screen\","
				+ "\"query\":" + JSON.writeValueAsString(query)
				+ ",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}";
		HttpResponse<String> view = this.http.send(HttpRequest.newBuilder(base.resolve("/?v-r=uidl&v-uiId=" + uiId))
			.timeout(Duration.ofSeconds(60))
			.header("Cookie", cookieHeader(cookies))
			.header("Content-Type", "application/json; charset=UTF-8")
			.POST(HttpRequest.BodyPublishers.ofString(navigate))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(view.statusCode()).isEqualTo(200);
		assertThat(view.body()).startsWith(UIDL_PREFIX).contains(StationScreenView.VISITS_TODAY_ID);
		return cookies.get("JSESSIONID");
	}

	private HttpResponse<String> get(Map<String, String> cookies, URI uri) throws IOException, InterruptedException {
		URI next = uri;
		for (int redirects = 0; redirects < 5; redirects++) {
			HttpRequest.Builder request = HttpRequest.newBuilder(next).timeout(Duration.ofSeconds(60));
			if (!cookies.isEmpty()) {
				request.header("Cookie", cookieHeader(cookies));
			}
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			for (String setCookie : response.headers().allValues("Set-Cookie")) {
				String pair = setCookie.split(";", 2)[0];
				int eq = pair.indexOf('=');
				if (eq > 0) {
					cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
				}
			}
			if (response.statusCode() / 100 != 3) {
				return response;
			}
			next = next.resolve(response.headers().firstValue("Location").orElseThrow());
		}
		throw new IOException("too many redirects from " + uri);
	}

	private static String cookieHeader(Map<String, String> cookies) {
		return cookies.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + e.getValue())
			.collect(Collectors.joining("; "));
	}

	private Manager sessionManager() {
		TomcatWebServer server = (TomcatWebServer) this.context.getWebServer();
		return ((Context) server.getTomcat().getHost().findChildren()[0]).getManager();
	}

}
