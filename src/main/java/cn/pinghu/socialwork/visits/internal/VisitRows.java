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

import cn.pinghu.socialwork.visits.WorkerKind;

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
			+ " (station_id, occurred_at, worker_kind, idempotency_key, received_at) VALUES ";

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
				+ " received_at FROM station_visit WHERE ");
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
					WorkerKind.valueOf(row.getString(5)), instant(row, 6)));
		}, arguments.toArray());
		return found;
	}

	/** Stores the visits; their ids, in the same order. */
	public List<Long> insert(List<NewVisit> visits) {
		List<Long> ids = new ArrayList<>(visits.size());
		for (int from = 0; from < visits.size(); from += ROWS_PER_STATEMENT) {
			List<NewVisit> chunk = visits.subList(from, Math.min(visits.size(), from + ROWS_PER_STATEMENT));
			String sql = INSERT + String.join(",", Collections.nCopies(chunk.size(), "(?,?,?,?,?)")) + " RETURNING id";
			List<Long> chunkIds = this.jdbc.query((connection) -> {
				PreparedStatement statement = connection.prepareStatement(sql);
				int p = 1;
				for (NewVisit visit : chunk) {
					statement.setLong(p++, visit.stationId());
					statement.setObject(p++, utc(visit.occurredAt()));
					statement.setString(p++, visit.workerKind().name());
					statement.setString(p++, visit.idempotencyKey());
					statement.setObject(p++, utc(visit.receivedAt()));
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
	public record StoredVisit(long id, Instant occurredAt, WorkerKind workerKind, Instant receivedAt) {
	}

	/** An idempotency key of a station. */
	public record StationKey(long stationId, String idempotencyKey) {
	}

	/** A visit to store. */
	public record NewVisit(long stationId, Instant occurredAt, WorkerKind workerKind, String idempotencyKey,
			Instant receivedAt) {
	}

}
