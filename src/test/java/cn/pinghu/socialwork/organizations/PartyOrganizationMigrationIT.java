package cn.pinghu.socialwork.organizations;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import cn.pinghu.socialwork.elections.OwnSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration to Party organisations as records (changelog 0850) on the demo database,
 * in a schema of its own: read before the change, the branches on the organisation rows;
 * after it, the Party organisations. The organisation coverage of the demo drive is the
 * same, each joint or industry branch name of a town is one Party organisation, and the
 * formation dates and activities are kept.
 */
@SpringBootTest
class PartyOrganizationMigrationIT {

	private static final String FIRST_CHANGE = "0850-party-organization";

	/**
	 * The demo drive's scope: economic organisations from 10 employees, social from 30.
	 */
	private static final String IN_SCOPE = "o.status = 'ACTIVE' AND o.archived_at IS NULL"
			+ " AND ((o.kind = 'ECONOMIC' AND o.employees >= 10) OR (o.kind = 'SOCIAL' AND o.employees >= 30))";

	@Autowired
	DataSource dataSource;

	private OwnSchema own;

	private String schema = "";

	@BeforeEach
	void newSchema() {
		this.own = new OwnSchema(this.dataSource, "console_party_");
		this.schema = this.own.name();
	}

	@AfterEach
	void dropSchema() throws SQLException {
		this.own.drop();
	}

	@Test
	void the_demo_keeps_its_coverage_and_each_shared_branch_of_a_town_becomes_one_party_organization()
			throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		String s = this.schema + ".";
		Before before = new Before();
		this.own.migrateAround(FIRST_CHANGE, "demo", () -> {
			before.coverage = jdbc.queryForMap("SELECT COUNT(*) AS in_scope, SUM(CASE WHEN o.branch_form"
					+ " <> 'NONE' THEN 1 ELSE 0 END) AS covered FROM " + s + "organization o WHERE " + IN_SCOPE);
			before.sharedNames = jdbc.queryForObject("SELECT COUNT(DISTINCT town_id, branch_form, branch_name) FROM "
					+ s + "organization WHERE branch_form IN ('JOINT', 'INDUSTRY')", Long.class);
			before.standalone = jdbc.queryForObject(
					"SELECT COUNT(*) FROM " + s + "organization WHERE branch_form = 'STANDALONE'", Long.class);
			jdbc.query("SELECT id, branch_formed_on FROM " + s + "organization WHERE branch_form <> 'NONE'",
					(RowCallbackHandler) row -> before.formedOn.put(row.getLong(1), row.getDate(2).toLocalDate()));
			before.activities = jdbc.queryForObject("SELECT COUNT(*) FROM " + s + "branch_activity", Long.class);
		});
		assertThat(before.sharedNames).as("the demo has shared branches").isPositive();

		Map<String, Object> after = jdbc.queryForMap("SELECT COUNT(*) AS in_scope, SUM(CASE WHEN p.id IS NOT NULL"
				+ " THEN 1 ELSE 0 END) AS covered FROM " + s + "organization o LEFT JOIN " + s
				+ "party_organization p ON p.id = o.party_organization_id AND p.archived_at IS NULL WHERE " + IN_SCOPE);
		assertThat(after.get("in_scope").toString()).isEqualTo(before.coverage.get("in_scope").toString());
		assertThat(after.get("covered").toString()).isEqualTo(before.coverage.get("covered").toString());

		// one Party organisation per distinct joint or industry branch name per town
		List<Map<String, Object>> perName = jdbc.queryForList("SELECT town_id, form, name, COUNT(*) AS records FROM "
				+ s + "party_organization WHERE form IN ('JOINT', 'INDUSTRY') GROUP BY town_id, form, name");
		assertThat(perName).hasSize(before.sharedNames.intValue())
			.allSatisfy(row -> assertThat(((Number) row.get("records")).intValue()).isOne());
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + s + "party_organization WHERE form = 'STANDALONE'",
				Long.class))
			.isEqualTo(before.standalone);

		// every covered organisation belongs to one of its branch's form and name, formed
		// on the earliest day its organisations gave
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + s + "organization o LEFT JOIN " + s
				+ "party_organization p ON p.id = o.party_organization_id WHERE o.branch_form <> 'NONE'"
				+ " AND (p.id IS NULL OR p.form <> o.branch_form OR p.name <> o.branch_name OR p.town_id <> o.town_id"
				+ " OR p.formed_on > o.branch_formed_on)", Long.class))
			.isZero();
		Map<Long, LocalDate> earliest = new HashMap<>();
		jdbc.query(
				"SELECT id, party_organization_id FROM " + s + "organization WHERE party_organization_id IS NOT NULL",
				(RowCallbackHandler) row -> earliest.merge(row.getLong(2), before.formedOn.get(row.getLong(1)),
						(one, other) -> one.isBefore(other) ? one : other));
		Map<Long, LocalDate> formedOn = new HashMap<>();
		jdbc.query("SELECT id, formed_on FROM " + s + "party_organization",
				(RowCallbackHandler) row -> formedOn.put(row.getLong(1), row.getDate(2).toLocalDate()));
		assertThat(formedOn).isEqualTo(earliest);
		assertThat(
				jdbc.queryForObject(
						"SELECT COUNT(*) FROM " + s
								+ "organization WHERE branch_form = 'NONE' AND party_organization_id IS NOT NULL",
						Long.class))
			.isZero();

		// the demo has secretaries, and vacant posts too
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + s + "party_organization WHERE secretary_name IS NULL",
				Long.class))
			.isPositive();
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM " + s + "party_organization WHERE secretary_name IS NOT NULL", Long.class))
			.isPositive();

		// the activities stay, each with the Party organisation of the organisation it
		// was recorded through
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + s + "party_activity", Long.class))
			.isEqualTo(before.activities);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + s + "party_activity a JOIN " + s
				+ "organization o ON o.id = a.organization_id WHERE NOT (a.party_organization_id <=> o.party_organization_id)",
				Long.class))
			.isZero();
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM " + s + "party_activity WHERE party_organization_id IS NULL", Long.class))
			.isZero();
	}

	/** What the demo database holds before the change. */
	private static final class Before {

		Map<String, Object> coverage = Map.of();

		Long sharedNames = 0L;

		Long standalone = 0L;

		Long activities = 0L;

		final Map<Long, LocalDate> formedOn = new HashMap<>();

	}

}
