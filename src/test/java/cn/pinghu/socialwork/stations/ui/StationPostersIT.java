package cn.pinghu.socialwork.stations.ui;

import java.io.IOException;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.stations.PosterPdf;
import cn.pinghu.socialwork.stations.StationService;
import cn.pinghu.socialwork.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The poster downloads of the station list: for administrators and coordinators only. */
class StationPostersIT extends KaribuSupport {

	/** 当湖街道, the demo coordinator's town, and 钟埭街道, not theirs. */
	private static final long DANGHU = 1L;

	private static final long ZHONGDAI = 2L;

	@Autowired
	StationService stations;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void an_administrator_downloads_all_posters_and_each_station_poster() {
		login("admin", Role.Names.ADMIN);
		StationListView view = open();

		assertThat(view.allPosters).isInstanceOf(Anchor.class);
		assertThat(LocatorJ._find(Anchor.class, spec -> spec.withClasses("all-posters"))).hasSize(1);
		assertThat(((Anchor) view.allPosters).getText()).isEqualTo("全部站点海报");
		assertThat(((Anchor) view.allPosters).getHref()).isNotEmpty();

		PosterPanel poster = showStationOf(view, ZHONGDAI);
		assertThat(poster.download.isVisible()).isTrue();
		assertThat(poster.download).isInstanceOf(Anchor.class);
		assertThat(poster.state.isVisible()).isFalse();
		assertThat(poster.address.getText()).startsWith("二维码指向：http").endsWith("/s/" + code(ZHONGDAI));
	}

	@Test
	void a_coordinator_downloads_the_posters_of_their_towns_stations_only() {
		login("coordinator", Role.Names.COORDINATOR);
		StationListView view = open();

		assertThat(LocatorJ._find(Anchor.class, spec -> spec.withClasses("all-posters"))).hasSize(1);
		PosterPanel own = showStationOf(view, DANGHU);
		assertThat(own.download.isVisible()).isTrue();

		PosterPanel other = showStationOf(view, ZHONGDAI);
		assertThat(other.download.isVisible()).isFalse();
		assertThat(other.state.getText()).isEqualTo("只能打印您负责的镇街道的站点海报。");
	}

	@Test
	void the_links_download_the_station_poster_and_the_posters_of_the_coordinator_towns() throws IOException {
		login("coordinator", Role.Names.COORDINATOR);
		StationListView view = open();
		PosterPanel poster = showStationOf(view, DANGHU);
		TabSheet tabs = LocatorJ._get(view.form, TabSheet.class);
		tabs.setSelectedTab(tabs.getTab(poster));

		try (PosterPdf pdf = PosterPdf.read(DownloadKt._download((Anchor) poster.download))) {
			assertThat(pdf.pages()).isEqualTo(1);
			assertThat(pdf.qrCode(0)).endsWith("/s/" + code(DANGHU));
		}
		try (PosterPdf pdf = PosterPdf.read(DownloadKt._download((Anchor) view.allPosters))) {
			assertThat(pdf.pages()).isEqualTo(this.jdbc.queryForObject(
					"SELECT COUNT(*) FROM rider_station WHERE archived_at IS NULL AND town_id = ?", Integer.class,
					DANGHU));
		}
	}

	@Test
	void a_leader_has_no_poster_downloads() {
		login("leader", Role.Names.LEADER);
		StationListView view = open();

		assertThat(view.allPosters).isNull();
		assertThat(view.form.poster).isNull();
		assertThat(LocatorJ._find(Component.class, spec -> spec.withClasses("all-posters"))).isEmpty();
		view.form.edit(this.stations.station(id(DANGHU)));
		assertThat(LocatorJ._find(PosterPanel.class)).isEmpty();
	}

	private static StationListView open() {
		UI.getCurrent().navigate(StationListView.class);
		return LocatorJ._get(StationListView.class);
	}

	private PosterPanel showStationOf(StationListView view, long town) {
		view.form.edit(this.stations.station(id(town)));
		assertThat(view.form.poster).isNotNull();
		return view.form.poster;
	}

	private long id(long town) {
		return this.jdbc.queryForObject(
				"SELECT id FROM rider_station WHERE archived_at IS NULL AND town_id = ? ORDER BY code LIMIT 1",
				Long.class, town);
	}

	private String code(long town) {
		return this.jdbc.queryForObject(
				"SELECT code FROM rider_station WHERE archived_at IS NULL AND town_id = ? ORDER BY code LIMIT 1",
				String.class, town);
	}

}
