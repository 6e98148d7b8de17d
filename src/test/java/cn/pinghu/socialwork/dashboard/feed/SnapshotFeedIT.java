package cn.pinghu.socialwork.dashboard.feed;

import java.lang.reflect.Type;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import cn.pinghu.socialwork.dashboard.LiveMetricsService;
import cn.pinghu.socialwork.stations.StationService;
import cn.pinghu.socialwork.stations.VisitRequest;
import cn.pinghu.socialwork.stations.WorkerKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.converter.MappingJackson2MessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The STOMP feed with Spring's own STOMP client over a real WebSocket: a display token
 * gets the live snapshots, the same JSON as the REST snapshot; a bad token gets no
 * connection.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SnapshotFeedIT {

	@LocalServerPort
	int port;

	@Autowired
	StationService stations;

	@Autowired
	LiveMetricsService metrics;

	@Autowired
	ObjectMapper json;

	private final WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());

	private StompSession session;

	@AfterEach
	void disconnect() {
		if (this.session != null && this.session.isConnected()) {
			this.session.disconnect();
		}
		this.client.stop();
	}

	@Test
	void a_display_token_receives_live_snapshots_with_the_new_visit_counted() throws Exception {
		this.client.setMessageConverter(new MappingJackson2MessageConverter(this.json));
		this.session = connect("demo-display-token");
		BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
		this.session.subscribe(SnapshotFeedConfig.TOPIC, new StompFrameHandler() {
			@Override
			public Type getPayloadType(StompHeaders headers) {
				return JsonNode.class;
			}

			@Override
			public void handleFrame(StompHeaders headers, Object payload) {
				frames.add((JsonNode) payload);
			}
		});
		// SUBSCRIBE is asynchronous: should it reach the broker after the visit's
		// snapshot
		// went out, the next heartbeat (every 15 s) still carries the count, so the wait
		// below lasts past one.
		long before = this.metrics.snapshot().visitsToday();

		this.stations.recordVisit("RS005", "demo-key-RS005",
				new VisitRequest(WorkerKind.STREAMER, null, "feed-" + UUID.randomUUID()));

		JsonNode counted = null;
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (counted == null && System.nanoTime() < deadline) {
			JsonNode frame = frames.poll(200, TimeUnit.MILLISECONDS);
			if (frame != null && frame.get("visitsToday").asLong() >= before + 1) {
				counted = frame;
			}
		}
		assertThat(counted).as("a snapshot with the new visit arrives over STOMP").isNotNull();
		assertThat(counted.fieldNames()).toIterable()
			.contains("sequence", "asOf", "stationsOpen", "stationsTotal", "visitsToday", "visitsThisHour",
					"visitsTodayByTown", "visitsByHour");
		assertThat(counted.get("asOf").isTextual()).as("ISO time, as in the REST snapshot").isTrue();
		assertThat(counted.get("visitsByHour")).hasSize(24);
	}

	@Test
	void a_wrong_or_missing_token_gets_no_connection() {
		assertThatThrownBy(() -> connect("not-a-token")).isInstanceOf(ExecutionException.class);
		assertThatThrownBy(() -> connect(null)).isInstanceOf(ExecutionException.class);
	}

	private StompSession connect(String token) throws Exception {
		StompHeaders connect = new StompHeaders();
		if (token != null) {
			connect.add("Authorization", "Bearer " + token);
		}
		return this.client.connectAsync("ws://localhost:" + this.port + SnapshotFeedConfig.ENDPOINT,
				new WebSocketHttpHeaders(), connect, new StompSessionHandlerAdapter() {
				})
			.get(10, TimeUnit.SECONDS);
	}

}
