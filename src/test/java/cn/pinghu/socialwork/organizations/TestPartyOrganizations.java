package cn.pinghu.socialwork.organizations;

import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Party organisations for tests that store organisations over JDBC: an organisation the
 * test gives a branch belongs to a Party organisation, as the services keep it.
 */
public final class TestPartyOrganizations {

	private TestPartyOrganizations() {
	}

	/**
	 * Gives an organisation stored with a branch its own Party organisation, made of its
	 * branch's form, name, date and members, with a secretary; returns its id.
	 */
	public static long cover(JdbcTemplate jdbc, long organizationId) {
		long party = insert(jdbc, """
				INSERT INTO party_organization (name, level, form, secretary_name, formed_on, full_members,
				    probationary_members, town_id, version)
				SELECT COALESCE(branch_name, name), 'BRANCH', branch_form, '测试书记', branch_formed_on,
				       COALESCE(branch_members, full_members), 0, town_id, 0
				FROM organization WHERE id = ? AND branch_form <> 'NONE'""", organizationId);
		jdbc.update("UPDATE organization SET party_organization_id = ? WHERE id = ?", party, organizationId);
		return party;
	}

	/** The Party organisation an organisation belongs to; {@code null} for none. */
	public static Long of(JdbcTemplate jdbc, long organizationId) {
		return jdbc.queryForObject("SELECT party_organization_id FROM organization WHERE id = ?", Long.class,
				organizationId);
	}

	/** Inserts a row and returns its generated id. */
	public static long insert(JdbcTemplate jdbc, String sql, Object... args) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			var statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
			for (int i = 0; i < args.length; i++) {
				statement.setObject(i + 1, args[i]);
			}
			return statement;
		}, keys);
		return keys.getKey().longValue();
	}

	/**
	 * An activity of an organisation's Party organisation, stored without the service's
	 * checks.
	 */
	public static void activity(JdbcTemplate jdbc, long organizationId, LocalDate heldOn) {
		jdbc.update(
				"""
						INSERT INTO party_activity (party_organization_id, organization_id, held_on, kind, attendees, recorded_by,
						    recorded_at)
						SELECT party_organization_id, id, ?, 'OTHER', 3, 'test', UTC_TIMESTAMP(6) FROM organization WHERE id = ?""",
				heldOn, organizationId);
	}

	/**
	 * Deletes an organisation a test stored, with the activities recorded through it and
	 * its Party organisation when no other organisation belongs to it.
	 */
	public static void delete(JdbcTemplate jdbc, long organizationId) {
		List<Long> linked = jdbc.queryForList("SELECT party_organization_id FROM organization WHERE id = ?", Long.class,
				organizationId);
		Long party = linked.isEmpty() ? null : linked.get(0);
		jdbc.update("DELETE FROM party_activity WHERE organization_id = ?", organizationId);
		jdbc.update("DELETE FROM organization WHERE id = ?", organizationId);
		if (party != null) {
			jdbc.update("""
					DELETE FROM party_organization WHERE id = ?
					AND NOT EXISTS (SELECT 1 FROM organization WHERE party_organization_id = ?)
					AND NOT EXISTS (SELECT 1 FROM party_activity WHERE party_organization_id = ?)""", party, party,
					party);
		}
	}

}
