package cn.pinghu.socialwork.elections;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.pinghu.socialwork.audit.AuditEntry;
import cn.pinghu.socialwork.audit.FieldChange;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.shared.data.StaleVersionException;
import org.junit.jupiter.api.Test;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import static cn.pinghu.socialwork.elections.ElectionStage.AUDIT;
import static cn.pinghu.socialwork.elections.ElectionStage.COMMITTEE;
import static cn.pinghu.socialwork.elections.ElectionStage.COMPLETED;
import static cn.pinghu.socialwork.elections.ElectionStage.HANDOVER;
import static cn.pinghu.socialwork.elections.ElectionStage.NOMINATION;
import static cn.pinghu.socialwork.elections.ElectionStage.PARTY_ELECTION;
import static cn.pinghu.socialwork.elections.ElectionStage.RE_VOTE;
import static cn.pinghu.socialwork.elections.ElectionStage.SUPERVISORY;
import static cn.pinghu.socialwork.elections.ElectionStage.VOTER_REGISTRATION;
import static cn.pinghu.socialwork.elections.ElectionStage.VOTING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Stage changes as the seeded coordinator of 当湖街道 (town 1), on elections inserted for
 * each test in a transaction that is rolled back.
 */
@WithMockUser(username = "coordinator", roles = Role.Names.COORDINATOR)
class ElectionStagesIT extends ElectionServiceFixture {

	@Test
	void completing_the_audit_moves_on_to_the_party_election_with_an_audit_row_and_an_event() {
		long id = this.data.election(DANGHU, AUDIT);
		long outboxBefore = outbox("ElectionStageCompleted");

		CommunityElectionSummary after = this.stages.completeStage(StageCompletion.of(id, 0, AUDIT, this.today));

		assertThat(after.stage()).isEqualTo(PARTY_ELECTION);
		assertThat(after.completedOn()).containsEntry(AUDIT, this.today);
		assertThat(after.version()).isEqualTo(1);
		assertThat(this.events.stream(ElectionStageCompleted.class)).containsExactly(
				new ElectionStageCompleted(id, this.data.communityOf(id), DANGHU, AUDIT, PARTY_ELECTION, this.today));
		assertThat(outbox("ElectionStageCompleted")).isEqualTo(outboxBefore + 1);
		assertThat(this.figures.history(id)).singleElement().satisfies(entry -> {
			assertThat(entry.username()).isEqualTo("coordinator");
			assertThat(entry.townId()).isEqualTo(DANGHU);
			assertThat(entry.changes()).contains(new FieldChange("stage", "AUDIT", "PARTY_ELECTION"),
					new FieldChange("completedOn.AUDIT", null, this.today.toString()));
		});
	}

	@Test
	void a_stage_cannot_be_skipped_nor_taken_back() {
		long id = this.data.election(DANGHU, COMMITTEE);

		assertRejected(
				() -> this.stages
					.completeStage(StageCompletion.of(id, 0, VOTER_REGISTRATION, this.today).withRegisteredVoters(900)),
				"elections.rejected.not-current-stage");
		assertRejected(() -> this.stages.completeStage(StageCompletion.of(id, 0, AUDIT, this.today)),
				"elections.rejected.not-current-stage");
		assertUnchanged(id, COMMITTEE);
	}

	@Test
	void a_date_in_the_future_or_before_the_previous_stage_is_refused() {
		long id = this.data.election(DANGHU, COMMITTEE);

		assertRejected(() -> this.stages.completeStage(StageCompletion.of(id, 0, COMMITTEE, this.today.plusDays(1))),
				"elections.validation.date-future");
		assertRejected(() -> this.stages.completeStage(StageCompletion.of(id, 0, COMMITTEE, this.today.minusDays(2))),
				"elections.validation.date-before-previous");
		assertRejected(() -> this.stages.completeStage(StageCompletion.of(id, 0, COMMITTEE, null)),
				"elections.validation.date-required");
		assertUnchanged(id, COMMITTEE);
	}

	@Test
	void the_audit_cannot_be_completed_before_the_round_started() {
		long id = this.data.election(DANGHU, AUDIT);
		LocalDate start = this.figures.round().orElseThrow().startsOn();

		assertRejected(() -> this.stages.completeStage(StageCompletion.of(id, 0, AUDIT, start.minusDays(1))),
				"elections.validation.date-before-round");
		assertUnchanged(id, AUDIT);
	}

	@Test
	void voter_registration_needs_the_number_of_registered_voters() {
		long id = this.data.election(DANGHU, VOTER_REGISTRATION);

		assertRejected(() -> this.stages.completeStage(StageCompletion.of(id, 0, VOTER_REGISTRATION, this.today)),
				"elections.validation.required");
		assertRejected(
				() -> this.stages
					.completeStage(StageCompletion.of(id, 0, VOTER_REGISTRATION, this.today).withRegisteredVoters(0)),
				"elections.validation.positive");
		assertUnchanged(id, VOTER_REGISTRATION);

		CommunityElectionSummary after = this.stages
			.completeStage(StageCompletion.of(id, 0, VOTER_REGISTRATION, this.today).withRegisteredVoters(1234));
		assertThat(after.stage()).isEqualTo(NOMINATION);
		assertThat(after.registeredVoters()).isEqualTo(1234);
	}

	@Test
	void a_nomination_needs_more_candidates_than_seats() {
		long id = this.data.election(DANGHU, NOMINATION);

		ElectionRejectedException rejected = assertRejected(
				() -> this.stages.completeStage(StageCompletion.of(id, 0, NOMINATION, this.today).withNomination(7, 7)),
				"elections.validation.candidates-not-more-than-seats");
		assertThat(chinese(rejected)).containsExactly("候选人数须多于应选名额 7 人（差额选举）。");
		assertUnchanged(id, NOMINATION);

		assertThat(this.stages.completeStage(StageCompletion.of(id, 0, NOMINATION, this.today).withNomination(8, 7))
			.stage()).isEqualTo(VOTING);
	}

	@Test
	void a_vote_cannot_count_more_ballots_than_registered_voters() {
		long id = this.data.election(DANGHU, VOTING);

		ElectionRejectedException rejected = assertRejected(
				() -> this.stages.completeStage(StageCompletion.of(id, 0, VOTING, this.today).withVote(1001, 7)),
				"elections.validation.ballots-over-registered");
		assertThat(chinese(rejected)).containsExactly("参加投票人数不能超过登记选民数 1000 人。");
		assertUnchanged(id, VOTING);
	}

	@Test
	void a_vote_of_no_more_than_half_the_voters_calls_a_re_vote_that_votes_again() {
		long id = this.data.election(DANGHU, VOTING);

		CommunityElectionSummary failed = this.stages
			.completeStage(StageCompletion.of(id, 0, VOTING, this.today.minusDays(1)).withBallotsCast(500));

		assertThat(failed.stage()).isEqualTo(RE_VOTE);
		assertThat(failed.turnout()).isEqualByComparingTo("50");
		assertThat(failed.votesHeld()).isEqualTo(1);
		assertThat(this.events.stream(ElectionVoteFailed.class)).containsExactly(
				new ElectionVoteFailed(id, this.data.communityOf(id), DANGHU, this.today.minusDays(1), 500, 1000));
		assertRejected(
				() -> this.stages
					.completeStage(StageCompletion.of(id, 1, RE_VOTE, this.today.minusDays(2)).withVote(800, 7)),
				"elections.validation.date-before-previous");
		assertRejected(() -> this.stages.completeStage(StageCompletion.of(id, 1, HANDOVER, this.today)
			.withResults(ElectionTestData.results(7, 5, true, 2, 3))), "elections.rejected.not-current-stage");

		CommunityElectionSummary repeated = this.stages
			.completeStage(StageCompletion.of(id, 1, RE_VOTE, this.today).withVote(501, 7));

		assertThat(repeated.stage()).isEqualTo(SUPERVISORY);
		assertThat(repeated.votesHeld()).isEqualTo(2);
		assertThat(repeated.ballotsCast()).isEqualTo(501);
		assertThat(repeated.completedOn()).containsEntry(VOTING, this.today);
		assertThat(this.events.stream(ElectionStageCompleted.class)).singleElement()
			.satisfies(event -> assertThat(event.stage()).isEqualTo(RE_VOTE));
	}

	/** Each vote is a row of the trail with its ballots from and to (村民委员会组织法 §15). */
	@Test
	void each_vote_and_its_re_vote_is_audited_with_the_ballots_from_and_to() {
		long id = this.data.election(DANGHU, VOTING);

		this.stages.completeStage(StageCompletion.of(id, 0, VOTING, this.today.minusDays(1)).withBallotsCast(500));
		this.stages.completeStage(StageCompletion.of(id, 1, RE_VOTE, this.today).withVote(501, 7));

		List<AuditEntry> history = this.figures.history(id);
		assertThat(history).hasSize(2);
		assertThat(history.get(1).changes()).contains(new FieldChange("stage", "VOTING", "RE_VOTE"),
				new FieldChange("ballotsCast", null, "500"), new FieldChange("votesHeld", "0", "1"),
				new FieldChange("elected", null, "0"));
		assertThat(history.get(0).changes()).contains(new FieldChange("stage", "RE_VOTE", "SUPERVISORY"),
				new FieldChange("ballotsCast", "500", "501"), new FieldChange("votesHeld", "1", "2"),
				new FieldChange("elected", "0", "7"));
	}

	@Test
	void the_results_are_checked_against_the_members_elected() {
		long id = this.data.election(DANGHU, HANDOVER);

		ElectionRejectedException rejected = assertRejected(
				() -> this.stages.completeStage(StageCompletion.of(id, 0, HANDOVER, this.today)
					.withResults(new ElectionResults(7, 5, true, 6, 11, 1, new BigDecimal("17.0"), 2, 1))),
				"elections.validation.cross-holding-too-many");
		assertThat(rejected.messageKeys()).contains("elections.validation.average-age-range");
		assertRejected(
				() -> this.stages.completeStage(StageCompletion.of(id, 0, HANDOVER, this.today)
					.withResults(ElectionTestData.results(7, 5, true, 2, 11))),
				"elections.validation.more-than-members");
		assertRejected(
				() -> this.stages.completeStage(StageCompletion.of(id, 0, HANDOVER, this.today)
					.withResults(ElectionTestData.results(7, 5, true, 0, 3))),
				"elections.validation.secretary-is-director-holds-both");
		assertRejected(() -> this.stages.completeStage(StageCompletion.of(id, 0, HANDOVER, this.today)),
				"elections.validation.required");
		assertUnchanged(id, HANDOVER);

		CommunityElectionSummary completed = this.stages.completeStage(StageCompletion.of(id, 0, HANDOVER, this.today)
			.withResults(ElectionTestData.results(7, 5, true, 2, 10)));
		assertThat(completed.stage()).isEqualTo(COMPLETED);
		assertThat(completed.results().members()).isEqualTo(10);
		assertThat(completed.dueOn()).isNull();
		assertRejected(() -> this.stages.completeStage(StageCompletion.of(id, 1, COMPLETED, this.today)),
				"elections.rejected.completed");
	}

	@Test
	void a_coordinator_cannot_change_another_towns_election() {
		long id = this.data.election(ZHONGDAI, AUDIT);

		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.stages.completeStage(StageCompletion.of(id, 0, AUDIT, this.today)));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.figures.townElections(ZHONGDAI));
		assertThat(version(id)).isZero();
		assertThat(this.events.stream(ElectionChanged.class)).isEmpty();
	}

	@Test
	void a_change_on_a_version_no_longer_current_is_refused() {
		long id = this.data.election(DANGHU, AUDIT);
		this.stages.completeStage(StageCompletion.of(id, 0, AUDIT, this.today));

		assertThatExceptionOfType(StaleVersionException.class)
			.isThrownBy(() -> this.stages.completeStage(StageCompletion.of(id, 0, COMMITTEE, this.today)));
	}

	@Test
	@WithMockUser(username = "leader", roles = Role.Names.LEADER)
	void a_leader_reads_but_changes_nothing() {
		long id = this.data.election(DANGHU, AUDIT);

		assertThat(this.figures.election(id).stage()).isEqualTo(AUDIT);
		assertThat(this.stages.mayChange(DANGHU)).isFalse();
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.stages.completeStage(StageCompletion.of(id, 0, AUDIT, this.today)));
	}

	@Test
	void a_coordinator_cannot_reopen() {
		long id = this.data.election(DANGHU, VOTING);

		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.stages.reopen(new Reopening(id, 0, AUDIT, "材料有误")));
		assertUnchanged(id, VOTING);
	}

	@Test
	@WithMockUser(username = "admin", roles = Role.Names.ADMIN)
	void an_administrator_reopens_an_earlier_stage_clearing_what_followed_with_an_audit_row() {
		long id = this.data.election(ZHONGDAI, HANDOVER);

		assertRejected(() -> this.stages.reopen(new Reopening(id, 0, NOMINATION, "  ")),
				"elections.validation.reason-required");
		assertRejected(() -> this.stages.reopen(new Reopening(id, 0, COMPLETED, "材料有误")),
				"elections.rejected.reopen-not-earlier");
		assertUnchanged(id, HANDOVER);

		CommunityElectionSummary reopened = this.stages.reopen(new Reopening(id, 0, NOMINATION, " 候选人资格复查 "));

		assertThat(reopened.stage()).isEqualTo(NOMINATION);
		assertThat(reopened.registeredVoters()).isEqualTo(1000);
		assertThat(reopened.candidates()).isNull();
		assertThat(reopened.ballotsCast()).isNull();
		assertThat(reopened.votesHeld()).isZero();
		assertThat(reopened.completedOn()).containsOnlyKeys(AUDIT, PARTY_ELECTION, COMMITTEE, VOTER_REGISTRATION);
		assertThat(this.events.stream(ElectionReopened.class)).containsExactly(
				new ElectionReopened(id, this.data.communityOf(id), ZHONGDAI, HANDOVER, NOMINATION, "候选人资格复查"));
		AuditEntry entry = this.figures.history(id).get(0);
		assertThat(entry.username()).isEqualTo("admin");
		assertThat(entry.changes()).contains(new FieldChange("stage", "HANDOVER", "NOMINATION"),
				new FieldChange("ballotsCast", "900", null), new FieldChange("reopenReason", null, "候选人资格复查"));
	}

	private long outbox(String type) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM domain_event WHERE type = ?", Long.class, type);
	}

}
