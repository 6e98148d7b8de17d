package cn.pinghu.socialwork.elections;

import java.util.List;
import java.util.Map;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.places.CommunityKind;
import org.junit.jupiter.api.Test;

import org.springframework.security.test.context.support.WithMockUser;

import static cn.pinghu.socialwork.elections.ElectionStage.COMPLETED;
import static cn.pinghu.socialwork.elections.ElectionStage.HANDOVER;
import static cn.pinghu.socialwork.elections.ElectionStage.NOMINATION;
import static cn.pinghu.socialwork.elections.ElectionStage.RE_VOTE;
import static cn.pinghu.socialwork.elections.ElectionStage.SUPERVISORY;
import static cn.pinghu.socialwork.elections.ElectionStage.SUPPLEMENTARY_VOTE;
import static cn.pinghu.socialwork.elections.ElectionStage.VOTING;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committee vote by the law, through the service, one boundary each:
 * 《中华人民共和国村民委员会组织法》 第六条 (three to seven members, women among them) and 第十五条 (more than
 * half must vote; the seats left open go to a 另行选举 won with at least one third of the
 * ballots cast), 《中华人民共和国城市居民委员会组织法》第七条 (five to nine members). As the seeded coordinator
 * of 当湖街道, on elections of 1000 registered voters and 7 seats inserted for each test and
 * rolled back.
 */
@WithMockUser(username = "coordinator", roles = Role.Names.COORDINATOR)
class ElectionVotesIT extends ElectionServiceFixture {

	/** 《村民委员会组织法》第十五条: 500 of 1000 is not more than half. */
	@Test
	void a_turnout_of_exactly_half_is_invalid_and_calls_a_re_vote() {
		long id = this.data.election(DANGHU, VOTING);

		CommunityElectionSummary after = vote(id, 500, null);

		assertThat(after.stage()).isEqualTo(RE_VOTE);
		assertThat(after.validVote()).isFalse();
		assertThat(after.seatsFilled()).isZero();
		assertThat(this.events.stream(ElectionVoteFailed.class)).singleElement()
			.satisfies(failed -> assertThat(failed.ballotsCast()).isEqualTo(500));
	}

	/** 《村民委员会组织法》第十五条: 501 of 1000 is more than half. */
	@Test
	void a_turnout_of_half_plus_one_voter_is_valid() {
		long id = this.data.election(DANGHU, VOTING);

		CommunityElectionSummary after = vote(id, 501, 7);

		assertThat(after.stage()).isEqualTo(SUPERVISORY);
		assertThat(after.validVote()).isTrue();
		assertThat(after.elected()).isEqualTo(7);
		assertThat(this.events.stream(ElectionVoteFailed.class)).isEmpty();
	}

	/** 《村民委员会组织法》第十五条: an invalid vote elects nobody. */
	@Test
	void an_invalid_vote_cannot_elect_anybody() {
		long id = this.data.election(DANGHU, VOTING);

		assertRejected(() -> vote(id, 500, 3), "elections.validation.elected-in-invalid-vote");
		assertUnchanged(id, VOTING);
	}

	@Test
	void nobody_is_elected_beyond_the_seats() {
		long id = this.data.election(DANGHU, VOTING);

		ElectionRejectedException rejected = assertRejected(() -> vote(id, 900, 8),
				"elections.validation.elected-over-seats");
		assertThat(chinese(rejected)).containsExactly("当选人数不能超过应选名额 7 人。");
		assertUnchanged(id, VOTING);
	}

	/** 《村民委员会组织法》第十五条: 300 of 900 ballots is exactly one third. */
	@Test
	void a_candidate_with_exactly_one_third_of_the_ballots_wins_a_supplementary_vote() {
		long id = this.data.election(DANGHU, SUPPLEMENTARY_VOTE);

		CommunityElectionSummary after = supplementaryVote(id, 900, List.of(300));

		assertThat(after.supplementaryVote().elected()).isEqualTo(1);
		assertThat(after.seatsFilled()).isEqualTo(6);
	}

	/** 《村民委员会组织法》第十五条: 299 of 900 ballots is less than one third. */
	@Test
	void a_candidate_one_vote_short_of_a_third_loses_a_supplementary_vote() {
		long id = this.data.election(DANGHU, SUPPLEMENTARY_VOTE);

		CommunityElectionSummary after = supplementaryVote(id, 900, List.of(299));

		assertThat(after.supplementaryVote().elected()).isZero();
		assertThat(after.seatsFilled()).isEqualTo(5);
	}

	/**
	 * 《村民委员会组织法》第十五条: 5 of 7 elected, the 2 open seats go to a 另行选举; its winners add to
	 * the seats filled, which stay filled, and the line goes on to the supervisory
	 * committee's election.
	 */
	@Test
	void the_path_from_voting_through_a_supplementary_vote_keeps_the_seats_filled() {
		long id = this.data.election(DANGHU, VOTING);

		CommunityElectionSummary open = vote(id, 900, 5);

		assertThat(open.stage()).isEqualTo(SUPPLEMENTARY_VOTE);
		assertThat(open.seatsFilled()).isEqualTo(5);
		assertThat(this.events.stream(ElectionStageCompleted.class)).singleElement()
			.satisfies(event -> assertThat(event.next()).isEqualTo(SUPPLEMENTARY_VOTE));
		assertRejected(
				() -> this.stages.completeStage(StageCompletion.of(id, 1, SUPPLEMENTARY_VOTE, this.today.minusDays(2))
					.withSupplementaryVote(800, List.of(400))),
				"elections.validation.date-before-previous");

		// the most votes win, no more than the open seats: 500 and 350 of 800 win, 280
		// and
		// 100 do not get a seat
		CommunityElectionSummary after = this.stages
			.completeStage(StageCompletion.of(id, 1, SUPPLEMENTARY_VOTE, this.today)
				.withSupplementaryVote(800, List.of(100, 500, 280, 350)));

		assertThat(after.stage()).isEqualTo(SUPERVISORY);
		assertThat(after.elected()).isEqualTo(5);
		assertThat(after.supplementaryVote())
			.isEqualTo(new CommunityElectionSummary.SupplementaryVote(this.today, 800, 2));
		assertThat(after.seatsFilled()).isEqualTo(7);
		assertThat(after.ballotsCast()).isEqualTo(900);
		assertThat(after.completedOn()).containsEntry(VOTING, this.today.minusDays(1));
		assertThat(this.events.stream(ElectionStageCompleted.class)).last()
			.isEqualTo(new ElectionStageCompleted(id, this.data.communityOf(id), DANGHU, SUPPLEMENTARY_VOTE,
					SUPERVISORY, this.today));
	}

	/** 《村民委员会组织法》第六条: three to seven members. */
	@Test
	void two_seats_on_a_villagers_committee_are_refused() {
		long id = this.data.election(DANGHU, NOMINATION);

		ElectionRejectedException rejected = assertRejected(() -> nominate(id, 4, 2),
				"elections.validation.seats-village");
		assertThat(chinese(rejected)).singleElement().asString().contains("《村民委员会组织法》第六条").contains("3 至 7");
		assertUnchanged(id, NOMINATION);
		assertThat(nominate(id, 4, 3).stage()).isEqualTo(VOTING);
	}

	/** 《村民委员会组织法》第六条: three to seven members. */
	@Test
	void eight_seats_on_a_villagers_committee_are_refused() {
		long id = this.data.election(DANGHU, NOMINATION);

		assertRejected(() -> nominate(id, 10, 8), "elections.validation.seats-village");
		assertUnchanged(id, NOMINATION);
		assertThat(nominate(id, 10, 7).stage()).isEqualTo(VOTING);
	}

	/** 《城市居民委员会组织法》第七条: five to nine members. */
	@Test
	void four_seats_on_a_residents_committee_are_refused() {
		long id = this.data.election(DANGHU, NOMINATION, CommunityKind.COMMUNITY, Map.of());

		ElectionRejectedException rejected = assertRejected(() -> nominate(id, 6, 4),
				"elections.validation.seats-community");
		assertThat(chinese(rejected)).singleElement().asString().contains("《城市居民委员会组织法》第七条").contains("5 至 9");
		assertUnchanged(id, NOMINATION);
		assertThat(nominate(id, 10, 9).stage()).isEqualTo(VOTING);
	}

	/** 《村民委员会组织法》第六条: a villagers' committee should include a woman. */
	@Test
	@WithMockUser(username = "admin", roles = Role.Names.ADMIN)
	void a_villagers_committee_without_a_woman_is_flagged_and_counted() {
		long town = this.data.town("换届女性测试镇");
		long village = this.data.election(town, HANDOVER);
		long community = this.data.election(town, HANDOVER, CommunityKind.COMMUNITY, Map.of());

		CommunityElectionSummary flagged = complete(village, 0);
		CommunityElectionSummary residents = complete(community, 0);
		CommunityElectionSummary withWoman = complete(this.data.election(town, HANDOVER), 1);

		assertThat(flagged.stage()).isEqualTo(COMPLETED);
		assertThat(flagged.withoutWoman()).isTrue();
		assertThat(residents.withoutWoman()).isFalse();
		assertThat(withWoman.withoutWoman()).isFalse();
		assertThat(this.figures.overview()
			.orElseThrow()
			.towns()
			.stream()
			.filter(row -> row.townId() == town)
			.findFirst()
			.orElseThrow()
			.kpis()
			.committeesWithoutWoman()).isEqualTo(1);
	}

	@Test
	void women_on_the_committee_cannot_outnumber_its_members() {
		long id = this.data.election(DANGHU, HANDOVER);

		assertRejected(() -> complete(id, 6), "elections.validation.more-than-committee");
		assertUnchanged(id, HANDOVER);
	}

	private CommunityElectionSummary vote(long id, int ballots, Integer elected) {
		return this.stages
			.completeStage(StageCompletion.of(id, 0, VOTING, this.today.minusDays(1)).withVote(ballots, elected));
	}

	private CommunityElectionSummary supplementaryVote(long id, int ballots, List<Integer> votes) {
		return this.stages.completeStage(
				StageCompletion.of(id, 0, SUPPLEMENTARY_VOTE, this.today).withSupplementaryVote(ballots, votes));
	}

	private CommunityElectionSummary nominate(long id, int candidates, int seats) {
		return this.stages
			.completeStage(StageCompletion.of(id, 0, NOMINATION, this.today).withNomination(candidates, seats));
	}

	/** Completes the handover with 7 + 5 members and the given women on the committee. */
	private CommunityElectionSummary complete(long id, int committeeWomen) {
		ElectionResults results = ElectionTestData.results(7, 5, true, 2, 3);
		return this.stages.completeStage(StageCompletion.of(id, 0, HANDOVER, this.today)
			.withResults(new ElectionResults(results.partyCommitteeMembers(), results.residentsCommitteeMembers(),
					results.secretaryIsDirector(), results.crossHoldingCount(), results.womenMembers(),
					results.membersUnder35(), results.averageAge(), results.collegeMembers(), committeeWomen)));
	}

}
