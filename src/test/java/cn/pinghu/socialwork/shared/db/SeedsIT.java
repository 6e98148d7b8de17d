package cn.pinghu.socialwork.shared.db;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.pinghu.socialwork.coverage.BranchActivityRecorded;
import cn.pinghu.socialwork.shared.events.DomainEvents;
import cn.pinghu.socialwork.shared.events.PastEvent;
import cn.pinghu.socialwork.stations.OpeningHours;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo seeds arrive in MariaDB exactly as the CSV files hold them, Chinese text
 * included.
 */
@SpringBootTest
class SeedsIT {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DomainEvents events;

	@Test
	void towns_communities_and_stations_keep_their_chinese_names_byte_for_byte() throws IOException {
		assertSameNames("towns.csv", "town");
		assertSameNames("communities.csv", "community");
		assertSameNames("rider_stations.csv", "rider_station");
		Map<String, Object> addresses = this.jdbc
			.queryForMap("SELECT address, host_unit FROM rider_station WHERE code = 'RS001'");
		CSVRecord rs001 = read("rider_stations.csv").get(0);
		assertThat(addresses).containsEntry("address", rs001.get("address"))
			.containsEntry("host_unit", rs001.get("host_unit"));
	}

	@Test
	void the_article_places_are_in_their_towns() {
		assertThat(townOf("北墅社区")).isEqualTo("钟埭街道");
		assertThat(townOf("滨湖社区")).isEqualTo("当湖街道");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM community WHERE name = '徐家埭村'", Long.class))
			.isEqualTo(1);
	}

	@Test
	void stations_are_coded_rs001_to_rs114_inside_pinghu_with_a_few_not_open() {
		assertThat(this.jdbc.queryForList("SELECT code FROM rider_station ORDER BY code", String.class)).hasSize(114)
			.startsWith("RS001")
			.endsWith("RS114");
		assertThat(
				this.jdbc.queryForObject("SELECT COUNT(*) FROM rider_station WHERE latitude NOT BETWEEN 30.60 AND 30.85"
						+ " OR longitude NOT BETWEEN 120.90 AND 121.30", Long.class))
			.isZero();
		assertThat(
				this.jdbc.queryForObject("SELECT COUNT(*) FROM rider_station WHERE status = 'SUSPENDED'", Long.class))
			.isPositive();
	}

	@Test
	void seeded_visits_cover_the_last_seven_days_with_meal_time_peaks() {
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(DISTINCT DATE(occurred_at + INTERVAL 8 HOUR)) FROM station_visit WHERE idempotency_key LIKE 'seed-%'",
				Long.class))
			.isBetween(7L, 8L);
		Long lunch = visitsInLocalHour(11);
		Long night = visitsInLocalHour(3);
		Long afternoon = visitsInLocalHour(15);
		assertThat(lunch).isGreaterThan(afternoon);
		assertThat(afternoon).isGreaterThan(night);
		assertThat(visitsInLocalHour(17)).isGreaterThan(afternoon);
	}

	@Test
	void seeded_visits_fall_within_their_stations_opening_hours() {
		List<String> outside = new ArrayList<>();
		long[] seen = { 0 };
		this.jdbc.query("""
				SELECT s.code, s.opening_hours, TIME(v.occurred_at + INTERVAL 8 HOUR) AS local_time
				FROM station_visit v JOIN rider_station s ON s.id = v.station_id
				WHERE v.idempotency_key LIKE 'seed-%'""", (RowCallbackHandler) (row) -> {
			seen[0]++;
			LocalTime at = row.getTime("local_time").toLocalTime();
			if (!OpeningHours.openAt(row.getString("opening_hours"), at)) {
				outside.add(row.getString("code") + " " + row.getString("opening_hours") + " at " + at);
			}
		});

		assertThat(seen[0]).isGreaterThan(10_000);
		assertThat(outside).as("seeded visits outside their station's hours").isEmpty();
	}

	@Test
	void a_fresh_demo_has_news_for_the_ticker_that_reads_back_as_the_events_the_console_publishes() {
		List<PastEvent> news = this.events.latest(List.of(BranchActivityRecorded.class), 20);

		assertThat(news).isNotEmpty();
		assertThat(news).allSatisfy((past) -> {
			BranchActivityRecorded activity = (BranchActivityRecorded) past.event();
			Map<String, Object> row = this.jdbc.queryForMap("""
					SELECT a.organization_id, o.town_id, a.held_on, a.kind, a.attendees
					FROM party_activity a JOIN organization o ON o.id = a.organization_id WHERE a.id = ?""",
					activity.activityId());
			assertThat(((Number) row.get("organization_id")).longValue()).isEqualTo(activity.organizationId());
			assertThat(((Number) row.get("town_id")).longValue()).isEqualTo(activity.townId());
			assertThat(row.get("held_on").toString()).isEqualTo(activity.heldOn().toString());
			assertThat(row.get("kind")).isEqualTo(activity.kind().name());
			assertThat(((Number) row.get("attendees")).intValue()).isEqualTo(activity.attendees());
			assertThat(past.occurredAt()).isBeforeOrEqualTo(Instant.now());
		});
	}

	@Test
	void no_two_stations_share_an_address() {
		assertThat(this.jdbc.queryForList("SELECT address FROM rider_station GROUP BY address HAVING COUNT(*) > 1",
				String.class))
			.isEmpty();
	}

	private Long visitsInLocalHour(int hour) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM station_visit WHERE idempotency_key LIKE 'seed-%'"
				+ " AND HOUR(occurred_at + INTERVAL 8 HOUR) = ?", Long.class, hour);
	}

	private String townOf(String community) {
		return this.jdbc.queryForObject(
				"SELECT t.name FROM community c JOIN town t ON t.id = c.town_id WHERE c.name = ?", String.class,
				community);
	}

	private void assertSameNames(String file, String table) throws IOException {
		List<String> expected = read(file).stream().map(row -> row.get("code") + "=" + row.get("name")).toList();
		List<String> actual = this.jdbc.queryForList("SELECT CONCAT(code, '=', name) FROM " + table, String.class);
		// Other tests may have added rows (CI runs the whole suite on one server schema):
		// every seed
		// row must be there with its name intact.
		assertThat(actual).as(table).containsAll(expected);
	}

	private static List<CSVRecord> read(String file) throws IOException {
		try (Reader reader = new InputStreamReader(new ClassPathResource("seeds/" + file).getInputStream(),
				StandardCharsets.UTF_8)) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

}
