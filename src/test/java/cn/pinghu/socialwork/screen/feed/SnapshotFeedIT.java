package cn.pinghu.socialwork.screen.feed;

import java.lang.reflect.Type;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import cn.pinghu.socialwork.coverage.BranchFormation;
import cn.pinghu.socialwork.coverage.CoverageActions;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.organizations.BranchForm;
import cn.pinghu.socialwork.organizations.CreditCode;
import cn.pinghu.socialwork.screen.live.LiveMetricsService;
import cn.pinghu.socialwork.security.DisplayDeviceAdminService;
import cn.pinghu.socialwork.security.IssuedDisplayToken;
import cn.pinghu.socialwork.support.ThisContextsSecurity;
import cn.pinghu.socialwork.visits.VisitRequest;
import cn.pinghu.socialwork.visits.VisitService;
import cn.pinghu.socialwork.visits.WorkerKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.messaging.converter.MappingJackson2MessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.ConnectionLostException;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

import static cn.pinghu.socialwork.support.TestSignIn.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The STOMP feed with Spring's own STOMP client over a real WebSocket: a display token
 * gets the live snapshots, the same JSON as the REST snapshot; a bad token gets no
 * connection, and revoking a display closes its connection.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(ThisContextsSecurity.class)
class SnapshotFeedIT {

	@LocalServerPort
	int port;

	@Autowired
	VisitService visits;

	@Autowired
	LiveMetricsService metrics;

	@Autowired
	ObjectMapper json;

	@Autowired
	DisplayDeviceAdminService displays;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CoverageActions coverage;

	private Long inserted;

	private static final String REVOKED_EVENTS = "SELECT COUNT(*) FROM domain_event WHERE type LIKE '%DisplayDeviceRevoked'";

	private final WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());

	private StompSession session;

	@AfterEach
	void disconnect() {
		SecurityContextHolder.clearContext();
		if (this.session != null && this.session.isConnected()) {
			this.session.disconnect();
		}
		this.client.stop();
		if (this.inserted != null) {
			this.jdbc.update("DELETE FROM organization WHERE id = ?", this.inserted);
			this.metrics.reconcile();
		}
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

		this.visits.recordVisit("RS005", "demo-key-RS005",
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
					"visitsTodayByTown", "visitsByHour", "coverage", "elections");
		assertThat(counted.get("asOf").isTextual()).as("ISO time, as in the REST snapshot").isTrue();
		assertThat(counted.get("visitsByHour")).hasSize(24);
	}

	@Test
	void a_branch_recorded_by_a_coordinator_reaches_the_feed_in_the_coverage_section() throws Exception {
		this.inserted = insertUncoveredOrganisation();
		this.metrics.reconcile();
		long before = this.metrics.snapshot().coverage().covered();
		this.client.setMessageConverter(new MappingJackson2MessageConverter(this.json));
		this.session = connect("demo-display-token");
		BlockingQueue<JsonNode> frames = subscribe();

		signIn("coordinator", Role.Names.COORDINATOR);
		this.coverage.recordBranchFormed(
				new BranchFormation(this.inserted, 0, BranchForm.STANDALONE, "中共测试支部委员会", LocalDate.of(2026, 3, 1), 3));

		// As above: past one heartbeat, should the subscription reach the broker late.
		JsonNode counted = null;
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (counted == null && System.nanoTime() < deadline) {
			JsonNode frame = frames.poll(200, TimeUnit.MILLISECONDS);
			if (frame != null && frame.get("coverage").get("covered").asLong() == before + 1) {
				counted = frame;
			}
		}
		assertThat(counted).as("a snapshot with the new branch arrives over STOMP").isNotNull();
	}

	@Test
	void revoking_a_display_closes_its_open_feed_connection_and_refuses_its_token_from_then_on() throws Exception {
		signIn("admin", Role.Names.ADMIN);
		IssuedDisplayToken issued = this.displays.createDevice("订阅测试屏 " + UUID.randomUUID());
		CompletableFuture<Throwable> closed = new CompletableFuture<>();
		this.session = connect(issued.token(), new StompSessionHandlerAdapter() {
			@Override
			public void handleTransportError(StompSession session, Throwable exception) {
				closed.complete(exception);
			}
		});
		assertThat(this.session.isConnected()).isTrue();
		int revokedEvents = this.jdbc.queryForObject(REVOKED_EVENTS, Integer.class);

		this.displays.revokeDevice(issued.device().id());

		assertThat(this.jdbc.queryForObject(REVOKED_EVENTS, Integer.class))
			.as("the admin's revocation is in the outbox, so every node hears it")
			.isEqualTo(revokedEvents + 1);
		assertThat(closed.get(10, TimeUnit.SECONDS)).as("the server closed the connection")
			.isInstanceOf(ConnectionLostException.class);
		await().atMost(Duration.ofSeconds(5)).until(() -> !this.session.isConnected());
		assertThatThrownBy(() -> connect(issued.token())).isInstanceOf(ExecutionException.class);
	}

	@Test
	void a_wrong_or_missing_token_gets_no_connection() {
		assertThatThrownBy(() -> connect("not-a-token")).isInstanceOf(ExecutionException.class);
		assertThatThrownBy(() -> connect(null)).isInstanceOf(ExecutionException.class);
	}

	private BlockingQueue<JsonNode> subscribe() {
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
		return frames;
	}

	/** An organisation of 当湖街道 without a branch, inserted without the service. */
	private long insertUncoveredOrganisation() {
		String body = "91330482F" + Long.toString(System.nanoTime() % 100_000_000L).replace('-', '0');
		body = (body + "00000000").substring(0, 17);
		String code = body + CreditCode.checkCharacter(body);
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update(connection -> {
			var statement = connection.prepareStatement("""
					INSERT INTO organization (name, credit_code, kind, industry, town_id, address, employees,
					    full_members, branch_form, status)
					VALUES ('订阅测试有限公司', ?, 'ECONOMIC', '测试行业', 1, '测试地址', 50, 3, 'NONE', 'ACTIVE')""",
					Statement.RETURN_GENERATED_KEYS);
			statement.setString(1, code);
			return statement;
		}, keys);
		return keys.getKey().longValue();
	}

	private StompSession connect(String token) throws Exception {
		return connect(token, new StompSessionHandlerAdapter() {
		});
	}

	private StompSession connect(String token, StompSessionHandlerAdapter handler) throws Exception {
		StompHeaders connect = new StompHeaders();
		if (token != null) {
			connect.add("Authorization", "Bearer " + token);
		}
		return this.client
			.connectAsync("ws://localhost:" + this.port + SnapshotFeedConfig.ENDPOINT, new WebSocketHttpHeaders(),
					connect, handler)
			.get(10, TimeUnit.SECONDS);
	}

}
