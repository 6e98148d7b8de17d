package cn.pinghu.socialwork.coverage.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.pinghu.socialwork.coverage.DormancyCounts;
import cn.pinghu.socialwork.coverage.DormancyLevel;
import cn.pinghu.socialwork.coverage.DormancyWarning;
import cn.pinghu.socialwork.organizations.BranchForm;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Finds dormant branches in the database: each active organisation in a Party
 * organisation counts from that Party organisation's latest activity, whichever of its
 * organisations it was recorded through, or from its formation when that is later (a
 * branch formed recently is not dormant for lack of older activities).
 */
@Repository
public class DormancyQueries {

	private static final String QUIET = """
			SELECT o.id, o.name, o.town_id, p.name AS branch_name, p.form AS branch_form, a.last_held_on,
			       GREATEST(COALESCE(a.last_held_on, p.formed_on), COALESCE(p.formed_on, a.last_held_on))
			           AS quiet_since
			FROM organization o
			JOIN party_organization p ON p.id = o.party_organization_id AND p.archived_at IS NULL
			LEFT JOIN (SELECT party_organization_id, MAX(held_on) AS last_held_on FROM party_activity
			           GROUP BY party_organization_id) a
			       ON a.party_organization_id = p.id
			WHERE o.status = 'ACTIVE' AND o.archived_at IS NULL
			""";

	private static final Map<String, String> SORTS = Map.of("quietDays", "quiet_since", "organizationName", "name",
			"townId", "town_id", "lastActivityOn", "last_held_on");

	private final NamedParameterJdbcTemplate jdbc;

	DormancyQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A page of the warnings on a day.
	 * @param towns the towns to look in; {@code null} for all
	 * @param limit how many warnings to read at most; {@code null} for all after the
	 * offset
	 */
	public List<DormancyWarning> warnings(LocalDate today, @Nullable Set<Long> towns, @Nullable Long town,
			@Nullable DormancyLevel level, @Nullable String text, Sort sort, long offset, @Nullable Integer limit) {
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		String where = where(today, towns, town, level, text, parameters);
		String sql = "SELECT * FROM (" + QUIET + ") w WHERE " + where + " ORDER BY " + orderBy(sort);
		if (limit != null) {
			parameters.addValue("limit", limit).addValue("offset", offset);
			sql += " LIMIT :limit OFFSET :offset";
		}
		else if (offset > 0) {
			throw new IllegalArgumentException("An offset needs a limit");
		}
		return this.jdbc.query(sql, parameters, (row, index) -> warning(row, today));
	}

	/** How many warnings of each level there are on a day. */
	public DormancyCounts count(LocalDate today, @Nullable Set<Long> towns, @Nullable Long town,
			@Nullable DormancyLevel level, @Nullable String text) {
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		String where = where(today, towns, town, level, text, parameters);
		String sql = "SELECT COALESCE(SUM(CASE WHEN quiet_since > :redBefore THEN 1 ELSE 0 END), 0),"
				+ " COALESCE(SUM(CASE WHEN quiet_since <= :redBefore THEN 1 ELSE 0 END), 0) FROM (" + QUIET
				+ ") w WHERE " + where;
		return this.jdbc.queryForObject(sql, parameters,
				(row, index) -> new DormancyCounts(row.getLong(1), row.getLong(2)));
	}

	/**
	 * How many warnings of each level each town has on a day; towns without any are left
	 * out.
	 * @param towns the towns to look in; {@code null} for all
	 */
	public Map<Long, DormancyCounts> countByTown(LocalDate today, @Nullable Set<Long> towns) {
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		String where = where(today, towns, null, null, null, parameters);
		String sql = "SELECT w.town_id, SUM(CASE WHEN quiet_since > :redBefore THEN 1 ELSE 0 END),"
				+ " SUM(CASE WHEN quiet_since <= :redBefore THEN 1 ELSE 0 END) FROM (" + QUIET + ") w WHERE " + where
				+ " GROUP BY w.town_id";
		Map<Long, DormancyCounts> counts = new HashMap<>();
		this.jdbc.query(sql, parameters, (RowCallbackHandler) row -> counts.put(row.getLong(1),
				new DormancyCounts(row.getLong(2), row.getLong(3))));
		return counts;
	}

	/** The day the branch of one organisation counts from; empty without a branch. */
	public @Nullable LocalDate quietSince(long organizationId) {
		List<LocalDate> days = this.jdbc.query("SELECT quiet_since FROM (" + QUIET + ") w WHERE w.id = :id",
				Map.of("id", organizationId), (row, index) -> localDate(row.getDate(1)));
		return days.isEmpty() ? null : days.get(0);
	}

	private static String where(LocalDate today, @Nullable Set<Long> towns, @Nullable Long town,
			@Nullable DormancyLevel level, @Nullable String text, MapSqlParameterSource parameters) {
		LocalDate yellowBefore = today.minusDays(DormancyLevel.YELLOW_DAYS);
		LocalDate redBefore = today.minusDays(DormancyLevel.RED_DAYS);
		parameters.addValue("yellowBefore", Date.valueOf(yellowBefore)).addValue("redBefore", Date.valueOf(redBefore));
		List<String> conditions = new ArrayList<>();
		if (level == DormancyLevel.RED) {
			conditions.add("w.quiet_since <= :redBefore");
		}
		else if (level == DormancyLevel.YELLOW) {
			conditions.add("w.quiet_since <= :yellowBefore AND w.quiet_since > :redBefore");
		}
		else {
			conditions.add("w.quiet_since <= :yellowBefore");
		}
		if (towns != null) {
			if (towns.isEmpty()) {
				conditions.add("1 = 0");
			}
			else {
				conditions.add("w.town_id IN (:towns)");
				parameters.addValue("towns", towns);
			}
		}
		if (town != null) {
			conditions.add("w.town_id = :town");
			parameters.addValue("town", town);
		}
		if (text != null && !text.isBlank()) {
			conditions.add("(w.name LIKE :text OR w.branch_name LIKE :text)");
			parameters.addValue("text", "%" + text.strip() + "%");
		}
		return String.join(" AND ", conditions);
	}

	private static String orderBy(Sort sort) {
		List<String> orders = new ArrayList<>();
		for (Sort.Order order : sort) {
			String column = SORTS.get(order.getProperty());
			if (column == null) {
				throw new IllegalArgumentException("Warnings cannot be sorted by " + order.getProperty());
			}
			// More quiet days means an earlier day to count from
			boolean ascending = order.getProperty().equals("quietDays") ? order.isDescending() : order.isAscending();
			orders.add("w." + column + (ascending ? " ASC" : " DESC"));
		}
		if (orders.isEmpty()) {
			orders.add("w.quiet_since ASC");
		}
		orders.add("w.id ASC");
		return String.join(", ", orders);
	}

	private static DormancyWarning warning(ResultSet row, LocalDate today) throws SQLException {
		LocalDate quietSince = localDate(row.getDate("quiet_since"));
		long days = ChronoUnit.DAYS.between(quietSince, today);
		return new DormancyWarning(row.getLong("id"), row.getString("name"), row.getLong("town_id"),
				row.getString("branch_name"), BranchForm.valueOf(row.getString("branch_form")),
				localDateOrNull(row.getDate("last_held_on")), quietSince, days,
				DormancyLevel.after(days).orElseThrow());
	}

	private static LocalDate localDate(Date date) {
		return date.toLocalDate();
	}

	private static @Nullable LocalDate localDateOrNull(@Nullable Date date) {
		return (date != null) ? date.toLocalDate() : null;
	}

}
