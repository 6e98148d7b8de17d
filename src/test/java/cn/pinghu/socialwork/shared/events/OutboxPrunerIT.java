package cn.pinghu.socialwork.shared.events;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class OutboxPrunerIT {

	@Autowired
	OutboxPruner pruner;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void rows_older_than_seven_days_are_pruned_and_newer_ones_kept() {
		long eightDaysOld = insertEvent(Duration.ofDays(8));
		long eightDaysOldToo = insertEvent(Duration.ofDays(8).plusHours(3));
		long sixDaysOld = insertEvent(Duration.ofDays(6));
		long fresh = insertEvent(Duration.ZERO);

		this.pruner.prune();

		assertThat(ids(List.of(eightDaysOld, eightDaysOldToo, sixDaysOld, fresh))).containsExactly(sixDaysOld, fresh);
	}

	@Test
	void the_prune_runs_under_a_scheduler_lock_that_other_nodes_see() {
		this.pruner.prune();

		assertThat(
				this.jdbc.queryForObject("SELECT COUNT(*) FROM shedlock WHERE name = ?", Long.class, OutboxPruner.LOCK))
			.isEqualTo(1);
	}

	private List<Long> ids(List<Long> candidates) {
		return this.jdbc.queryForList("SELECT id FROM domain_event WHERE id IN (?, ?, ?, ?) ORDER BY id", Long.class,
				candidates.toArray());
	}

	private long insertEvent(Duration age) {
		LocalDateTime occurredAt = LocalDateTime.ofInstant(this.clock.instant().minus(age), ZoneOffset.UTC);
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update(connection -> {
			var statement = connection.prepareStatement(
					"INSERT INTO domain_event (type, payload, occurred_at) VALUES ('TestEvent', '{}', ?)",
					new String[] { "id" });
			statement.setTimestamp(1, Timestamp.valueOf(occurredAt));
			return statement;
		}, key);
		return key.getKey().longValue();
	}

}
