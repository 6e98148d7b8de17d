package cn.pinghu.socialwork.screen.ui;

import java.time.Duration;
import java.util.List;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.shared.ui.ApexChart;
import cn.pinghu.socialwork.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Until a drive or a round is open, the wall screens say so, draw no chart over empty
 * axes, and lead an administrator to open one; a leader reads the plain message. The
 * seeded drive and round are marked closed for the test and open again afterwards.
 */
class ScreensWithoutCampaignIT extends KaribuSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ScreenFigures figures;

	private List<Long> closedDrives = List.of();

	private List<Long> closedRounds = List.of();

	@BeforeEach
	void closeTheSeededCampaigns() {
		this.closedDrives = this.jdbc.queryForList("SELECT id FROM coverage_drive WHERE closed_at IS NULL", Long.class);
		this.closedRounds = this.jdbc.queryForList("SELECT id FROM election_round WHERE closed_at IS NULL", Long.class);
		this.jdbc.update("UPDATE coverage_drive SET closed_at = UTC_TIMESTAMP(6) WHERE closed_at IS NULL");
		this.jdbc.update("UPDATE election_round SET closed_at = UTC_TIMESTAMP(6) WHERE closed_at IS NULL");
		this.figures.coverage().changed();
		this.figures.elections().changed();
	}

	@AfterEach
	void reopenThem() {
		this.closedDrives
			.forEach(id -> this.jdbc.update("UPDATE coverage_drive SET closed_at = NULL WHERE id = ?", id));
		this.closedRounds
			.forEach(id -> this.jdbc.update("UPDATE election_round SET closed_at = NULL WHERE id = ?", id));
		this.figures.coverage().changed();
		this.figures.elections().changed();
	}

	@Test
	void an_administrator_is_led_to_open_a_round_and_sees_no_empty_funnel() {
		login("admin", Role.Names.ADMIN);
		UI.getCurrent().navigate(ElectionScreenView.class);
		ElectionScreenView view = _get(ElectionScreenView.class);

		awaitText(ElectionScreenView.ROUND_ID, "目前没有进行中的换届");
		// Karibu finds visible components only: the funnel is there, hidden
		assertThat(_find(view, ApexChart.class, spec -> spec.withId(ElectionScreenView.FUNNEL_CHART_ID))).isEmpty();
		assertThat(view.openRound.isVisible()).isTrue();
		assertThat(_get(view.openRound, RouterLink.class).getHref()).isEqualTo(ElectionScreenView.ROUND_SETTINGS_ROUTE);
	}

	@Test
	void an_administrator_is_led_to_open_a_drive() {
		login("admin", Role.Names.ADMIN);
		UI.getCurrent().navigate(CoverageScreenView.class);
		CoverageScreenView view = _get(CoverageScreenView.class);
		awaitText(CoverageScreenView.DRIVE_ID, "目前没有进行中的集中攻坚");
		assertThat(view.openDrive.isVisible()).isTrue();
		assertThat(_get(view.openDrive, RouterLink.class).getHref()).isEqualTo(CoverageScreenView.DRIVE_SETTINGS_ROUTE);
	}

	@Test
	void a_leader_reads_the_plain_message_without_a_link() {
		login("leader", Role.Names.LEADER);
		UI.getCurrent().navigate(CoverageScreenView.class);
		CoverageScreenView leaders = _get(CoverageScreenView.class);
		awaitText(CoverageScreenView.DRIVE_ID, "目前没有进行中的集中攻坚");
		assertThat(leaders.openDrive.isVisible()).isFalse();
		assertThat(_find(leaders.openDrive, RouterLink.class)).isEmpty();
	}

	private static void awaitText(String id, String text) {
		await().pollInSameThread().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			MockVaadin.clientRoundtrip();
			assertThat(_get(Span.class, spec -> spec.withId(id)).getText()).isEqualTo(text);
		});
	}

}
