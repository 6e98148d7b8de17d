package cn.pinghu.socialwork.visits.checkin;

import java.util.Set;

import cn.pinghu.socialwork.stations.CheckInStation;
import cn.pinghu.socialwork.stations.Facility;
import cn.pinghu.socialwork.stations.KeyedStation;
import cn.pinghu.socialwork.stations.StationStatus;
import cn.pinghu.socialwork.visits.CheckInResult;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class CheckInPageTest {

	private final CheckInPage page = new CheckInPage(messages());

	@Test
	void the_stations_texts_are_escaped_and_the_page_runs_no_script() {
		CheckInStation station = station("<script>alert(1)</script>驿站", "08:00-20:00\"><b>", StationStatus.OPEN,
				Set.of(Facility.WATER));

		String html = this.page.form(station, "_csrf", "to\"ken");

		assertThat(html).doesNotContain("<script", "<b>", "to\"ken")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;驿站", "value=\"to&quot;ken\"");
	}

	@Test
	void the_form_offers_every_work_kind_and_only_the_stations_facilities() {
		String html = this.page
			.form(station("驿站", null, StationStatus.OPEN, Set.of(Facility.MICROWAVE, Facility.WATER)), "_csrf", "t");

		assertThat(html).contains("外卖", "快递", "网约车", "货车", "主播", "其他", "value=\"MICROWAVE\"", "value=\"WATER\"",
				"开放时间：以站点公告为准");
		assertThat(html).doesNotContain("value=\"CHARGING\"");
		assertThat(html.indexOf("饮用水")).as("facilities in their order").isLessThan(html.indexOf("微波炉"));
	}

	@Test
	void a_station_that_is_not_open_has_no_form() {
		String html = this.page.form(station("驿站", "08:00-20:00", StationStatus.SUSPENDED, Set.of()), "_csrf", "t");

		assertThat(html).contains("本站点暂停开放", "不开放").doesNotContain("<form");
	}

	@Test
	void a_repeat_says_already_checked_in_with_the_window_and_todays_count() {
		String html = this.page
			.thanks(new CheckInResult(station("驿站", null, StationStatus.OPEN, Set.of()), false, 1234), 30);

		assertThat(html).contains("已签到", "30 分钟内", "今天本站已服务 1,234 人次").doesNotContain("签到成功");
	}

	private static CheckInStation station(String name, String hours, StationStatus status, Set<Facility> facilities) {
		return new CheckInStation(new KeyedStation(1, "RS001", status, 1), name, hours, facilities);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/checkin", "i18n/stations");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
