package cn.pinghu.socialwork.elections;

import java.sql.Date;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration to the Party organisation's election and the supervisory committee
 * (changelog 0730) on a schema of its own, migrated up to it, given an election at every
 * stage the console stored before, then migrated to the end: every record keeps its
 * stage; every one past the audit has the Party election completed on the audit's day,
 * its members unknown; one past the vote has the supervisory committee's stage completed;
 * the rounds plan the new stages.
 */
@SpringBootTest
class ElectionPartyMigrationIT {

	private static final String FIRST_CHANGE = "0730-community-election-party-supervisory";

	private static final List<String> STORED_STAGES = List.of("AUDIT", "COMMITTEE", "VOTER_REGISTRATION", "NOMINATION",
			"VOTING", "RE_VOTE", "SUPPLEMENTARY_VOTE", "HANDOVER", "COMPLETED");

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
	void records_past_the_audit_gain_the_party_stage_as_completed_and_every_record_keeps_its_stage() throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		this.own.migrateAround(FIRST_CHANGE, () -> storeTheOldShape(jdbc));

		String s = this.schema + ".";
		List<Map<String, Object>> rows = jdbc.queryForList("SELECT c.name, e.stage, e.audit_done_on,"
				+ " e.party_election_done_on, e.party_members_expected, e.party_meetings_held, e.supervisory_done_on,"
				+ " e.voting_done_on FROM " + s + "community_election e JOIN " + s
				+ "community c ON c.id = e.community_id ORDER BY e.id");
		assertThat(rows).extracting(row -> row.get("name") + "→" + row.get("stage"))
			.containsExactlyElementsOf(STORED_STAGES.stream().map(stage -> stage + "→" + stage).toList());
		for (Map<String, Object> row : rows) {
			String stage = (String) row.get("stage");
			ElectionStage.valueOf(stage);
			if (stage.equals("AUDIT")) {
				assertThat(row.get("party_election_done_on")).as(stage).isNull();
			}
			else {
				assertThat(row.get("party_election_done_on")).as(stage).isEqualTo(row.get("audit_done_on"));
			}
			// members unknown
			assertThat(row.get("party_members_expected")).as(stage).isNull();
			assertThat(row.get("party_meetings_held")).as(stage).isEqualTo(0);
			assertThat(row.get("supervisory_done_on")).as(stage)
				.isEqualTo(List.of("HANDOVER", "COMPLETED").contains(stage) ? row.get("voting_done_on") : null);
		}
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + s + "election_member", Long.class)).isZero();
		assertThat(jdbc.queryForMap("SELECT" + " (SELECT due_on FROM " + s
				+ "election_stage_plan WHERE stage = 'PARTY_ELECTION') AS party," + " (SELECT due_on FROM " + s
				+ "election_stage_plan WHERE stage = 'SUPERVISORY') AS supervisory"))
			.containsEntry("party", Date.valueOf("2026-02-15"))
			.containsEntry("supervisory", Date.valueOf("2026-03-31"));
	}

	private void storeTheOldShape(JdbcTemplate jdbc) {
		String s = this.schema + ".";
		jdbc.update(
				"INSERT INTO " + s + "town (id, code, name, kind, sort_order) VALUES (1, 'T1', '迁移测试镇', 'TOWN', 1)");
		jdbc.update("INSERT INTO " + s
				+ "election_round (id, name, starts_on, ends_on, opened_at) VALUES (1, '迁移测试换届', '2026-01-01',"
				+ " '2026-06-30', '2026-01-01 00:00:00')");
		jdbc.update("INSERT INTO " + s + "election_stage_plan (round_id, stage, due_on) VALUES"
				+ " (1, 'COMMITTEE', '2026-02-15'), (1, 'VOTING', '2026-03-31')");
		long id = 1;
		for (String stage : STORED_STAGES) {
			jdbc.update("INSERT INTO " + s
					+ "community (id, code, name, town_id, kind, households, population) VALUES (?, ?, ?, 1, 'VILLAGE', 1, 1)",
					id, "C" + id, stage);
			int rank = STORED_STAGES.indexOf(stage);
			boolean voted = rank >= STORED_STAGES.indexOf("RE_VOTE");
			jdbc.update("INSERT INTO " + s
					+ "community_election (id, round_id, community_id, town_id, stage, audit_done_on, voting_done_on,"
					+ " votes_held) VALUES (?, 1, ?, 1, ?, ?, ?, ?)", id, id, stage,
					(rank > 0) ? Date.valueOf("2026-01-10") : null, voted ? Date.valueOf("2026-03-20") : null,
					voted ? 1 : 0);
			id++;
		}
	}

}
