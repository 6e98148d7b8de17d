package cn.pinghu.socialwork.requests.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import cn.pinghu.socialwork.support.Rider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 我要反映 over real HTTP: a rider opens a station's request page from its check-in page and
 * files a request, which becomes a case of the station's town (channel
 * {@code CHECKIN_PAGE}). Every refusal is a page in Chinese and stores nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RequestPageIT {

	private static final String OPEN = "RS001";

	private static final String SUSPENDED = "RS024";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	/** The newest case before the test: what the test files lies above it. */
	private long newestBefore;

	@BeforeEach
	void rememberTheNewestCase() {
		this.newestBefore = this.jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM rider_request", Long.class);
	}

	/** The cases this test filed go, with their audit rows: other tests count theirs. */
	@AfterEach
	void removeTheFiledCases() {
		this.jdbc.update("DELETE FROM audit_entry WHERE entity_type = 'RiderRequest' AND entity_id > ?",
				this.newestBefore);
		this.jdbc.update("DELETE FROM rider_request WHERE id > ?", this.newestBefore);
	}

	@Test
	void the_check_in_page_links_to_the_request_page_which_says_how_a_phone_number_is_used() throws Exception {
		Rider rider = new Rider(this.port);

		assertThat(rider.open(OPEN).body()).contains("href=\"RS001/request\"", "我要反映");
		HttpResponse<String> page = rider.open(OPEN + "/request");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body())
			.contains("我要反映", "环城北路新就业群体驿站", "劳动报酬与权益", "与平台或商户纠纷", "maxlength=\"500\"", "号码只给处理此事的工作人员看")
			.doesNotContain("<script");
		assertThat(rider.token()).isNotEmpty();
	}

	@Test
	void a_filed_request_becomes_a_case_of_the_stations_town_with_its_number() throws Exception {
		Rider rider = new Rider(this.port);
		rider.open(OPEN + "/request");
		long before = cases();
		String text = "晚上驿站门口没有路灯，停车不方便。".repeat(25);

		HttpResponse<String> receipt = rider.post(OPEN + "/request",
				form(rider, "category", "TRAFFIC", "text", text, "phone", "13812341234"));

		assertThat(receipt.statusCode()).as(receipt.body()).isEqualTo(200);
		assertThat(receipt.body()).contains("已收到");
		assertThat(cases()).isEqualTo(before + 1);
		Map<String, Object> stored = this.jdbc.queryForMap("SELECT r.id, r.channel, r.category, r.text, r.phone,"
				+ " r.town_id, s.town_id AS station_town FROM rider_request r JOIN rider_station s ON s.id = r.station_id"
				+ " ORDER BY r.id DESC LIMIT 1");
		assertThat(stored).containsEntry("channel", "CHECKIN_PAGE")
			.containsEntry("category", "TRAFFIC")
			.containsEntry("text", text)
			.containsEntry("phone", "13812341234");
		assertThat(stored.get("town_id")).isEqualTo(stored.get("station_town"));
		assertThat(receipt.body()).contains("编号 " + stored.get("id"));
	}

	@Test
	void a_request_without_a_category_or_text_or_over_500_characters_stores_nothing() throws Exception {
		Rider rider = new Rider(this.port);
		rider.open(OPEN + "/request");
		long before = cases();

		HttpResponse<String> empty = rider.post(OPEN + "/request", form(rider, "text", ""));
		HttpResponse<String> unknown = rider.post(OPEN + "/request",
				form(rider, "category", "ASTROLOGY", "text", "你好"));
		HttpResponse<String> tooLong = rider.post(OPEN + "/request",
				form(rider, "category", "OTHER", "text", "长".repeat(501)));
		HttpResponse<String> badPhone = rider.post(OPEN + "/request",
				form(rider, "category", "OTHER", "text", "你好", "phone", "call me"));

		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("请选择诉求类别", "请填写诉求内容");
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("请选择诉求类别");
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(tooLong.body()).contains("内容不能超过 500 字");
		assertThat(badPhone.statusCode()).isEqualTo(400);
		assertThat(cases()).isEqualTo(before);
	}

	@Test
	void a_post_without_the_pages_token_or_to_a_station_not_open_or_unknown_stores_nothing() throws Exception {
		Rider rider = new Rider(this.port);
		long before = cases();

		HttpResponse<String> forged = rider.post(OPEN + "/request", "category=OTHER&text=" + encode("你好"));
		rider.open(OPEN + "/request");
		assertThat(rider.open(SUSPENDED + "/request").body()).doesNotContain("<form");
		HttpResponse<String> suspended = rider.post(SUSPENDED + "/request",
				form(rider, "category", "OTHER", "text", "你好"));
		HttpResponse<String> unknown = rider.open("RS999/request");
		HttpResponse<String> lowerCase = rider.open("rs001/request");

		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(suspended.statusCode()).isEqualTo(404);
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("没有这个站点");
		assertThat(lowerCase.body()).isEqualTo(unknown.body());
		assertThat(cases()).isEqualTo(before);
	}

	private long cases() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM rider_request", Long.class);
	}

	/** The form's body, with the token the rider's last page gave. */
	private static String form(Rider rider, String... fieldsAndValues) {
		StringBuilder body = new StringBuilder("_csrf=").append(encode(rider.token()));
		for (int i = 0; i < fieldsAndValues.length; i += 2) {
			body.append('&').append(fieldsAndValues[i]).append('=').append(encode(fieldsAndValues[i + 1]));
		}
		return body.toString();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
