package cn.pinghu.socialwork.visits.checkin;

import cn.pinghu.socialwork.support.Rider;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 扫码签到 over real HTTP against the database with the demo seeds: a rider's phone
 * ({@link Rider}) opens a station's page and posts its form. Every refusal is checked to
 * store nothing, neither a visit nor an outbox row; the database is shared by the tests
 * of the JVM, so counts are measured before and after.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CheckInIT {

	private static final String OPEN = "RS001";

	/** Open, without charging. */
	private static final String OPEN_WITHOUT_CHARGING = "RS002";

	private static final String SUSPENDED = "RS024";

	private static final String CLOSED = "RS017";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectMapper json;

	@Autowired
	Clock clock;

	@Value("${console.zone}")
	ZoneId zone;

	@Test
	void the_page_shows_the_station_its_hours_and_facilities_and_a_form_in_chinese() throws Exception {
		Rider rider = new Rider(this.port);

		HttpResponse<String> page = rider.open(OPEN);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("text/html").containsIgnoringCase("charset=UTF-8"));
		assertThat(page.body()).contains("环城北路新就业群体驿站", "开放时间：08:00-20:00", "饮用水", "微波炉", "外卖", "快递", "网约车", "货车", "主播",
				"其他", ">签到</button>");
		assertThat(rider.token()).isNotEmpty();
		assertThat(page.body()).doesNotContain("<script");
		assertThat(page.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((csp) -> assertThat(csp).contains("default-src 'none'").doesNotContain("unsafe"));
		assertThat(page.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith(CheckInController.DEVICE_COOKIE + "=")
				.contains("Path=/s", "HttpOnly", "SameSite=Lax"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("s_csrf=").contains("Path=/s", "HttpOnly"));
		assertThat(page.headers().allValues("Set-Cookie"))
			.noneSatisfy((cookie) -> assertThat(cookie).startsWith("JSESSIONID"));
	}

	@Test
	void a_scan_stores_one_visit_with_the_channel_qr_and_its_event_and_thanks_with_todays_count() throws Exception {
		Rider rider = new Rider(this.port);
		rider.open(OPEN);
		long lastEvent = lastEventId();
		long before = visitsToday(OPEN);

		HttpResponse<String> thanks = rider.checkIn(OPEN, "COURIER", "WATER", "CHARGING");

		assertThat(thanks.statusCode()).isEqualTo(200);
		assertThat(thanks.body()).contains("签到成功");
		long after = visitsToday(OPEN);
		assertThat(after).isEqualTo(before + 1);
		assertThat(thanks.body()).contains("今天本站已服务 " + String.format("%,d", after) + " 人次");
		Map<String, Object> visit = this.jdbc.queryForMap("SELECT v.id, v.channel, v.worker_kind, v.facilities_used"
				+ " FROM station_visit v JOIN rider_station s ON s.id = v.station_id WHERE s.code = ?"
				+ " ORDER BY v.id DESC LIMIT 1", OPEN);
		assertThat(visit).containsEntry("channel", "QR")
			.containsEntry("worker_kind", "COURIER")
			.containsEntry("facilities_used", "CHARGING,WATER");
		List<Map<String, Object>> events = this.jdbc
			.queryForList("SELECT type, payload FROM domain_event WHERE id > ? ORDER BY id", lastEvent);
		assertThat(events).filteredOn((event) -> "StationVisited".equals(event.get("type"))).hasSize(1);
		JsonNode payload = this.json.readTree((String) events.stream()
			.filter((event) -> "StationVisited".equals(event.get("type")))
			.findFirst()
			.orElseThrow()
			.get("payload"));
		assertThat(payload.get("visitId").asLong()).isEqualTo(((Number) visit.get("id")).longValue());
		assertThat(payload.get("channel").asText()).isEqualTo("QR");
	}

	@Test
	void a_repeat_scan_within_thirty_minutes_stores_nothing_and_says_already_checked_in() throws Exception {
		Rider rider = new Rider(this.port);
		rider.open(OPEN);
		assertThat(rider.checkIn(OPEN, "DELIVERY").statusCode()).isEqualTo(200);
		Counts before = counts();

		rider.open(OPEN);
		HttpResponse<String> repeat = rider.checkIn(OPEN, "DELIVERY");

		assertThat(repeat.statusCode()).isEqualTo(200);
		assertThat(repeat.body()).contains("已签到", "30 分钟内").doesNotContain("签到成功");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void the_same_device_at_another_station_counts_there() throws Exception {
		Rider rider = new Rider(this.port);
		rider.open(OPEN);
		assertThat(rider.checkIn(OPEN, "TRUCK").body()).contains("签到成功");
		Counts before = counts();

		rider.open(OPEN_WITHOUT_CHARGING);
		HttpResponse<String> other = rider.checkIn(OPEN_WITHOUT_CHARGING, "TRUCK");

		assertThat(other.body()).contains("签到成功");
		assertThat(counts()).isEqualTo(before.plus(1));
	}

	@Test
	void a_suspended_or_closed_station_says_it_is_not_open_and_stores_nothing() throws Exception {
		for (String code : List.of(SUSPENDED, CLOSED)) {
			Rider rider = new Rider(this.port);
			// the page of a station that is not open has no form: the token comes from
			// another
			rider.open(OPEN);
			HttpResponse<String> page = rider.open(code);
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("不开放").doesNotContain("<form");
			Counts before = counts();

			HttpResponse<String> posted = rider.checkIn(code, "DELIVERY");

			assertThat(posted.statusCode()).as(code).isEqualTo(409);
			assertThat(posted.body()).contains("不开放", "本次未记录");
			assertThat(counts()).isEqualTo(before);
		}
		assertThat(new Rider(this.port).open(CLOSED).body()).contains("本站点已关闭");
		assertThat(new Rider(this.port).open(SUSPENDED).body()).contains("本站点暂停开放");
	}

	@Test
	void any_unknown_code_gets_the_same_404_that_only_says_there_is_no_such_station() throws Exception {
		Rider rider = new Rider(this.port);
		rider.open(OPEN);
		Counts before = counts();

		List<HttpResponse<String>> answers = List.of(rider.open("NOPE404"), rider.open("rs001"), rider.open("RS001%20"),
				rider.open("x".repeat(200)), rider.checkIn("NOPE404", "DELIVERY"), rider.checkIn("rs001", "DELIVERY"));

		for (HttpResponse<String> answer : answers) {
			assertThat(answer.statusCode()).as(answer.uri().toString()).isEqualTo(404);
			assertThat(answer.body()).as(answer.uri().toString()).isEqualTo(answers.get(0).body());
		}
		String body = answers.get(0).body();
		assertThat(body).contains("没有这个站点").doesNotContain("NOPE404", "RS0", "驿站", "<form");
		assertThat(body.replaceAll("<[^>]*>", "").replaceAll("\\s", "")).isEqualTo("没有这个站点没有这个站点");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void a_post_without_the_form_token_is_refused_and_stores_nothing() throws Exception {
		Rider rider = new Rider(this.port);
		rider.open(OPEN);
		Counts before = counts();

		HttpResponse<String> withoutToken = rider.post(OPEN, "workerKind=DELIVERY");
		HttpResponse<String> wrongToken = rider.post(OPEN, "_csrf=forged&workerKind=DELIVERY");
		HttpResponse<String> withoutCookies = new Rider(this.port).post(OPEN,
				"_csrf=" + rider.token() + "&workerKind=DELIVERY");

		for (HttpResponse<String> refused : List.of(withoutToken, wrongToken, withoutCookies)) {
			assertThat(refused.statusCode()).isEqualTo(403);
			assertThat(refused.body()).contains("页面已过期", "本次未记录签到");
		}
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void a_bad_work_kind_or_facility_is_refused_with_a_chinese_page_and_stores_nothing() throws Exception {
		Rider rider = new Rider(this.port);
		rider.open(OPEN);
		Counts before = counts();

		HttpResponse<String> unknownKind = rider.checkIn(OPEN, "PILOT");
		HttpResponse<String> noKind = rider.checkIn(OPEN, null);
		HttpResponse<String> twoKinds = rider.post(OPEN,
				"_csrf=" + rider.token() + "&workerKind=DELIVERY&workerKind=COURIER");
		HttpResponse<String> unknownFacility = rider.checkIn(OPEN, "DELIVERY", "JACUZZI");
		rider.open(OPEN_WITHOUT_CHARGING);
		HttpResponse<String> facilityNotOffered = rider.checkIn(OPEN_WITHOUT_CHARGING, "DELIVERY", "CHARGING");

		assertThat(unknownKind.statusCode()).isEqualTo(400);
		assertThat(unknownKind.body()).contains("工作类型无效", "本次未记录");
		assertThat(noKind.statusCode()).isEqualTo(400);
		assertThat(noKind.body()).contains("请选择您的工作类型");
		assertThat(twoKinds.statusCode()).isEqualTo(400);
		assertThat(unknownFacility.statusCode()).isEqualTo(400);
		assertThat(unknownFacility.body()).contains("不是本站提供的");
		assertThat(facilityNotOffered.statusCode()).isEqualTo(400);
		assertThat(facilityNotOffered.body()).contains("不是本站提供的");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void an_oversized_body_or_a_wrong_method_is_refused_with_a_chinese_page_and_stores_nothing() throws Exception {
		Rider rider = new Rider(this.port);
		rider.open(OPEN);
		Counts before = counts();

		HttpResponse<String> oversized = rider.checkIn(OPEN, "DELIVERY", "WATER".repeat(2000));
		HttpResponse<String> put = rider.send(HttpRequest.newBuilder(URI.create(rider.base() + "/s/" + OPEN))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.PUT(BodyPublishers.ofString("_csrf=" + rider.token() + "&workerKind=DELIVERY")));

		assertThat(oversized.statusCode()).isEqualTo(413);
		assertThat(oversized.body()).contains("提交的内容过大", "本次未记录");
		assertThat(put.statusCode()).isEqualTo(405);
		assertThat(put.body()).contains("不接受这种请求");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void a_device_posting_too_often_is_refused_before_anything_is_looked_at() throws Exception {
		Rider rider = new Rider(this.port);
		rider.open(OPEN);
		assertThat(rider.checkIn(OPEN, "STREAMER").body()).contains("签到成功");
		HttpResponse<String> refused = null;
		// the device's burst is 6 posts; repeats within the window count too
		for (int i = 0; i < 6 && refused == null; i++) {
			HttpResponse<String> answer = rider.checkIn(OPEN, "STREAMER");
			if (answer.statusCode() == 429) {
				refused = answer;
			}
		}
		Counts before = counts();

		assertThat(refused).as("a post over the device's limit").isNotNull();
		assertThat(refused.body()).contains("操作太频繁", "本次未记录");
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		assertThat(rider.checkIn(OPEN, "STREAMER").statusCode()).isEqualTo(429);
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void the_stylesheet_is_small_and_cached() throws Exception {
		Rider rider = new Rider(this.port);

		HttpResponse<String> css = rider
			.send(HttpRequest.newBuilder(URI.create(rider.base() + "/s/_/page.css?v=1")).GET());

		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/css"));
		assertThat(css.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((cache) -> assertThat(cache).contains("max-age=604800"));
		assertThat(css.body().length()).isLessThan(4096);
	}

	/** The station's visits since the start of today in the console's zone. */
	private long visitsToday(String code) {
		LocalDateTime startOfToday = LocalDate.now(this.clock.withZone(this.zone))
			.atStartOfDay(this.zone)
			.withZoneSameInstant(ZoneOffset.UTC)
			.toLocalDateTime();
		return this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM station_visit v JOIN rider_station s"
						+ " ON s.id = v.station_id WHERE s.code = ? AND v.occurred_at >= ?",
				Long.class, code, startOfToday);
	}

	private long lastEventId() {
		Long id = this.jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM domain_event", Long.class);
		return (id != null) ? id : 0;
	}

	private Counts counts() {
		return new Counts(this.jdbc.queryForObject("SELECT COUNT(*) FROM station_visit", Long.class), this.jdbc
			.queryForObject("SELECT COUNT(*) FROM domain_event WHERE type = 'StationVisited'", Long.class));
	}

	private record Counts(long visits, long events) {

		Counts plus(long visits) {
			return new Counts(this.visits + visits, this.events + visits);
		}

	}

}
