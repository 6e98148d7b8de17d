package cn.pinghu.socialwork.shared.events;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The gap rule: what a node delivers, when, and when it gives a missing id up. */
class OutboxCursorTest {

	private static final Duration MAX_AGE = Duration.ofSeconds(60);

	private static final Instant NOW = Instant.parse("2026-11-28T04:00:00Z");

	private final OutboxCursor cursor = new OutboxCursor(10, MAX_AGE);

	@Test
	void rows_in_order_move_the_position_with_them() {
		deliver(11, NOW);
		deliver(12, NOW);

		assertThat(this.cursor.advance(NOW)).isZero();

		assertThat(this.cursor.position()).isEqualTo(12);
		assertThat(this.cursor.hasGaps()).isFalse();
		assertThat(this.cursor.isPending(12)).isFalse();
		assertThat(this.cursor.isPending(13)).isTrue();
	}

	@Test
	void a_row_above_a_missing_id_is_delivered_at_once_and_the_missing_id_is_waited_for() {
		deliver(12, NOW);
		this.cursor.advance(NOW);

		assertThat(this.cursor.highest()).isEqualTo(12);
		assertThat(this.cursor.position()).as("11 may still commit").isEqualTo(10);
		assertThat(this.cursor.hasGaps()).isTrue();
		assertThat(this.cursor.gapBounds()).containsExactly(11, 11);
		assertThat(this.cursor.isPending(11)).isTrue();
		assertThat(this.cursor.isPending(12)).as("delivered once").isFalse();
	}

	@Test
	void a_missing_id_that_commits_late_is_delivered_once_and_closes_the_gap() {
		deliver(12, NOW);
		this.cursor.advance(NOW);

		assertThat(this.cursor.filled(List.of(11L, 12L))).containsExactly(11L);
		deliver(11, NOW);
		this.cursor.advance(NOW.plusSeconds(1));

		assertThat(this.cursor.position()).isEqualTo(12);
		assertThat(this.cursor.hasGaps()).isFalse();
		assertThat(this.cursor.filled(List.of(11L, 12L))).isEmpty();
		assertThat(this.cursor.isPending(11)).isFalse();
	}

	@Test
	void a_missing_id_is_given_up_only_once_its_transaction_would_be_older_than_the_maximum_age() {
		deliver(14, NOW);

		assertThat(this.cursor.advance(NOW.plus(MAX_AGE).minusMillis(1))).isZero();
		assertThat(this.cursor.position()).isEqualTo(10);

		assertThat(this.cursor.advance(NOW.plus(MAX_AGE))).isEqualTo(3);
		assertThat(this.cursor.position()).isEqualTo(14);
		assertThat(this.cursor.hasGaps()).isFalse();
		assertThat(this.cursor.isPending(12)).isFalse();
	}

	@Test
	void an_old_gap_found_on_catching_up_is_given_up_at_once() {
		// Galera leaves gaps between one writer's ids; a row written two minutes ago
		// proves that nothing below it is still open.
		deliver(13, NOW.minusSeconds(120));
		deliver(16, NOW.minusSeconds(119));

		assertThat(this.cursor.advance(NOW)).isEqualTo(4);

		assertThat(this.cursor.position()).isEqualTo(16);
	}

	@Test
	void a_writer_clock_ahead_of_ours_does_not_hold_a_gap_open_longer() {
		deliver(12, NOW.plusSeconds(30));

		assertThat(this.cursor.advance(NOW.plus(MAX_AGE))).isEqualTo(1);
		assertThat(this.cursor.position()).isEqualTo(12);
	}

	@Test
	void a_gap_part_filled_keeps_waiting_for_the_rest() {
		deliver(15, NOW);
		deliver(12, NOW);
		this.cursor.advance(NOW);

		assertThat(this.cursor.filled(List.of(11L, 12L, 13L, 15L))).containsExactly(11L, 13L);
		deliver(11, NOW);
		this.cursor.advance(NOW);

		assertThat(this.cursor.position()).isEqualTo(12);
		assertThat(this.cursor.isPending(13)).isTrue();
		assertThat(this.cursor.isPending(14)).isTrue();

		assertThat(this.cursor.advance(NOW.plus(MAX_AGE))).isEqualTo(2);
		assertThat(this.cursor.position()).isEqualTo(15);
	}

	private void deliver(long id, Instant occurredAt) {
		assertThat(this.cursor.isPending(id)).as("row %d is pending", id).isTrue();
		this.cursor.delivered(id, occurredAt, NOW);
	}

}
