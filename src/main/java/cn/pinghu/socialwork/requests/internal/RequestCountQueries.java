package cn.pinghu.socialwork.requests.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import cn.pinghu.socialwork.requests.RequestCategory;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The rider requests counted by town and category in one pass: what the figures add up. A
 * deadline has passed when it lies before {@code now}, as {@code Deadlines.overdue} says.
 */
@Repository
public class RequestCountQueries {

	private static final String COUNTS = """
			SELECT town_id, category, COUNT(*) AS received,
			  SUM(received_at >= :today) AS received_today,
			  SUM(received_at >= :week) AS received_this_week,
			  SUM(status <> 'CLOSED') AS open_cases,
			  SUM(status <> 'CLOSED' AND (close_due < :now OR (status = 'RECEIVED' AND reply_due < :now))) AS overdue,
			  SUM(replied_at IS NOT NULL OR reply_due < :now) AS reply_due,
			  SUM(replied_at IS NOT NULL AND replied_at <= reply_due) AS replied_on_time,
			  SUM(closed_at IS NOT NULL OR close_due < :now) AS close_due,
			  SUM(closed_at IS NOT NULL AND closed_at <= close_due) AS closed_on_time,
			  SUM(closed_at IS NOT NULL) AS closed,
			  COALESCE(SUM(TIMESTAMPDIFF(SECOND, received_at, closed_at)), 0) AS close_seconds
			FROM rider_request
			WHERE (:allTowns OR town_id IN (:towns))
			GROUP BY town_id, category""";

	private final NamedParameterJdbcTemplate jdbc;

	RequestCountQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The counts of the towns given ({@code null}: all), as they stand at {@code now}.
	 * @param today when today began in the console's zone
	 * @param week when this week (Monday) began there
	 */
	public List<Row> counts(@Nullable Set<Long> towns, Instant now, Instant today, Instant week) {
		MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("allTowns", towns == null)
			.addValue("towns", (towns == null || towns.isEmpty()) ? List.of(0L) : towns)
			.addValue("now", utc(now))
			.addValue("today", utc(today))
			.addValue("week", utc(week));
		return this.jdbc.query(COUNTS, parameters,
				(rs, i) -> new Row(rs.getLong("town_id"), RequestCategory.valueOf(rs.getString("category")),
						rs.getLong("received"), rs.getLong("received_today"), rs.getLong("received_this_week"),
						rs.getLong("open_cases"), rs.getLong("overdue"), rs.getLong("reply_due"),
						rs.getLong("replied_on_time"), rs.getLong("close_due"), rs.getLong("closed_on_time"),
						rs.getLong("closed"), rs.getLong("close_seconds")));
	}

	private static LocalDateTime utc(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	/** The counts of one town and category. */
	public record Row(long townId, RequestCategory category, long received, long receivedToday, long receivedThisWeek,
			long open, long overdue, long replyDue, long repliedOnTime, long closeDue, long closedOnTime, long closed,
			long closeSeconds) {
	}

}
