package cn.pinghu.socialwork.coverage;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import cn.pinghu.socialwork.organizations.TestPartyOrganizations;
import cn.pinghu.socialwork.organizations.BranchForm;
import cn.pinghu.socialwork.organizations.OrgKind;
import cn.pinghu.socialwork.organizations.OrgStatus;
import cn.pinghu.socialwork.organizations.TestCreditCodes;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Inserts a test town, its target and organisations over JDBC, for tests that run in a
 * transaction rolled back at their end, so that the seeds stay as other tests expect
 * them.
 */
final class TestData {

	private final JdbcTemplate jdbc;

	TestData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A new town after the seeded ones; returns its id. */
	long town(String name) {
		String code = "X" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
		return insert("INSERT INTO town (code, name, kind, sort_order) VALUES (?, ?, 'TOWN', 9999)", code, name);
	}

	void target(long driveId, long townId, String startRate, String targetRate, LocalDate dueOn) {
		this.jdbc.update(
				"INSERT INTO coverage_target (drive_id, town_id, start_rate, target_rate, due_on) VALUES (?, ?, ?, ?, ?)",
				driveId, townId, startRate, targetRate, dueOn);
	}

	long instructor(long townId) {
		String code = "T" + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
		long id = insert(
				"INSERT INTO instructor (code, name, work_unit, phone) VALUES (?, '测试指导员', '测试单位', '13800000000')",
				code);
		this.jdbc.update("INSERT INTO instructor_town (instructor_id, town_id) VALUES (?, ?)", id, townId);
		return id;
	}

	/** An active organisation without a branch or an instructor. */
	long organization(long townId, OrgKind kind, int employees) {
		return organization(townId, kind, employees, OrgStatus.ACTIVE, BranchForm.NONE, null);
	}

	long organization(long townId, OrgKind kind, int employees, OrgStatus status, BranchForm form,
			@Nullable Long instructorId) {
		long id = insert("""
				INSERT INTO organization (name, credit_code, kind, industry, town_id, address, employees, full_members,
				    branch_form, branch_name, branch_formed_on, branch_members, instructor_id, status)
				VALUES (?, ?, ?, '测试行业', ?, '测试地址', ?, 2, ?, ?, ?, ?, ?, ?)""", "测试组织" + creditCode(), creditCode(),
				kind.name(), townId, employees, form.name(), form.covers() ? "测试支部" : null,
				form.covers() ? LocalDate.of(2026, 1, 1) : null, form.covers() ? 3 : null, instructorId, status.name());
		if (form.covers()) {
			TestPartyOrganizations.cover(this.jdbc, id);
		}
		return id;
	}

	/** An active organisation in scope whose branch was formed on the given day. */
	long branch(long townId, LocalDate formedOn) {
		long id = insert("""
				INSERT INTO organization (name, credit_code, kind, industry, town_id, address, employees, full_members,
				    branch_form, branch_name, branch_formed_on, branch_members, status)
				VALUES (?, ?, 'ECONOMIC', '测试行业', ?, '测试地址', 50, 3, 'JOINT', '测试支部', ?, 3, 'ACTIVE')""",
				"测试组织" + creditCode(), creditCode(), townId, formedOn);
		TestPartyOrganizations.cover(this.jdbc, id);
		return id;
	}

	/** An activity of an organisation's branch, stored without the service's checks. */
	void activity(long organizationId, LocalDate heldOn) {
		TestPartyOrganizations.activity(this.jdbc, organizationId, heldOn);
	}

	static String creditCode() {
		return TestCreditCodes.next();
	}

	private long insert(String sql, @Nullable Object... args) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update(connection -> {
			var statement = connection.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS);
			for (int i = 0; i < args.length; i++) {
				statement.setObject(i + 1, args[i]);
			}
			return statement;
		}, keys);
		return keys.getKey().longValue();
	}

}
