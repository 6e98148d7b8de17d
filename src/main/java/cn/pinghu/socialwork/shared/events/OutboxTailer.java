package cn.pinghu.socialwork.shared.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Consumer;

import cn.pinghu.socialwork.shared.concurrent.Coalescer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Reads the {@code domain_event} outbox behind this node's last position and hands every
 * committed row to a sink, once, in batches of {@value #BATCH} read with a plain indexed
 * query ({@code id > ?}). It polls every {@code pollInterval} (at most 250 ms) on a
 * scheduler thread of its own, and at once when {@link #wake()} is called (after a local
 * commit). Missing ids are handled by the gap rule of {@link OutboxCursor}: never
 * skipped, delivered late exactly once, given up only when provably abandoned.
 * <p>
 * While the database cannot be read it tells the reachability listener {@code false},
 * keeps trying at the same pace, and says {@code true} again on the first good read.
 */
final class OutboxTailer implements AutoCloseable {

	static final int BATCH = 500;

	private static final Logger log = LoggerFactory.getLogger(OutboxTailer.class);

	private static final String COLUMNS = "SELECT id, type, payload, occurred_at FROM domain_event ";

	private static final RowMapper<OutboxRow> ROWS = OutboxTailer::row;

	private final JdbcTemplate jdbc;

	private final Consumer<OutboxRow> sink;

	private final Consumer<Boolean> reachability;

	private final Clock clock;

	private final OutboxCursor cursor;

	private final ThreadPoolTaskScheduler scheduler;

	private volatile @Nullable ScheduledFuture<?> polls;

	/** Wakes that pile up while a read is queued are read once. */
	private final Coalescer wakes;

	private volatile long position;

	/** The newest id read from the outbox. */
	private volatile long newest;

	/**
	 * When the last read that reached the end of the outbox began: every event committed
	 * before it has been handed on.
	 */
	private volatile Instant caughtUpAt;

	private volatile boolean reachable = true;

	OutboxTailer(JdbcTemplate jdbc, Consumer<OutboxRow> sink, Consumer<Boolean> reachability, Clock clock,
			Duration maxTransactionAge, ThreadPoolTaskScheduler scheduler) {
		this.jdbc = jdbc;
		this.sink = sink;
		this.reachability = reachability;
		this.clock = clock;
		this.cursor = new OutboxCursor(startingPoint(jdbc, clock.instant().minus(maxTransactionAge)),
				maxTransactionAge);
		this.position = this.cursor.position();
		this.newest = this.cursor.highest();
		this.caughtUpAt = clock.instant();
		this.scheduler = scheduler;
		this.wakes = Coalescer.immediate().handingOffTo(scheduler).build(this::poll);
	}

	/**
	 * Where a starting node begins: after the newest row older than the maximum
	 * transaction age. Everything up to it is settled; anything later is read, so that a
	 * transaction still open at the start is not missed.
	 */
	private static long startingPoint(JdbcTemplate jdbc, Instant settledBefore) {
		List<Long> settled = jdbc.queryForList(
				"SELECT id FROM domain_event WHERE occurred_at < ? ORDER BY occurred_at DESC, id DESC LIMIT 1",
				Long.class, LocalDateTime.ofInstant(settledBefore, ZoneOffset.UTC));
		return settled.isEmpty() ? 0 : settled.get(0);
	}

	void start(Duration pollInterval) {
		this.polls = this.scheduler.scheduleWithFixedDelay(this::poll, pollInterval);
	}

	/**
	 * Reads now rather than at the next poll; calls that pile up read once. Before the
	 * tailer started, or once it stopped, the polls cover it.
	 */
	void wake() {
		if (this.polls != null) {
			this.wakes.trigger();
		}
	}

	/**
	 * Every id up to this one has been handed to the sink (the sink has returned) or was
	 * abandoned.
	 */
	long position() {
		return this.position;
	}

	boolean reachable() {
		return this.reachable;
	}

	/** The newest outbox id this node has read. */
	long newest() {
		return this.newest;
	}

	/** When the last read that reached the end of the outbox began. */
	Instant caughtUpAt() {
		return this.caughtUpAt;
	}

	/** One read: late rows of open gaps first, then the new rows, batch by batch. */
	void poll() {
		Instant started = this.clock.instant();
		try {
			if (this.cursor.hasGaps()) {
				long[] bounds = this.cursor.gapBounds();
				List<Long> visible = this.jdbc.queryForList(
						"SELECT id FROM domain_event WHERE id BETWEEN ? AND ? ORDER BY id", Long.class, bounds[0],
						bounds[1]);
				List<Long> late = this.cursor.filled(visible);
				for (int from = 0; from < late.size(); from += BATCH) {
					List<Long> chunk = late.subList(from, Math.min(late.size(), from + BATCH));
					String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
					deliver(this.jdbc.query(COLUMNS + "WHERE id IN (" + marks + ") ORDER BY id", ROWS,
							chunk.toArray()));
				}
			}
			List<OutboxRow> rows;
			do {
				rows = this.jdbc.query(COLUMNS + "WHERE id > ? ORDER BY id LIMIT ?", ROWS, this.cursor.highest(),
						BATCH);
				deliver(rows);
			}
			while (rows.size() == BATCH);
			long abandoned = this.cursor.advance(this.clock.instant());
			if (abandoned > 0) {
				log.debug("Outbox ids given up as never committed: {}, now at {}", abandoned, this.cursor.position());
			}
			this.position = this.cursor.position();
			this.newest = this.cursor.highest();
			this.caughtUpAt = started;
			reachable(true);
		}
		catch (DataAccessException ex) {
			if (this.reachable) {
				log.warn("Cannot read the outbox; live numbers stand still until the database is back: {}",
						ex.getMessage());
			}
			reachable(false);
		}
		catch (RuntimeException ex) {
			log.error("Outbox poll failed", ex);
		}
	}

	private void deliver(List<OutboxRow> rows) {
		Instant now = this.clock.instant();
		for (OutboxRow row : rows) {
			if (!this.cursor.isPending(row.id())) {
				continue;
			}
			try {
				this.sink.accept(row);
			}
			catch (RuntimeException ex) {
				log.error("Could not hand outbox row {} ({}) on", row.id(), row.type(), ex);
			}
			this.cursor.delivered(row.id(), row.occurredAt(), now);
		}
	}

	private void reachable(boolean now) {
		if (this.reachable != now) {
			this.reachable = now;
			if (now) {
				log.info("The outbox can be read again");
			}
			this.reachability.accept(now);
		}
	}

	@Override
	public void close() {
		ScheduledFuture<?> polling = this.polls;
		this.polls = null;
		if (polling != null) {
			polling.cancel(false);
		}
		this.wakes.close();
	}

	private static OutboxRow row(ResultSet rs, int number) throws SQLException {
		return new OutboxRow(rs.getLong("id"), rs.getString("type"), rs.getString("payload"),
				rs.getObject("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC));
	}

	/** One outbox row as stored. */
	record OutboxRow(long id, String type, String payload, Instant occurredAt) {
	}

}
