package cn.pinghu.socialwork.screen.ui;

import java.time.Duration;
import java.util.UUID;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.screen.live.LiveMetricsService;
import cn.pinghu.socialwork.shared.ui.StationMap;
import cn.pinghu.socialwork.stations.StationDetails;
import cn.pinghu.socialwork.stations.StationDraft;
import cn.pinghu.socialwork.stations.StationService;
import cn.pinghu.socialwork.stations.StationStatus;
import cn.pinghu.socialwork.support.KaribuSupport;
import cn.pinghu.socialwork.visits.VisitRequest;
import cn.pinghu.socialwork.visits.VisitService;
import cn.pinghu.socialwork.visits.WorkerKind;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The station map on the wall's stations page. */
class StationScreenMapIT extends KaribuSupport {

	@Autowired
	LiveMetricsService metrics;

	@Autowired
	StationService stations;

	@Autowired
	VisitService visits;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void startFromTheDatabase() {
		this.metrics.reconcile();
	}

	@Test
	void the_map_has_a_dot_for_every_open_suspended_and_closed_station() {
		login("leader", Role.Names.LEADER);
		UI.getCurrent().navigate(StationScreenView.class);

		long inUse = 0;
		for (StationStatus status : StationStatus.values()) {
			inUse += this.jdbc.queryForObject(
					"SELECT COUNT(*) FROM rider_station WHERE status = ? AND archived_at IS NULL", Long.class,
					status.name());
		}
		StationMap map = map();
		assertThat(inUse).isPositive();
		assertThat(map.getElement().getAttribute(StationMap.DOT_COUNT_ATTRIBUTE)).isEqualTo(Long.toString(inUse));
		assertThat(map.getDots()).hasSize((int) inUse);
		assertThat(map.getElement().getProperty("regionCode", "")).as("Pinghu's shipped outline").isEqualTo("330482");
	}

	@Test
	void a_station_suspended_while_the_wall_is_on_turns_its_dot_yellow_without_a_reload() {
		login("leader", Role.Names.LEADER);
		UI.getCurrent().navigate(StationScreenView.class);
		StationDetails station = this.stations.station(id("RS002"));
		assertThat(state(station.id())).isEqualTo(StationStatus.OPEN.name());

		login("admin", Role.Names.ADMIN);
		StationDraft suspended = StationDraft.of(station);
		suspended.setStatus(StationStatus.SUSPENDED);
		StationDetails changed = this.stations.updateStation(station.id(), suspended);
		try {
			await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
				MockVaadin.runUIQueue();
				assertThat(state(station.id())).isEqualTo(StationStatus.SUSPENDED.name());
			});
		}
		finally {
			StationDraft reopened = StationDraft.of(this.stations.station(changed.id()));
			reopened.setStatus(StationStatus.OPEN);
			this.stations.updateStation(station.id(), reopened);
		}
	}

	@Test
	void a_visit_records_a_pulse_for_its_station_that_the_next_snapshot_carries() {
		long before = this.metrics.stationMap().latestPulse();
		this.visits.recordVisit("RS003", "demo-key-RS003",
				new VisitRequest(WorkerKind.COURIER, null, "map-" + UUID.randomUUID()));
		long station = id("RS003");

		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(
					() -> assertThat(this.metrics.stationMap().pulsesAfter(before).stationIds()).contains(station));
	}

	private long id(String code) {
		return this.jdbc.queryForObject("SELECT id FROM rider_station WHERE code = ?", Long.class, code);
	}

	private static String state(long stationId) {
		return map().getDots().stream().filter(dot -> dot.id() == stationId).findFirst().orElseThrow().state();
	}

	private static StationMap map() {
		return _get(StationMap.class, spec -> spec.withId(StationScreenView.MAP_ID));
	}

}
