package cn.pinghu.socialwork.elections;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration to the vote by the law (changelog 0650) on a schema of its own, migrated
 * up to it, given an election at every stage the console stored before, then migrated to
 * the end: every record keeps its stage, except RE_ELECTION, which becomes RE_VOTE
 * (重新选举); a vote that led to the handover filled its seats; the events the ticker reads
 * back as enums read back.
 */
@SpringBootTest
class ElectionVotesMigrationIT {

	private static final String FIRST_CHANGE = "0650-community-election-votes";

	private static final List<String> STORED_STAGES = List.of("AUDIT", "COMMITTEE", "VOTER_REGISTRATION", "NOMINATION",
			"VOTING", "RE_ELECTION", "HANDOVER", "COMPLETED");

	@Autowired
	DataSource dataSource;

	@Autowired
	ObjectMapper json;

	private OwnSchema own;

	private String schema = "";

	@BeforeEach
	void newSchema() {
		this.own = new OwnSchema(this.dataSource, "console_votes_");
		this.schema = this.own.name();
	}

	@AfterEach
	void dropSchema() throws SQLException {
		this.own.drop();
	}

	@Test
	void every_stored_election_keeps_its_stage_and_a_re_election_becomes_a_re_vote() throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		this.own.migrateAround(FIRST_CHANGE, () -> storeTheOldShape(jdbc));

		List<Map<String, Object>> rows = jdbc.queryForList("SELECT c.name, e.stage, e.elected FROM " + this.schema
				+ ".community_election e JOIN " + this.schema + ".community c ON c.id = e.community_id ORDER BY e.id");
		assertThat(rows).extracting(row -> row.get("name") + "→" + row.get("stage"))
			.containsExactly("AUDIT→AUDIT", "COMMITTEE→COMMITTEE", "VOTER_REGISTRATION→VOTER_REGISTRATION",
					"NOMINATION→NOMINATION", "VOTING→VOTING", "RE_ELECTION→RE_VOTE", "HANDOVER→HANDOVER",
					"COMPLETED→COMPLETED");
		for (Map<String, Object> row : rows) {
			String stage = (String) row.get("stage");
			ElectionStage.valueOf(stage);
			// a vote that led to the handover filled its 7 seats; the others elected no
			// one
			// yet
			assertThat(row.get("elected")).as(stage)
				.isEqualTo(List.of("HANDOVER", "COMPLETED").contains(stage) ? 7 : null);
		}
		// the supervisory committee (0730) is planned on the vote's day
		assertThat(jdbc.queryForList("SELECT stage FROM " + this.schema + ".election_stage_plan WHERE due_on = ?",
				String.class, "2026-03-31"))
			.containsExactlyInAnyOrder("VOTING", "SUPERVISORY");

		String completed = payload(jdbc, "ElectionStageCompleted");
		assertThat(this.json.readValue(completed, ElectionStageCompleted.class).stage())
			.isEqualTo(ElectionStage.RE_VOTE);
		assertThat(this.json.readValue(payload(jdbc, "ElectionReopened"), ElectionReopened.class).from())
			.isEqualTo(ElectionStage.RE_VOTE);
		// another feature's text is left as it was
		assertThat(payload(jdbc, "SomethingElse")).contains("RE_ELECTION");
	}

	private void storeTheOldShape(JdbcTemplate jdbc) {
		String s = this.schema + ".";
		jdbc.update(
				"INSERT INTO " + s + "town (id, code, name, kind, sort_order) VALUES (1, 'T1', '迁移测试镇', 'TOWN', 1)");
		jdbc.update("INSERT INTO " + s + "election_round (id, name, starts_on) VALUES (1, '迁移测试换届', '2026-01-01')");
		jdbc.update("INSERT INTO " + s
				+ "election_stage_plan (round_id, stage, due_on) VALUES (1, 'VOTING', '2026-03-31')");
		long id = 1;
		for (String stage : STORED_STAGES) {
			jdbc.update("INSERT INTO " + s
					+ "community (id, code, name, town_id, kind, households, population) VALUES (?, ?, ?, 1, 'VILLAGE', 1, 1)",
					id, "C" + id, stage);
			boolean voted = List.of("RE_ELECTION", "HANDOVER", "COMPLETED").contains(stage);
			jdbc.update("INSERT INTO " + s
					+ "community_election (id, round_id, community_id, town_id, stage, registered_voters, seats, candidates,"
					+ " ballots_cast, votes_held) VALUES (?, 1, ?, 1, ?, 1000, 7, 9, ?, ?)", id, id, stage,
					voted ? (stage.equals("RE_ELECTION") ? 400 : 900) : null, voted ? 1 : 0);
			id++;
		}
		String event = "INSERT INTO " + s + "domain_event (type, payload, occurred_at) VALUES (?, ?, NOW(6))";
		jdbc.update(event, "ElectionStageCompleted",
				"{\"electionId\":6,\"communityId\":6,\"townId\":1,\"stage\":\"RE_ELECTION\",\"next\":\"HANDOVER\",\"completedOn\":\"2026-03-30\"}");
		jdbc.update(event, "ElectionReopened",
				"{\"electionId\":6,\"communityId\":6,\"townId\":1,\"from\":\"RE_ELECTION\",\"to\":\"VOTING\",\"reason\":\"复查\"}");
		jdbc.update(event, "SomethingElse", "{\"note\":\"RE_ELECTION\"}");
	}

	private String payload(JdbcTemplate jdbc, String type) {
		return jdbc.queryForObject("SELECT payload FROM " + this.schema + ".domain_event WHERE type = ?", String.class,
				type);
	}

}
