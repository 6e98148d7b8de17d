package cn.pinghu.socialwork.shared.events;

import cn.pinghu.socialwork.shared.Subscription;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox feed on the real database: events written by others reach subscribers, and
 * an id that commits after a higher one is still delivered, exactly once.
 */
@SpringBootTest
class DomainEventFeedIT {

	@Autowired
	DomainEventFeed feed;

	@Autowired
	DataSource dataSource;

	/**
	 * Each test starts with the feed caught up with the outbox: a probe event of its own
	 * has been delivered and the position has passed it. Ids that an earlier test's
	 * rolled-back transaction or a bulk insert took without a row are gaps, which hold
	 * the position back until they are given up
	 * ({@code console.outbox.max-transaction-age}, 60 s); the tests below measure their
	 * own events, so they wait that out first.
	 */
	@BeforeEach
	void theFeedHasCaughtUp() throws Exception {
		long probe;
		try (Connection connection = this.dataSource.getConnection()) {
			probe = insert(connection, new GapProbed(UUID.randomUUID().toString(), "probe"));
		}
		await().atMost(Duration.ofSeconds(90)).until(() -> this.feed.position() >= probe);
	}

	@Test
	void an_id_committed_late_after_a_higher_id_is_still_delivered_exactly_once() throws Exception {
		String run = UUID.randomUUID().toString();
		List<FeedEvent<GapProbed>> received = new CopyOnWriteArrayList<>();
		try (Subscription subscription = this.feed.subscribe(GapProbed.class, (event) -> {
			if (event.event().run().equals(run)) {
				received.add(event);
			}
		}); Connection slow = this.dataSource.getConnection(); Connection quick = this.dataSource.getConnection()) {
			slow.setAutoCommit(false);
			long lower = insert(slow, new GapProbed(run, "slow"));
			long higher = insert(quick, new GapProbed(run, "quick"));
			assertThat(higher).isGreaterThan(lower);

			await().atMost(Duration.ofSeconds(2)).until(() -> received.size() == 1);
			assertThat(received.get(0).outboxId()).isEqualTo(higher);
			assertThat(this.feed.position()).as("the open transaction holds the position back").isLessThan(lower);

			slow.commit();

			await().atMost(Duration.ofSeconds(2)).until(() -> received.size() == 2);
			assertThat(received.get(1).outboxId()).isEqualTo(lower);
			assertThat(received.get(1).event()).isEqualTo(new GapProbed(run, "slow"));
			assertThat(received.get(1).committedAt()).as("the time the row was written").isNotNull();
			await().atMost(Duration.ofSeconds(2)).until(() -> this.feed.position() >= higher);
			// Several more polls: nothing arrives twice.
			await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(2)).until(() -> received.size() == 2);
		}
		assertThat(received).extracting(FeedEvent::outboxId).doesNotHaveDuplicates();
	}

	@Test
	void a_cancelled_subscription_hears_nothing_more() throws Exception {
		String run = UUID.randomUUID().toString();
		List<FeedEvent<GapProbed>> received = new CopyOnWriteArrayList<>();
		Subscription subscription = this.feed.subscribe(GapProbed.class, received::add);
		try (Connection connection = this.dataSource.getConnection()) {
			long first = insert(connection, new GapProbed(run, "first"));
			await().atMost(Duration.ofSeconds(2)).until(() -> this.feed.position() >= first);
			subscription.cancel();
			subscription.cancel();
			long second = insert(connection, new GapProbed(run, "second"));
			await().atMost(Duration.ofSeconds(2)).until(() -> this.feed.position() >= second);
		}
		assertThat(received).extracting((event) -> event.event().label()).containsExactly("first");
	}

	private static long insert(Connection connection, GapProbed event) throws Exception {
		try (PreparedStatement insert = connection.prepareStatement(
				"INSERT INTO domain_event (type, payload, occurred_at) VALUES (?, ?, ?)",
				Statement.RETURN_GENERATED_KEYS)) {
			insert.setString(1, GapProbed.class.getSimpleName());
			insert.setString(2, "{\"run\":\"" + event.run() + "\",\"label\":\"" + event.label() + "\"}");
			insert.setTimestamp(3, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)));
			insert.executeUpdate();
			try (ResultSet keys = insert.getGeneratedKeys()) {
				keys.next();
				return keys.getLong(1);
			}
		}
	}

	/** An event that only this test publishes. */
	record GapProbed(String run, String label) {
	}

}
