package cn.pinghu.socialwork.visits.demo;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator switched on in a full application against the embedded MariaDB. The
 * context is closed after the class so that its scheduled traffic stops before other
 * tests of the JVM count visits.
 */
@SpringBootTest(properties = "console.simulator.enabled=true")
@DirtiesContext
class DemoTrafficSimulatorIT {

	@Autowired
	DemoTrafficSimulator simulator;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void ticks_store_visits_and_their_events_through_the_station_service() {
		long visitsBefore = simulatedVisits();
		long eventsBefore = stationVisitedEvents();

		int recorded = 0;
		for (int i = 0; i < DemoTrafficSimulator.MAX_QUIET_TICKS; i++) {
			recorded += this.simulator.tick();
		}

		// the scheduled ticks run too, so the counts rise at least by what these ticks
		// did
		assertThat(recorded).isPositive();
		assertThat(simulatedVisits()).isGreaterThanOrEqualTo(visitsBefore + recorded);
		assertThat(stationVisitedEvents()).isGreaterThanOrEqualTo(eventsBefore + recorded);
	}

	private long simulatedVisits() {
		return count("SELECT COUNT(*) FROM station_visit WHERE idempotency_key LIKE 'sim-%'");
	}

	private long stationVisitedEvents() {
		return count("SELECT COUNT(*) FROM domain_event WHERE type = 'StationVisited'");
	}

	private long count(String sql) {
		Long rows = this.jdbc.queryForObject(sql, Long.class);
		return (rows != null) ? rows : 0;
	}

}
