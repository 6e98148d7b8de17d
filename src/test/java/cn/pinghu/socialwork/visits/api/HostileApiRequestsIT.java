package cn.pinghu.socialwork.visits.api;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed and hostile requests to the API, over real HTTP: wrong types, huge and
 * negative numbers, unicode tricks, overlong strings, SQL and script text in every string
 * field and in the path, deeply nested JSON, duplicate keys, wrong content types and
 * methods, bad keys and tokens, oversized bodies and bad batch shapes.
 * <p>
 * Each request as a whole must be refused with a 4xx {@code application/problem+json}
 * answer (never a 5xx, never a stack trace), and store nothing: neither a
 * {@code station_visit} nor a {@code domain_event} row. A batch answers bad items one by
 * one (200, each item {@code REJECTED} with its code), so the field cases are also sent
 * as batch items, which must store nothing either.
 * <p>
 * The cases spread over twenty open stations that no other test uses, so that the rate
 * limit of one station (40 requests at once) never answers in place of the check under
 * test. A path whose code is not the key's station's is refused like a wrong key (401),
 * so that station codes cannot be found out by trying them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileApiRequestsIT {

	private static final String JSON = "application/json";

	private static final String BATCH_PATH = "/api/v1/events:batch";

	private static final String SNAPSHOT_PATH = "/api/v1/dashboard/snapshot";

	private static final String DISPLAY_TOKEN = "demo-display-token";

	private static final AtomicInteger NEXT_STATION = new AtomicInteger();

	private static @Nullable Counts floor;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectMapper json;

	@ParameterizedTest(name = "[{index}] {0}")
	@MethodSource("hostileRequests")
	void a_hostile_request_is_refused_with_a_4xx_problem_and_stores_nothing(Hostile hostile) throws Exception {
		Counts before = counts();

		HttpResponse<String> response = this.http.send(hostile.request(this.port), BodyHandlers.ofString());

		assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
		if (hostile.status() != 0) {
			assertThat(response.statusCode()).as(response.body()).isEqualTo(hostile.status());
		}
		assertThat(response.headers().firstValue("Content-Type")).as(response.body())
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		if (!"HEAD".equals(hostile.method())) {
			JsonNode problem = this.json.readTree(response.body());
			assertThat(problem.isObject()).isTrue();
			assertThat(problem.get("status").asInt()).isEqualTo(response.statusCode());
			assertThat(problem.path("title").asText()).isNotBlank();
			assertThat(problem.path("detail").asText()).isNotBlank();
			if (hostile.code() != null) {
				assertThat(problem.path("code").asText()).as(response.body()).isEqualTo(hostile.code());
			}
			assertThat(response.body()).doesNotContain("Exception", "\tat ", "\"trace\"");
		}
		assertThat(counts()).as("nothing stored").isEqualTo(before);
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@MethodSource("hostileItems")
	void a_hostile_item_of_a_batch_is_rejected_on_its_own_and_stores_nothing(Field field) throws Exception {
		String station = nextStation();
		Counts before = counts();

		HttpResponse<String> response = this.http
			.send(Hostile.post("batch item", BATCH_PATH, demoKey(station), JSON, "{\"visits\":[" + field.item() + "]}")
				.request(this.port), BodyHandlers.ofString());

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode answer = this.json.readTree(response.body());
		assertThat(answer.get("stored").asLong()).isZero();
		assertThat(answer.get("duplicate").asLong()).isZero();
		assertThat(answer.get("rejected").asLong()).isOne();
		assertThat(answer.get("items").get(0).get("outcome").asText()).isEqualTo("REJECTED");
		assertThat(answer.get("items").get(0).get("code").asText()).isEqualTo(field.code());
		assertThat(answer.get("items").get(0).get("reason").asText()).containsPattern("\\p{IsHan}");
		assertThat(counts()).as("nothing stored").isEqualTo(before);
	}

	static Stream<Hostile> hostileRequests() {
		List<Hostile> cases = new ArrayList<>();
		for (Field field : fields()) {
			String station = nextStation();
			cases.add(Hostile.post("visit: " + field.name(), visitsPath(station), demoKey(station), JSON, field.item())
				.expect(field.status(), field.code()));
		}
		cases.addAll(malformedBodies());
		cases.addAll(hostilePaths());
		cases.addAll(contentTypes());
		cases.addAll(apiKeys());
		cases.addAll(methods());
		cases.addAll(oversizedBodies());
		cases.addAll(batchShapes());
		cases.addAll(snapshotRequests());
		assertThat(cases).hasSizeGreaterThanOrEqualTo(100);
		return cases.stream();
	}

	static Stream<Field> hostileItems() {
		// A number too long to read makes the whole batch unreadable, not one item.
		List<Field> items = new ArrayList<>(
				fields().stream().filter((field) -> !"malformed-json".equals(field.code())).toList());
		for (String code : List.of("RS002", "rs050", "RS050' OR '1'='1", "<script>alert(1)</script>", "RS050\u200B",
				"RS050\u202E", "RS050\u0000", "\uD800", "Ｒ" + "Ｓ０５０", "")) {
			items.add(new Field(
					"stationCode " + visible(code), "{\"stationCode\":" + string(code)
							+ ",\"workerKind\":\"DELIVERY\",\"idempotencyKey\":" + string(newKey()) + "}",
					401, "wrong-api-key"));
		}
		for (String item : List.of("null", "42", "-1", "\"DELIVERY\"", "true", "[]",
				"[{\"workerKind\":\"DELIVERY\"}]")) {
			items.add(new Field("item " + item, item, 400, "malformed-json"));
		}
		return items.stream();
	}

	/**
	 * One bad value in one field of an otherwise valid visit: what a single post answers
	 * and what a batch item is rejected with.
	 */
	private static List<Field> fields() {
		List<Field> fields = new ArrayList<>();
		// wrong types, huge and negative numbers
		for (String value : List.of("42", "-1", "1.5", "1e400", "99999999999999999999999999999999", "true", "[]",
				"[\"DELIVERY\"]", "{}", "{\"kind\":\"DELIVERY\"}")) {
			fields.add(field("workerKind " + value, "workerKind", value, "invalid-worker-kind"));
		}
		for (String value : List.of("1764302460", "-1", "1e400", "true", "[]", "{}", "[2026,11,28,12,1,0]")) {
			fields.add(field("occurredAt " + value, "occurredAt", value, "invalid-occurred-at"));
		}
		for (String value : List.of("12345", "-1", "1e308", "true", "[]", "{\"key\":\"k\"}")) {
			fields.add(field("idempotencyKey " + value, "idempotencyKey", value, "invalid-idempotency-key"));
		}
		fields.add(field("a 2,000-digit number", "workerKind", "9".repeat(2000), "malformed-json"));
		// strings that are not what the field takes
		for (String value : List.of("", "delivery", " DELIVERY ", "PILOT", "DELIVERY\u202E", "\u202EYREVILED",
				"DELI\u200BVERY", "DELIVERY\u0000", "\uD800", "\uDC00DELIVERY", "ＤＥＬＩＶＥＲＹ", "D\u0415LIVERY",
				"DELIVERY' OR '1'='1", "DELIVERY'; DROP TABLE station_visit; --", "<script>alert(1)</script>",
				"${jndi:ldap://example.invalid/a}", "W".repeat(15_000))) {
			fields.add(field("workerKind " + visible(value), "workerKind", string(value), "invalid-worker-kind"));
		}
		for (String value : List.of("", "yesterday", "2026-11-28T12:01:00", "2026-11-28", "2026-02-30T12:00:00+08:00",
				"2026-11-28T25:00:00+08:00", "2026-11-28T12:00:00+19:00", "2026-11-28T12:01:00.9999999999+08:00",
				"+1000000000-01-01T00:00:00Z", "２０２６-11-28T12:01:00+08:00", "2026-11-28T12:01:00+08:00\u202E",
				"2026-11-28T12:01:00+08:00\u0000", "2026-11-28T12:01:00\u200B+08:00", "\uD800",
				"2026-11-28T12:01:00+08:00' OR '1'='1", "'; DROP TABLE station_visit; --", "<script>alert(1)</script>",
				"9".repeat(15_000))) {
			fields.add(field("occurredAt " + visible(value), "occurredAt", string(value), "invalid-occurred-at"));
		}
		fields.add(field("occurredAt at the end of time", "occurredAt", string("+999999999-12-31T23:59:59Z"),
				"occurred-at-in-future"));
		fields.add(field("occurredAt at the beginning of time", "occurredAt", string("-999999999-01-01T00:00:00+18:00"),
				"occurred-at-too-old"));
		fields
			.add(field("occurredAt in year -1", "occurredAt", string("-0001-01-01T00:00:00Z"), "occurred-at-too-old"));
		fields.add(field("idempotencyKey null", "idempotencyKey", "null", "missing-idempotency-key"));
		fields.add(field("idempotencyKey empty", "idempotencyKey", string(""), "missing-idempotency-key"));
		fields.add(field("idempotencyKey blank", "idempotencyKey", string("   "), "missing-idempotency-key"));
		fields.add(field("idempotencyKey of 65 characters", "idempotencyKey", string("k".repeat(65)),
				"idempotency-key-too-long"));
		fields.add(field("idempotencyKey of 10,000 characters", "idempotencyKey", string("k".repeat(10_000)),
				"idempotency-key-too-long"));
		fields.add(field("idempotencyKey of 64 emoji", "idempotencyKey", string("\uD83D\uDE00".repeat(64)),
				"idempotency-key-too-long"));
		for (String value : List.of("key\u202Eabc", "\u202Ekey", "key\u200B1", "key\u200D1", "\uFEFFkey", "key\u00001",
				"\uD800key", "key\uDC00", "key\uDBFF", "key\nINFO forged log line", "key\r\nX-Injected: 1", "key\tx",
				"key\u00A0x", "key x", "\u001B[31mred", "e\u0301", "\uD83D\uDE00", "ＫＥＹ", "k\u0435y", "' OR '1'='1",
				"k'); DROP TABLE station_visit; --", "k\" OR \"\"=\"", "1;SELECT SLEEP(10)",
				"<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "${jndi:ldap://example.invalid/a}",
				"{{7*7}}", "../../etc/passwd", "%00", "%27%20OR%201%3D1")) {
			fields.add(field("idempotencyKey " + visible(value), "idempotencyKey", string(value),
					"invalid-idempotency-key"));
		}
		return fields;
	}

	private static List<Hostile> malformedBodies() {
		List<Hostile> cases = new ArrayList<>();
		String valid = validVisit();
		for (String body : List.of("", " ", "null", "42", "-1", "\"DELIVERY\"", "true", "[]", "[" + valid + "]", "{",
				"}", valid.substring(0, valid.length() - 1), valid + "xyz", valid + valid, valid + ",",
				"{'workerKind':'DELIVERY','idempotencyKey':'" + newKey() + "'}",
				"{workerKind:\"DELIVERY\",idempotencyKey:\"" + newKey() + "\"}", "/* comment */" + valid,
				"{\"workerKind\":NaN,\"idempotencyKey\":\"" + newKey() + "\"}",
				"{\"workerKind\":\"DELIVERY\",\"idempotencyKey\":\"" + newKey() + "\",}",
				"{\"workerKind\":\"DELIVERY\" \"idempotencyKey\":\"" + newKey() + "\"}")) {
			cases.add(visit("body " + visible(body)).body(body).expect(400, "malformed-json"));
		}
		cases.add(
				visit("body of invalid UTF-8")
					.body(concat("{\"workerKind\":\"DELIVERY\",\"idempotencyKey\":\"k\u00FF",
							new byte[] { (byte) 0xC3, (byte) 0x28 }, "\"}"))
					.expect(400, "malformed-json"));
		cases
			.add(visit("body with an overlong UTF-8 slash")
				.body(concat("{\"workerKind\":\"DELIVERY\",\"idempotencyKey\":\"k",
						new byte[] { (byte) 0xC0, (byte) 0xAF }, "\"}"))
				.expect(400, "malformed-json"));
		cases.add(
				visit("body with a UTF-8 encoded lone surrogate in the key")
					.body(concat("{\"workerKind\":\"DELIVERY\",\"idempotencyKey\":\"k",
							new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, "\"}"))
					.expect(400, "malformed-json"));
		cases.add(visit("10,000 unclosed arrays").body("[".repeat(10_000)).expect(400, "malformed-json"));
		cases.add(visit("10,000 nested objects in a string field")
			.body("{\"workerKind\":" + "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000) + ",\"idempotencyKey\":\""
					+ newKey() + "\"}")
			.expect(400, "malformed-json"));
		cases.add(visit("10,000 closed arrays").body("[".repeat(10_000) + "]".repeat(10_000))
			.expect(413, "payload-too-large"));
		String key = newKey();
		cases.add(visit("duplicate workerKind, the last one valid")
			.body("{\"workerKind\":\"PILOT\",\"workerKind\":\"DELIVERY\",\"idempotencyKey\":\"" + key + "\"}")
			.expect(400, "malformed-json"));
		cases.add(visit("duplicate idempotencyKey")
			.body("{\"workerKind\":\"DELIVERY\",\"idempotencyKey\":\"" + newKey() + "\",\"idempotencyKey\":\""
					+ newKey() + "\"}")
			.expect(400, "malformed-json"));
		cases.add(visit("duplicate occurredAt")
			.body("{\"workerKind\":\"DELIVERY\",\"occurredAt\":\"1999-01-01T00:00:00Z\",\"occurredAt\":null,"
					+ "\"idempotencyKey\":\"" + newKey() + "\"}")
			.expect(400, "malformed-json"));
		cases.add(visit("the same field twice with the same value")
			.body("{\"workerKind\":\"DELIVERY\",\"workerKind\":\"DELIVERY\",\"idempotencyKey\":\"" + newKey() + "\"}")
			.expect(400, "malformed-json"));
		return cases;
	}

	private static List<Hostile> hostilePaths() {
		List<Hostile> cases = new ArrayList<>();
		for (String suffix : List.of("' OR '1'='1", "' UNION SELECT password_hash FROM app_user --",
				"<img src=x onerror=alert(1)>", "\u200B", "\u202E", "\uFEFF", " ", "\u00A0", "\u3000", "\u0301",
				"\t")) {
			String station = nextStation();
			cases.add(Hostile.post("path " + visible(station + suffix),
					"/api/v1/stations/" + encode(station + suffix) + "/visits", demoKey(station), JSON, validVisit())
				.expect(401, "wrong-api-key"));
		}
		String lower = nextStation();
		cases
			.add(Hostile.post("path in lower case", visitsPath(lower.toLowerCase()), demoKey(lower), JSON, validVisit())
				.expect(401, "wrong-api-key"));
		String fullWidth = nextStation();
		cases
			.add(Hostile
				.post("path in full-width letters", "/api/v1/stations/" + encode(toFullWidth(fullWidth)) + "/visits",
						demoKey(fullWidth), JSON, validVisit())
				.expect(401, "wrong-api-key"));
		String homoglyph = nextStation();
		cases.add(Hostile
			.post("path with a Cyrillic S", "/api/v1/stations/" + encode(homoglyph.replace('S', '\u0405')) + "/visits",
					demoKey(homoglyph), JSON, validVisit())
			.expect(401, "wrong-api-key"));
		String overlong = nextStation();
		cases.add(
				Hostile
					.post("path of 5,000 characters", visitsPath(overlong + "X".repeat(5_000)), demoKey(overlong), JSON,
							validVisit())
					.expect(401, "wrong-api-key"));
		// What the firewall refuses before anything else runs.
		for (String raw : List.of("RS050%00", "RS050%2F..%2FRS051", "..%2F..%2Fdashboard", "RS050%252e%252e",
				"RS050%25", "RS050%3Bjsessionid=x", "RS050;x=1", "RS050%0D%0ASet-Cookie:x=1", "%2e%2e", "RS050%5C..",
				"RS050%27%3B%20DROP%20TABLE%20station_visit%3B%20--", "RS050%3Cscript%3Ealert(1)%3C%2Fscript%3E")) {
			String station = nextStation();
			cases.add(Hostile
				.post("path " + raw, "/api/v1/stations/" + raw.replace("RS050", station) + "/visits", demoKey(station),
						JSON, validVisit())
				.expect(400, "request-rejected"));
		}
		String dots = nextStation();
		cases.add(
				Hostile
					.post("path with a dot segment", "/api/v1/stations/RS999/../" + dots + "/visits", demoKey(dots),
							JSON, validVisit())
					.expect(400, "request-rejected"));
		return cases;
	}

	private static List<Hostile> contentTypes() {
		List<Hostile> cases = new ArrayList<>();
		String form = "workerKind=DELIVERY&idempotencyKey=" + newKey();
		String xml = "<visit><workerKind>DELIVERY</workerKind><idempotencyKey>" + newKey()
				+ "</idempotencyKey></visit>";
		cases.add(visit("content type text/plain").contentType("text/plain").expect(400, "unsupported-content-type"));
		cases.add(visit("content type form").contentType("application/x-www-form-urlencoded")
			.body(form)
			.expect(400, "unsupported-content-type"));
		cases.add(visit("content type multipart").contentType("multipart/form-data; boundary=x")
			.body("--x\r\nContent-Disposition: form-data; name=\"workerKind\"\r\n\r\nDELIVERY\r\n--x--\r\n")
			.expect(400, "unsupported-content-type"));
		cases.add(visit("content type application/xml").contentType("application/xml")
			.body(xml)
			.expect(400, "unsupported-content-type"));
		cases.add(visit("content type text/xml").contentType("text/xml")
			.body(xml)
			.expect(400, "unsupported-content-type"));
		cases.add(visit("content type text/html").contentType("text/html")
			.body("<script>alert(1)</script>")
			.expect(400, "unsupported-content-type"));
		cases.add(visit("no content type").contentType(null).expect(400, "unsupported-content-type"));
		for (String type : List.of("json", "application/jsonx", "application/javascript", "*/*", "application/*",
				"application/json; charset=\"", "application/json, text/plain", "application/\u00E9json")) {
			cases.add(visit("content type " + type).contentType(type).expect(400, "unsupported-content-type"));
		}
		cases.add(Hostile.post("batch as text/plain", BATCH_PATH, demoKey(nextStation()), "text/plain", validBatch())
			.expect(400, "unsupported-content-type"));
		cases.add(Hostile
			.post("batch as a form", BATCH_PATH, demoKey(nextStation()), "application/x-www-form-urlencoded", form)
			.expect(400, "unsupported-content-type"));
		cases.add(Hostile.post("batch as xml", BATCH_PATH, demoKey(nextStation()), "application/xml", xml)
			.expect(400, "unsupported-content-type"));
		cases.add(Hostile.post("batch without a content type", BATCH_PATH, demoKey(nextStation()), null, validBatch())
			.expect(400, "unsupported-content-type"));
		cases.add(visit("a valid visit that asks for an xml answer").header("Accept", "application/xml")
			.expect(406, "not-acceptable"));
		cases.add(visit("a valid visit that asks for a text answer").header("Accept", "text/plain")
			.expect(406, "not-acceptable"));
		cases.add(Hostile
			.post("a valid batch that asks for an xml answer", BATCH_PATH, demoKey(nextStation()), JSON, validBatch())
			.header("Accept", "application/xml")
			.expect(406, "not-acceptable"));
		return cases;
	}

	private static List<Hostile> apiKeys() {
		List<Hostile> cases = new ArrayList<>();
		String station = nextStation();
		cases.add(visit("no API key").key(null).expect(401, "missing-api-key"));
		cases.add(visit("an empty API key").key("").expect(401, "missing-api-key"));
		cases.add(visit("a wrong API key").key("demo-key-RS999").expect(401, "wrong-api-key"));
		cases.add(visit("the API key of another station").key(demoKey(station)).expect(401, "wrong-api-key"));
		cases.add(visit("SQL as the API key").key("' OR '1'='1").expect(401, "wrong-api-key"));
		cases.add(visit("script as the API key").key("<script>alert(1)</script>").expect(401, "wrong-api-key"));
		cases.add(visit("an API key of 4,000 characters").key("k".repeat(4_000)).expect(401, "wrong-api-key"));
		cases.add(visit("an API key with Latin-1 letters").key("demo-key-RS05\u00E9").expect(401, "wrong-api-key"));
		cases.add(visit("the display token as the API key").key(DISPLAY_TOKEN).expect(401, "wrong-api-key"));
		cases.add(visit("the API key as a bearer token").key(null)
			.header("Authorization", "Bearer " + demoKey(station))
			.expect(401, "missing-api-key"));
		cases.add(visit("two API keys, a wrong one first").key("wrong")
			.header("X-Api-Key", demoKey(station))
			.expect(401, "wrong-api-key"));
		for (String key : List.of("", "demo-key-RS999", "' OR '1'='1", "k".repeat(4_000), DISPLAY_TOKEN)) {
			cases.add(Hostile.post("batch with the API key " + visible(key), BATCH_PATH, key, JSON, validBatch())
				.expect(401, key.isEmpty() ? "missing-api-key" : "wrong-api-key"));
		}
		cases.add(Hostile.post("batch without an API key", BATCH_PATH, null, JSON, validBatch())
			.expect(401, "missing-api-key"));
		return cases;
	}

	private static List<Hostile> methods() {
		List<Hostile> cases = new ArrayList<>();
		for (String method : List.of("GET", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD")) {
			String station = nextStation();
			boolean withBody = List.of("PUT", "DELETE", "PATCH").contains(method);
			cases.add(Hostile.post(method + " on the visits", visitsPath(station), demoKey(station), JSON, validVisit())
				.method(method)
				.body(withBody ? validVisit().getBytes(StandardCharsets.UTF_8) : null)
				.expect(0, null));
			cases.add(Hostile.post(method + " on the batch", BATCH_PATH, demoKey(nextStation()), JSON, validBatch())
				.method(method)
				.body(withBody ? validBatch().getBytes(StandardCharsets.UTF_8) : null)
				.expect(0, null));
		}
		return cases;
	}

	private static List<Hostile> oversizedBodies() {
		List<Hostile> cases = new ArrayList<>();
		cases.add(visit("a visit of 16 KB and one byte").body(padded(validVisit(), 16 * 1024 + 1))
			.expect(413, "payload-too-large"));
		cases.add(visit("a visit of 1 MB").body(padded(validVisit(), 1024 * 1024)).expect(413, "payload-too-large"));
		cases.add(visit("a streamed visit of 64 KB").body(padded(validVisit(), 64 * 1024))
			.streamed()
			.expect(413, "payload-too-large"));
		cases.add(visit("a streamed visit of 4 MB").body(padded(validVisit(), 4 * 1024 * 1024))
			.streamed()
			.expect(413, "payload-too-large"));
		cases.add(visit("an oversized body without a key").key(null)
			.body(padded(validVisit(), 64 * 1024))
			.expect(413, "payload-too-large"));
		cases.add(
				Hostile
					.post("a batch of 512 KB and one byte", BATCH_PATH, demoKey(nextStation()), JSON,
							padded(validBatch(), 512 * 1024 + 1))
					.expect(413, "payload-too-large"));
		cases.add(
				Hostile
					.post("a streamed batch of 4 MB", BATCH_PATH, demoKey(nextStation()), JSON,
							padded(validBatch(), 4 * 1024 * 1024))
					.streamed()
					.expect(413, "payload-too-large"));
		return cases;
	}

	private static List<Hostile> batchShapes() {
		List<Hostile> cases = new ArrayList<>();
		for (String body : List.of("{}", "{\"visits\":null}", "{\"visits\":{}}", "{\"visits\":\"DELIVERY\"}",
				"{\"visits\":1}", "{\"visits\":-1}", "{\"visits\":1e400}", "{\"visits\":[]}",
				"{\"Visits\":[" + validVisit() + "]}", "{\"visit\":" + validVisit() + "}",
				"{\"visits\":{\"0\":" + validVisit() + "}}", "{\"visits\u200B\":[" + validVisit() + "]}")) {
			cases.add(Hostile.post("batch " + visible(body), BATCH_PATH, demoKey(nextStation()), JSON, body)
				.expect(400, "invalid-batch"));
		}
		for (String body : List.of("", "null", "[]", "[" + validVisit() + "]", "{\"visits\":[", validBatch() + "xyz",
				validBatch() + validBatch(), "{\"visits\":[" + validVisit() + "],\"visits\":[" + validVisit() + "]}",
				"{\"visits\":[" + validVisit() + "],\"visits\":[]}",
				"{\"visits\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}",
				"{\"visits\":[{\"workerKind\":" + "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000) + "}]}",
				"{\"visits\":[" + validVisit() + "," + "9".repeat(2_000) + "]}")) {
			cases.add(Hostile.post("batch " + visible(body), BATCH_PATH, demoKey(nextStation()), JSON, body)
				.expect(400, "malformed-json"));
		}
		List<String> tooMany = new ArrayList<>();
		for (int i = 0; i <= VisitBatchController.MAX_ITEMS; i++) {
			tooMany.add("{\"workerKind\":\"DELIVERY\",\"idempotencyKey\":\"" + newKey() + "\"}");
		}
		cases.add(
				Hostile
					.post("batch of 1,001 visits", BATCH_PATH, demoKey(nextStation()), JSON,
							"{\"visits\":[" + String.join(",", tooMany) + "]}")
					.expect(400, "invalid-batch"));
		for (String path : List.of("/api/v1/events:BATCH", "/api/v1/events:batch/", "/api/v1/events:batch;x=1",
				"/api/v1/events", "/api/v1/events:batch.json", "/api/v1/events%3Abatch%3Bx")) {
			cases.add(
					Hostile.post("batch at " + path, path, demoKey(nextStation()), JSON, validBatch()).expect(0, null));
		}
		return cases;
	}

	private static List<Hostile> snapshotRequests() {
		List<Hostile> cases = new ArrayList<>();
		for (String authorization : List.of("", "Bearer ", "Bearer wrong-token", "Bearer ' OR '1'='1",
				"Bearer <script>alert(1)</script>", "Bearer " + "t".repeat(4_000), "Bearer d\u00E9mo-display-token",
				"Basic YWRtaW46YWRtaW4=", "Bearer demo-key-RS001", "Token " + DISPLAY_TOKEN, DISPLAY_TOKEN,
				"Bearer demo-display-token' OR '1'='1")) {
			cases.add(Hostile.get("snapshot with Authorization " + visible(authorization), SNAPSHOT_PATH)
				.header("Authorization", authorization)
				.expect(401, null));
		}
		cases.add(Hostile.get("snapshot without a token", SNAPSHOT_PATH).expect(401, null));
		cases.add(Hostile.get("snapshot with the token in the address", SNAPSHOT_PATH + "?display=" + DISPLAY_TOKEN)
			.expect(401, null));
		cases.add(Hostile.get("snapshot with the token as an API key", SNAPSHOT_PATH)
			.header("X-Api-Key", DISPLAY_TOKEN)
			.expect(401, null));
		for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
			cases.add(Hostile.get(method + " on the snapshot", SNAPSHOT_PATH)
				.header("Authorization", "Bearer " + DISPLAY_TOKEN)
				.method(method)
				.body(validVisit())
				.contentType(JSON)
				.expect(0, null));
		}
		cases.add(Hostile.get("snapshot asking for xml", SNAPSHOT_PATH)
			.header("Authorization", "Bearer " + DISPLAY_TOKEN)
			.header("Accept", "application/xml")
			.expect(406, "not-acceptable"));
		for (String path : List.of("/api/v1/dashboard/unknown", "/api/v1/dashboard/snapshot/x",
				"/api/v1/dashboard/snapshot.json", "/api/v1/dashboard/snapshot%3Cscript%3E",
				"/api/v1/dashboard/snapshot%27%20OR%201=1")) {
			cases.add(Hostile.get("snapshot at " + path, path)
				.header("Authorization", "Bearer " + DISPLAY_TOKEN)
				.expect(404, "not-found"));
		}
		for (String path : List.of("/api/v1/dashboard/%2e%2e/snapshot", "/api/v1/dashboard/snapshot%00",
				"/api/v1/dashboard/..;/dashboard/snapshot", "/api/v1/dashboard/snapshot%2F")) {
			cases.add(Hostile.get("snapshot at " + path, path)
				.header("Authorization", "Bearer " + DISPLAY_TOKEN)
				.expect(400, "request-rejected"));
		}
		cases.add(Hostile.get("snapshot at another version", "/api/v2/dashboard/snapshot")
			.header("Authorization", "Bearer " + DISPLAY_TOKEN)
			.expect(401, null));
		return cases;
	}

	/**
	 * The rows stored since the class began: counted above the highest ids seen first, so
	 * that each count reads a few index entries rather than the whole table.
	 */
	private Counts counts() {
		if (floor == null) {
			floor = new Counts(highestId("station_visit"), highestId("domain_event"));
		}
		return new Counts(countAbove("station_visit", floor.visits()), countAbove("domain_event", floor.events()));
	}

	private long highestId(String table) {
		Long id = this.jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM " + table, Long.class);
		return (id != null) ? id : 0;
	}

	private long countAbove(String table, long id) {
		Long rows = this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE id > ?", Long.class, id);
		return (rows != null) ? rows : 0;
	}

	// --- Building the cases

	/** Twenty open stations that no other test posts to. */
	private static String nextStation() {
		return String.format("RS%03d", 50 + NEXT_STATION.getAndIncrement() % 20);
	}

	private static Hostile visit(String name) {
		String station = nextStation();
		return Hostile.post(name, visitsPath(station), demoKey(station), JSON, validVisit());
	}

	private static Field field(String name, String field, String value, String code) {
		String workerKind = "workerKind".equals(field) ? value : "\"DELIVERY\"";
		String key = "idempotencyKey".equals(field) ? value : string(newKey());
		String occurredAt = "occurredAt".equals(field) ? ",\"occurredAt\":" + value : "";
		return new Field(name, "{\"workerKind\":" + workerKind + occurredAt + ",\"idempotencyKey\":" + key + "}", 400,
				code);
	}

	private static String visitsPath(String station) {
		return "/api/v1/stations/" + station + "/visits";
	}

	private static String demoKey(String station) {
		return "demo-key-" + station;
	}

	private static String newKey() {
		return "hostile-" + UUID.randomUUID();
	}

	private static String validVisit() {
		return "{\"workerKind\":\"DELIVERY\",\"idempotencyKey\":\"" + newKey() + "\"}";
	}

	private static String validBatch() {
		return "{\"visits\":[" + validVisit() + "]}";
	}

	/**
	 * A JSON string literal; control characters and surrogates escaped, the rest as is.
	 */
	private static String string(String value) {
		StringBuilder literal = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			if (c == '"' || c == '\\') {
				literal.append('\\').append(c);
			}
			else if (c < 0x20 || Character.isSurrogate(c)) {
				literal.append(String.format("\\u%04x", (int) c));
			}
			else {
				literal.append(c);
			}
		}
		return literal.append('"').toString();
	}

	/** A case name that shows invisible characters and stays short. */
	private static String visible(String value) {
		StringBuilder shown = new StringBuilder();
		for (char c : value.toCharArray()) {
			if (c < 0x20 || c == 0x7F || Character.isSurrogate(c) || Character.getType(c) == Character.FORMAT
					|| Character.isSpaceChar(c) && c != ' ') {
				shown.append(String.format("\\u%04X", (int) c));
			}
			else {
				shown.append(c);
			}
		}
		String text = shown.toString();
		return (text.length() > 60) ? text.substring(0, 40) + "…(" + value.length() + " chars)" : "«" + text + "»";
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static String toFullWidth(String value) {
		StringBuilder wide = new StringBuilder();
		value.chars().forEach((c) -> wide.append((char) (c + 0xFEE0)));
		return wide.toString();
	}

	private static String padded(String json, int size) {
		return json + " ".repeat(size - json.getBytes(StandardCharsets.UTF_8).length);
	}

	private static byte[] concat(String before, byte[] middle, String after) {
		byte[] head = before.getBytes(StandardCharsets.UTF_8);
		byte[] tail = after.getBytes(StandardCharsets.UTF_8);
		byte[] all = new byte[head.length + middle.length + tail.length];
		System.arraycopy(head, 0, all, 0, head.length);
		System.arraycopy(middle, 0, all, head.length, middle.length);
		System.arraycopy(tail, 0, all, head.length + middle.length, tail.length);
		return all;
	}

	/**
	 * A bad value in one field: the visit (or batch item) that carries it, and its
	 * answer.
	 */
	record Field(String name, String item, int status, String code) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	/**
	 * One request, with the status it must get (0: any 4xx) and the problem code (null:
	 * not checked, e.g. the refusals of the security chain carry none).
	 */
	record Hostile(String name, String method, String path, List<String[]> headers, byte @Nullable [] body,
			boolean isStreamed, int status, @Nullable String code) {

		static Hostile post(String name, String path, @Nullable String apiKey, @Nullable String contentType,
				String body) {
			List<String[]> headers = new ArrayList<>();
			if (apiKey != null) {
				headers.add(new String[] { "X-Api-Key", apiKey });
			}
			if (contentType != null) {
				headers.add(new String[] { "Content-Type", contentType });
			}
			return new Hostile(name, "POST", path, headers, body.getBytes(StandardCharsets.UTF_8), false, 0, null);
		}

		static Hostile get(String name, String path) {
			return new Hostile(name, "GET", path, new ArrayList<>(), null, false, 0, null);
		}

		Hostile expect(int status, @Nullable String code) {
			return new Hostile(this.name, this.method, this.path, this.headers, this.body, this.isStreamed, status,
					code);
		}

		Hostile method(String method) {
			return new Hostile(this.name, method, this.path, this.headers, this.body, this.isStreamed, this.status,
					this.code);
		}

		Hostile body(String body) {
			return body(body.getBytes(StandardCharsets.UTF_8));
		}

		Hostile body(byte @Nullable [] body) {
			return new Hostile(this.name, this.method, this.path, this.headers, body, this.isStreamed, this.status,
					this.code);
		}

		Hostile streamed() {
			return new Hostile(this.name, this.method, this.path, this.headers, this.body, true, this.status,
					this.code);
		}

		Hostile key(@Nullable String apiKey) {
			return replace("X-Api-Key", apiKey);
		}

		Hostile contentType(@Nullable String contentType) {
			return replace("Content-Type", contentType);
		}

		Hostile header(String name, String value) {
			List<String[]> headers = new ArrayList<>(this.headers);
			headers.add(new String[] { name, value });
			return new Hostile(this.name, this.method, this.path, headers, this.body, this.isStreamed, this.status,
					this.code);
		}

		private Hostile replace(String name, @Nullable String value) {
			List<String[]> headers = new ArrayList<>(
					this.headers.stream().filter((header) -> !header[0].equals(name)).toList());
			if (value != null) {
				headers.add(new String[] { name, value });
			}
			return new Hostile(this.name, this.method, this.path, headers, this.body, this.isStreamed, this.status,
					this.code);
		}

		HttpRequest request(int port) {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + this.path))
				.timeout(Duration.ofSeconds(30))
				.method(this.method, publisher());
			for (String[] header : this.headers) {
				request.header(header[0], header[1]);
			}
			return request.build();
		}

		private BodyPublisher publisher() {
			if (this.body == null) {
				return BodyPublishers.noBody();
			}
			byte[] bytes = this.body;
			return this.isStreamed ? BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))
					: BodyPublishers.ofByteArray(bytes);
		}

		@Override
		public String toString() {
			return this.name;
		}

	}

	private record Counts(long visits, long events) {
	}

}
