package cn.pinghu.socialwork.elections;

import java.util.List;

import cn.pinghu.socialwork.identity.Role;
import org.junit.jupiter.api.Test;

import org.springframework.security.test.context.support.WithMockUser;

import static cn.pinghu.socialwork.elections.ElectionStage.COMMITTEE;
import static cn.pinghu.socialwork.elections.ElectionStage.HANDOVER;
import static cn.pinghu.socialwork.elections.ElectionStage.PARTY_ELECTION;
import static cn.pinghu.socialwork.elections.ElectionStage.SUPERVISORY;
import static cn.pinghu.socialwork.elections.ElectionStage.SUPPLEMENTARY_VOTE;
import static cn.pinghu.socialwork.elections.ElectionStage.VOTING;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Party organisation's election (党组织换届选举) and the supervisory committee through the
 * service, by 《中国共产党基层组织选举工作条例》: "有选举权的到会人数超过应到会人数的五分之四，会议有效" and
 * "被选举人获得的赞成票超过应到会有选举权人数的半数，始得当选". As the seeded coordinator of 当湖街道, on elections
 * inserted for each test and rolled back.
 */
@WithMockUser(username = "coordinator", roles = Role.Names.COORDINATOR)
class ElectionPartyIT extends ElectionServiceFixture {

	/** "超过应到会人数的五分之四": 40 of 50 present is invalid, the meeting is held again. */
	@Test
	void a_party_meeting_at_exactly_four_fifths_is_invalid_and_repeats_the_stage() {
		long id = this.data.election(DANGHU, PARTY_ELECTION);

		CommunityElectionSummary after = party(id, 0, 50, 40, 5, List.of());

		assertThat(after.stage()).isEqualTo(PARTY_ELECTION);
		assertThat(after.partyElectionDone()).isFalse();
		assertThat(after.partyMeeting()).isNotNull().satisfies(meeting -> {
			assertThat(meeting.valid()).isFalse();
			assertThat(meeting.meetingsHeld()).isEqualTo(1);
			assertThat(meeting.members()).isEmpty();
		});
		assertThat(this.events.stream(PartyMeetingInvalid.class)).singleElement()
			.satisfies(invalid -> assertThat(invalid.membersPresent()).isEqualTo(40));
		assertThat(this.events.stream(ElectionStageCompleted.class)).isEmpty();

		// members elected at an invalid meeting are refused
		assertRejected(() -> party(id, 1, 50, 40, 5, List.of(member("张三", 45, true))),
				"elections.validation.members-in-invalid-meeting");
	}

	/** One more present, 41 of 50, makes the meeting valid; the line goes on. */
	@Test
	void one_more_member_present_makes_the_meeting_valid_and_elects_the_party_committee() {
		long id = this.data.election(DANGHU, PARTY_ELECTION);
		party(id, 0, 50, 40, 5, List.of());

		CommunityElectionSummary after = party(id, 1, 50, 41, 5,
				List.of(member("张三", 30, true), member("李四", 26, false)));

		assertThat(after.stage()).isEqualTo(COMMITTEE);
		assertThat(after.partyElectionDone()).isTrue();
		assertThat(after.completedOn()).containsEntry(PARTY_ELECTION, this.today);
		assertThat(after.partyMeeting()).isNotNull().satisfies(meeting -> {
			assertThat(meeting.meetingsHeld()).isEqualTo(2);
			assertThat(meeting.members()).extracting(ElectedMember::name).containsExactly("张三", "李四");
			assertThat(meeting.secretary()).isNotNull().extracting(ElectedMember::name).isEqualTo("张三");
		});
		assertThat(this.events.stream(ElectionStageCompleted.class)).singleElement()
			.satisfies(completed -> assertThat(completed.next()).isEqualTo(COMMITTEE));
		assertThat(this.figures.history(id).get(0).changes())
			.anySatisfy(change -> assertThat(change.field()).isEqualTo("members.PARTY_COMMITTEE"));
	}

	/**
	 * "赞成票超过应到会有选举权人数的半数": 25 of the 50 expected is not enough, though more than half of
	 * the 41 present; 26 is.
	 */
	@Test
	void a_candidate_needs_votes_for_from_more_than_half_of_the_members_expected() {
		long id = this.data.election(DANGHU, PARTY_ELECTION);

		assertRejected(() -> party(id, 0, 50, 41, 5, List.of(member("王五", 25, false))),
				"elections.validation.member-not-elected");
		assertThat(stage(id)).isEqualTo(PARTY_ELECTION.name());

		assertThat(party(id, 0, 50, 41, 5, List.of(member("王五", 26, false))).stage()).isEqualTo(COMMITTEE);
	}

	@Test
	void a_party_election_refuses_members_beyond_the_seats_two_secretaries_and_more_present_than_expected() {
		long id = this.data.election(DANGHU, PARTY_ELECTION);

		assertRejected(() -> party(id, 0, 50, 45, 1, List.of(member("甲", 30, false), member("乙", 30, false))),
				"elections.validation.members-over-seats");
		assertRejected(() -> party(id, 0, 50, 45, 3, List.of(member("甲", 30, true), member("乙", 30, true))),
				"elections.validation.one-secretary");
		assertRejected(() -> party(id, 0, 50, 51, 3, List.of(member("甲", 30, true))),
				"elections.validation.present-over-expected");
		assertRejected(() -> party(id, 0, 50, 45, 3, List.of()), "elections.validation.members-required");
		assertThat(stage(id)).isEqualTo(PARTY_ELECTION.name());
	}

	/**
	 * 《村民委员会组织法》第十五条: the vote fills 5 of 7 seats, the 另行选举 the other 2; the supervisory
	 * committee's stage that follows keeps them filled.
	 */
	@Test
	void voting_then_a_supplementary_vote_then_the_supervisory_committee_keeps_the_seats_filled() {
		long id = this.data.election(DANGHU, VOTING);

		CommunityElectionSummary voted = this.stages
			.completeStage(StageCompletion.of(id, 0, VOTING, this.today).withVote(900, 5));
		assertThat(voted.stage()).isEqualTo(SUPPLEMENTARY_VOTE);

		CommunityElectionSummary supplemented = this.stages
			.completeStage(StageCompletion.of(id, 1, SUPPLEMENTARY_VOTE, this.today)
				.withSupplementaryVote(600, List.of(300, 250)));
		assertThat(supplemented.stage()).isEqualTo(SUPERVISORY);
		assertThat(supplemented.seatsFilled()).isEqualTo(7);

		CommunityElectionSummary supervised = this.stages
			.completeStage(StageCompletion.of(id, 2, SUPERVISORY, this.today)
				.withMembers(List.of(ElectedMember.supervisor("赵六", Sex.FEMALE, 50, Education.SENIOR_HIGH),
						ElectedMember.supervisor("钱七", Sex.MALE, 44, Education.COLLEGE),
						ElectedMember.supervisor("孙八", Sex.MALE, 61, Education.JUNIOR_HIGH))));

		assertThat(supervised.stage()).isEqualTo(HANDOVER);
		assertThat(supervised.seatsFilled()).isEqualTo(7);
		assertThat(supervised.elected()).isEqualTo(5);
		assertThat(supervised.supplementaryVote()).isNotNull()
			.satisfies(vote -> assertThat(vote.elected()).isEqualTo(2));
		assertThat(supervised.supervisors()).extracting(ElectedMember::name).containsExactly("赵六", "钱七", "孙八");
		assertThat(supervised.completedOn()).containsKey(SUPERVISORY);
	}

	@Test
	void a_supervisory_committee_needs_its_members_complete() {
		long id = this.data.election(DANGHU, SUPERVISORY);

		assertRejected(() -> this.stages.completeStage(StageCompletion.of(id, 0, SUPERVISORY, this.today)),
				"elections.validation.members-required");
		assertRejected(
				() -> this.stages.completeStage(StageCompletion.of(id, 0, SUPERVISORY, this.today)
					.withMembers(List.of(new ElectedMember(" ", Sex.MALE, 17, Education.COLLEGE, false, null)))),
				"elections.validation.member-name-required");
		assertThat(stage(id)).isEqualTo(SUPERVISORY.name());
	}

	@Test
	@WithMockUser(username = "admin", roles = Role.Names.ADMIN)
	void reopening_the_party_election_takes_back_its_meeting_and_members() {
		long id = this.data.election(DANGHU, PARTY_ELECTION);
		CommunityElectionSummary elected = party(id, 0, 50, 45, 5, List.of(member("张三", 40, true)));
		assertThat(elected.version()).as("one version per change").isEqualTo(1);

		CommunityElectionSummary reopened = this.stages.reopen(new Reopening(id, 1, PARTY_ELECTION, "党员名册有误"));

		assertThat(reopened.stage()).isEqualTo(PARTY_ELECTION);
		assertThat(reopened.partyMeeting()).isNull();
		assertThat(
				this.jdbc.queryForObject("SELECT COUNT(*) FROM election_member WHERE election_id = ?", Long.class, id))
			.isZero();
	}

	@Test
	@WithMockUser(username = "admin", roles = Role.Names.ADMIN)
	void the_figures_count_the_party_elections_done_and_their_members() {
		long town = this.data.town("党组织换届测试镇");
		long done = this.data.election(town, PARTY_ELECTION);
		this.data.election(town, PARTY_ELECTION);
		party(done, 0, 20, 18, 3, List.of(member("周一", 15, true), member("吴二", 12, false)));

		TownElections figures = this.figures.overview()
			.orElseThrow()
			.towns()
			.stream()
			.filter(row -> row.townId() == town)
			.findFirst()
			.orElseThrow();

		assertThat(figures.kpis().partyElectionsCompleted()).isEqualTo(1);
		assertThat(figures.kpis().funnel()).containsEntry(PARTY_ELECTION, 1L).containsEntry(COMMITTEE, 1L);
		assertThat(figures.kpis().partyMembers()).isEqualTo(2);
		// ages 40 and 41 (see member())
		assertThat(figures.kpis().partyAverageAge()).isEqualByComparingTo("40.5");
		assertThat(figures.kpis().partyCollegeShare()).isEqualByComparingTo("50");
	}

	private CommunityElectionSummary party(long id, long version, int expected, int present, int seats,
			List<ElectedMember> members) {
		return this.stages.completeStage(StageCompletion.of(id, version, PARTY_ELECTION, this.today)
			.withPartyElection(new PartyAttendance(expected, present, seats), members));
	}

	/**
	 * A member with the votes for; the secretary is 40 with a bachelor's degree, the
	 * others 41 with a senior high school's.
	 */
	private static ElectedMember member(String name, int votesFor, boolean secretary) {
		return new ElectedMember(name, Sex.MALE, secretary ? 40 : 41,
				secretary ? Education.BACHELOR : Education.SENIOR_HIGH, secretary, votesFor);
	}

}
