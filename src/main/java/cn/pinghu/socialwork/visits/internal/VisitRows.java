package cn.pinghu.socialwork.visits.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.pinghu.socialwork.visits.VisitChannel;
import cn.pinghu.socialwork.visits.WorkerKind;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Visits read and written with plain JDBC on the visits API's path, which runs for every
 * posted visit: the lookup of idempotency keys without a Hibernate query, and new visits
 * stored with one multi-row {@code INSERT … RETURNING id} per
 * {@value #ROWS_PER_STATEMENT} rather than one statement per visit: Hibernate cannot
 * batch inserts of IDENTITY ids. Runs in the caller's transaction; a key stored meanwhile
 * by another request fails the whole statement with a
 * {@link org.springframework.dao.DuplicateKeyException}.
 */
@Repository
public class VisitRows {

	static final int ROWS_PER_STATEMENT = 1000;

	private static final String INSERT = "INSERT INTO station_visit"
			+ " (station_id, occurred_at, worker_kind, idempotency_key, received_at, channel, facilities_used) VALUES ";

	private final JdbcTemplate jdbc;

	VisitRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The visits stored under the given keys of their stations, by key: one query for any
	 * number of keys and stations.
	 */
	public Map<StationKey, StoredVisit> findAll(Collection<StationKey> keys) {
		if (keys.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<String>> byStation = new LinkedHashMap<>();
		keys.forEach((key) -> byStation.computeIfAbsent(key.stationId(), (id) -> new ArrayList<>())
			.add(key.idempotencyKey()));
		StringBuilder sql = new StringBuilder("SELECT station_id, idempotency_key, id, occurred_at, worker_kind,"
				+ " received_at, channel FROM station_visit WHERE ");
		List<Object> arguments = new ArrayList<>(byStation.size() + keys.size());
		byStation.forEach((stationId, stationKeys) -> {
			if (!arguments.isEmpty()) {
				sql.append(" OR ");
			}
			sql.append("(station_id = ? AND idempotency_key IN (")
				.append(String.join(",", Collections.nCopies(stationKeys.size(), "?")))
				.append("))");
			arguments.add(stationId);
			arguments.addAll(stationKeys);
		});
		Map<StationKey, StoredVisit> found = new HashMap<>();
		this.jdbc.query(sql.toString(), (row) -> {
			found.put(new StationKey(row.getLong(1), row.getString(2)), new StoredVisit(row.getLong(3), instant(row, 4),
					WorkerKind.valueOf(row.getString(5)), instant(row, 6), VisitChannel.valueOf(row.getString(7))));
		}, arguments.toArray());
		return found;
	}

	/** Stores the visits; their ids, in the same order. */
	public List<Long> insert(List<NewVisit> visits) {
		List<Long> ids = new ArrayList<>(visits.size());
		for (int from = 0; from < visits.size(); from += ROWS_PER_STATEMENT) {
			List<NewVisit> chunk = visits.subList(from, Math.min(visits.size(), from + ROWS_PER_STATEMENT));
			String sql = INSERT + String.join(",", Collections.nCopies(chunk.size(), "(?,?,?,?,?,?,?)"))
					+ " RETURNING id";
			List<Long> chunkIds = this.jdbc.query((connection) -> {
				PreparedStatement statement = connection.prepareStatement(sql);
				int p = 1;
				for (NewVisit visit : chunk) {
					statement.setLong(p++, visit.stationId());
					statement.setObject(p++, utc(visit.occurredAt()));
					statement.setString(p++, visit.workerKind().name());
					statement.setString(p++, visit.idempotencyKey());
					statement.setObject(p++, utc(visit.receivedAt()));
					statement.setString(p++, visit.channel().name());
					statement.setString(p++, visit.facilitiesUsed());
				}
				return statement;
			}, (row, number) -> row.getLong(1));
			if (chunkIds.size() != chunk.size()) {
				throw new IllegalStateException(
						"Stored " + chunk.size() + " visits but got " + chunkIds.size() + " ids");
			}
			ids.addAll(chunkIds);
		}
		return ids;
	}

	/**
	 * Takes a device's check-in at a station unless it checked in there after
	 * {@code repeatAfter}: the row of the device is inserted, or moved to {@code at} when
	 * its last check-in is older. Two transactions that take the same device at once
	 * queue on the row (the primary key), and the second finds it taken: the database
	 * decides, on any node.
	 * @return whether the check-in counts (false: a repeat within the window)
	 */
	public boolean takeDevice(long stationId, String deviceHash, Instant at, Instant repeatAfter) {
		int inserted = this.jdbc.update(
				"INSERT IGNORE INTO check_in_device (station_id, device_hash, checked_in_at) VALUES (?, ?, ?)",
				stationId, deviceHash, utc(at));
		if (inserted == 1) {
			return true;
		}
		return this.jdbc.update(
				"UPDATE check_in_device SET checked_in_at = ? WHERE station_id = ? AND device_hash = ? AND checked_in_at <= ?",
				utc(at), stationId, deviceHash, utc(repeatAfter)) == 1;
	}

	/** Deletes at most {@code limit} device rows of check-ins before {@code before}. */
	public int deleteDevicesBefore(Instant before, int limit) {
		return this.jdbc.update("DELETE FROM check_in_device WHERE checked_in_at < ? LIMIT ?", utc(before), limit);
	}

	/** Visits at a station in [from, to). */
	public long countAtStation(long stationId, Instant from, Instant to) {
		Long count = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM station_visit WHERE station_id = ? AND occurred_at >= ? AND occurred_at < ?",
				Long.class, stationId, utc(from), utc(to));
		return (count != null) ? count : 0;
	}

	/**
	 * Times are stored in UTC, as Hibernate writes them
	 * ({@code hibernate.jdbc.time_zone}).
	 */
	private static LocalDateTime utc(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet row, int column) throws SQLException {
		return row.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
	}

	/** A stored visit, as the API answers a replay with it. */
	public record StoredVisit(long id, Instant occurredAt, WorkerKind workerKind, Instant receivedAt,
			VisitChannel channel) {
	}

	/** An idempotency key of a station. */
	public record StationKey(long stationId, String idempotencyKey) {
	}

	/**
	 * A visit to store; {@code facilitiesUsed} are the names of the facilities a rider
	 * ticked, comma-separated.
	 */
	public record NewVisit(long stationId, Instant occurredAt, WorkerKind workerKind, String idempotencyKey,
			Instant receivedAt, VisitChannel channel, @Nullable String facilitiesUsed) {
	}

}
