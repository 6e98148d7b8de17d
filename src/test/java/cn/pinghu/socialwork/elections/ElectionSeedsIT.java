package cn.pinghu.socialwork.elections;

import java.util.Collections;
import java.util.List;

import cn.pinghu.socialwork.identity.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The election demo seeds show a round in mid-course: every demo community has an
 * election, every stage is occupied, a few must vote again, a few are overdue, and the
 * figures are plausible.
 */
@SpringBootTest
@WithMockUser(username = "leader", roles = Role.Names.LEADER)
class ElectionSeedsIT {

	@Autowired
	ElectionFigures elections;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void every_demo_community_has_one_election_in_the_seeded_round_in_its_own_town() {
		assertThat(count("SELECT COUNT(*) FROM community c WHERE c.id <= 131 AND NOT EXISTS"
				+ " (SELECT 1 FROM community_election e WHERE e.community_id = c.id AND e.round_id = 1)"))
			.isZero();
		assertThat(count("SELECT COUNT(*) FROM community_election e JOIN community c ON c.id = e.community_id"
				+ " WHERE c.town_id <> e.town_id"))
			.isZero();
		assertThat(this.elections.round().orElseThrow().name()).isEqualTo("2026年村社区两委换届");
		assertThat(this.elections.round().orElseThrow().plan()).containsOnlyKeys(ElectionStage.AUDIT,
				ElectionStage.PARTY_ELECTION, ElectionStage.COMMITTEE, ElectionStage.VOTER_REGISTRATION,
				ElectionStage.NOMINATION, ElectionStage.VOTING, ElectionStage.SUPERVISORY, ElectionStage.HANDOVER);
	}

	@Test
	void the_seeded_round_lands_as_the_one_open_round_opened_when_it_started_and_ending_at_its_last_planned_date() {
		RoundSummary round = this.elections.round().orElseThrow();

		assertThat(round.id()).isEqualTo(ElectionTestData.ROUND);
		assertThat(round.open()).isTrue();
		assertThat(round.endsOn()).isEqualTo(Collections.max(round.plan().values()));
		assertThat(count("SELECT COUNT(*) FROM election_round WHERE closed_at IS NULL")).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM election_round WHERE id = 1 AND DATE(opened_at) = starts_on"))
			.isEqualTo(1);
	}

	@Test
	void every_stage_is_occupied_some_vote_again_and_a_few_are_overdue() {
		ElectionKpis city = this.elections.overview().orElseThrow().city();

		assertThat(city.communities()).isGreaterThanOrEqualTo(131);
		assertThat(city.funnel()).allSatisfy((stage, count) -> assertThat(count).as(stage.name()).isPositive());
		assertThat(city.reVotes()).isBetween(2L, 10L);
		assertThat(city.supplementaryVotes()).isBetween(2L, 10L);
		assertThat(city.committeesWithoutWoman()).isBetween(2L, 10L);
		// Communities that other tests create join the open round at its first stage,
		// long
		// overdue; the seeded ones (ids up to 131) have a few overdue.
		long created = count("SELECT COUNT(*) FROM community_election e JOIN community c ON c.id = e.community_id"
				+ " WHERE e.round_id = 1 AND c.id > 131 AND c.archived_at IS NULL");
		assertThat(city.overdue()).isBetween(2L, 15L + created);
	}

	@Test
	void the_seeded_figures_are_plausible() {
		ElectionKpis city = this.elections.overview().orElseThrow().city();

		assertThat(city.turnout()).isBetween(new java.math.BigDecimal("80"), new java.math.BigDecimal("97"));
		assertThat(city.secretaryIsDirectorRate()).isGreaterThan(new java.math.BigDecimal("75"));
		assertThat(city.womenShare()).isBetween(new java.math.BigDecimal("15"), new java.math.BigDecimal("45"));
		assertThat(city.averageAge()).isBetween(new java.math.BigDecimal("38"), new java.math.BigDecimal("47"));
		// the dates of each seeded election run in stage order and none lies in the
		// future
		List<Long> disordered = this.jdbc.queryForList("""
				SELECT id FROM community_election WHERE round_id = 1 AND (
				  committee_done_on < audit_done_on OR voter_registration_done_on < committee_done_on
				  OR nomination_done_on < voter_registration_done_on OR voting_done_on < nomination_done_on
				  OR handover_done_on < voting_done_on
				  OR GREATEST(COALESCE(audit_done_on, '2000-01-01'), COALESCE(handover_done_on, '2000-01-01'),
				      COALESCE(voting_done_on, '2000-01-01')) > DATE(UTC_TIMESTAMP() + INTERVAL 8 HOUR)
				  OR ballots_cast > registered_voters OR candidates <= seats
				  OR women_members > party_committee_members + residents_committee_members - cross_holding_count)""",
				Long.class);
		assertThat(disordered).isEmpty();
		assertThat(count("SELECT COUNT(*) FROM community_election WHERE stage = 'RE_VOTE'"
				+ " AND 2 * ballots_cast > registered_voters"))
			.isZero();
	}

	@Test
	void the_seeded_votes_keep_the_laws_seats_and_elect_nobody_beyond_them() {
		// 《村民委员会组织法》第六条: 3 to 7; 《城市居民委员会组织法》第七条: 5 to 9
		assertThat(count("""
				SELECT COUNT(*) FROM community_election e JOIN community c ON c.id = e.community_id
				WHERE e.round_id = 1 AND e.seats IS NOT NULL AND (
				  (c.kind = 'VILLAGE' AND e.seats NOT BETWEEN 3 AND 7)
				  OR (c.kind = 'COMMUNITY' AND e.seats NOT BETWEEN 5 AND 9))""")).isZero();
		assertThat(count("""
				SELECT COUNT(*) FROM community_election WHERE round_id = 1 AND (
				  elected + COALESCE(supplementary_elected, 0) > seats OR residents_committee_members > seats
				  OR (stage IN ('HANDOVER', 'COMPLETED') AND elected IS NULL)
				  OR (stage = 'SUPPLEMENTARY_VOTE' AND elected >= seats)
				  OR (stage = 'SUPPLEMENTARY_VOTE' AND 2 * ballots_cast <= registered_voters))""")).isZero();
		// a committee without a woman is flagged for villages only
		assertThat(count("""
				SELECT COUNT(*) FROM community_election e JOIN community c ON c.id = e.community_id
				WHERE e.round_id = 1 AND e.committee_without_woman
				  AND (c.kind <> 'VILLAGE' OR e.committee_women <> 0)""")).isZero();
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

	/**
	 * 《中国共产党基层组织选举工作条例》: "有选举权的到会人数超过应到会人数的五分之四，会议有效"; "被选举人获得的赞成票超过应到会有选举权人数的半数，始得当选".
	 */
	@Test
	void the_seeded_party_elections_keep_the_rules_and_elect_their_seats_with_one_secretary() {
		assertThat(count("SELECT COUNT(*) FROM community_election WHERE round_id = 1"
				+ " AND party_election_done_on IS NOT NULL AND 5 * party_members_present <= 4 * party_members_expected"))
			.isZero();
		assertThat(count("SELECT COUNT(*) FROM community_election WHERE round_id = 1 AND stage = 'PARTY_ELECTION'"
				+ " AND party_meetings_held > 0 AND 5 * party_members_present > 4 * party_members_expected"))
			.isZero();
		assertThat(count("SELECT COUNT(*) FROM election_member m JOIN community_election e ON e.id = m.election_id"
				+ " WHERE m.body = 'PARTY_COMMITTEE' AND (2 * m.votes_for <= e.party_members_expected"
				+ " OR m.votes_for > e.party_members_present)"))
			.isZero();
		assertThat(count("SELECT COUNT(*) FROM community_election e WHERE e.round_id = 1"
				+ " AND e.party_election_done_on IS NOT NULL AND e.party_members_expected IS NOT NULL AND ("
				+ " (SELECT COUNT(*) FROM election_member m WHERE m.election_id = e.id AND m.body = 'PARTY_COMMITTEE')"
				+ " NOT BETWEEN 1 AND e.party_seats OR (SELECT COUNT(*) FROM election_member m WHERE m.election_id = e.id"
				+ " AND m.body = 'PARTY_COMMITTEE' AND m.secretary) <> 1)"))
			.isZero();
		assertThat(count("SELECT COUNT(*) FROM community_election WHERE round_id = 1"
				+ " AND (party_election_done_on < audit_done_on OR committee_done_on < party_election_done_on"
				+ " OR supervisory_done_on < voting_done_on OR handover_done_on < supervisory_done_on)"))
			.isZero();
		ElectionKpis city = this.elections.overview().orElseThrow().city();
		assertThat(city.partyElectionsCompleted()).isGreaterThan(100);
		assertThat(city.partyAverageAge()).isBetween(new java.math.BigDecimal("38"), new java.math.BigDecimal("50"));
	}

}
