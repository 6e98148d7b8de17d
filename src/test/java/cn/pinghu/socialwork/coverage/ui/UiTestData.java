package cn.pinghu.socialwork.coverage.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import cn.pinghu.socialwork.organizations.TestPartyOrganizations;
import cn.pinghu.socialwork.organizations.CreditCode;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Organisations that a UI test inserts (UI tests commit) and removes again with what was
 * recorded on them.
 */
final class UiTestData {

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private final JdbcTemplate jdbc;

	private final List<Long> inserted = new ArrayList<>();

	UiTestData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** An active, uncovered organisation in the drive's scope. */
	long uncovered(long townId, String name) {
		return insert(townId, name, "NONE", null);
	}

	/** An active organisation whose joint branch was formed on the day given. */
	long branch(long townId, String name, LocalDate formedOn) {
		return insert(townId, name, "JOINT", formedOn);
	}

	void removeAll() {
		for (Long id : this.inserted) {
			TestPartyOrganizations.delete(this.jdbc, id);
		}
		this.inserted.clear();
	}

	private long insert(long townId, String name, String form, @Nullable LocalDate formedOn) {
		StringBuilder body = new StringBuilder("91330482U");
		for (int i = 0; i < 8; i++) {
			body.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
		}
		String code = body + String.valueOf(CreditCode.checkCharacter(body.toString()));
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update(connection -> {
			var statement = connection.prepareStatement("""
					INSERT INTO organization (name, credit_code, kind, industry, town_id, address, employees,
					    full_members, branch_form, branch_name, branch_formed_on, branch_members, status)
					VALUES (?, ?, 'ECONOMIC', '测试行业', ?, '测试地址', 50, 2, ?, ?, ?, ?, 'ACTIVE')""",
					java.sql.Statement.RETURN_GENERATED_KEYS);
			statement.setString(1, name);
			statement.setString(2, code);
			statement.setLong(3, townId);
			statement.setString(4, form);
			statement.setString(5, (formedOn != null) ? "测试支部" : null);
			statement.setObject(6, formedOn);
			statement.setObject(7, (formedOn != null) ? 3 : null);
			return statement;
		}, keys);
		long id = keys.getKey().longValue();
		this.inserted.add(id);
		if (formedOn != null) {
			TestPartyOrganizations.cover(this.jdbc, id);
		}
		return id;
	}

}
