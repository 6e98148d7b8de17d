package cn.pinghu.socialwork.elections;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Party election's two thresholds, from 《中国共产党基层组织选举工作条例》:
 * "有选举权的到会人数超过应到会人数的五分之四，会议有效" and "被选举人获得的赞成票超过应到会有选举权人数的半数，始得当选". Both are "more than",
 * so the boundary itself fails.
 */
class PartyElectionRulesTest {

	/** "超过应到会人数的五分之四": 40 of 50 is exactly four fifths, not more. */
	@Test
	void a_meeting_at_exactly_four_fifths_is_invalid_and_one_more_present_valid() {
		assertThat(PartyElectionRules.meetingValid(40, 50)).isFalse();
		assertThat(PartyElectionRules.meetingValid(41, 50)).isTrue();
	}

	/** Four fifths of 7 is 5.6: 5 present is too few, 6 enough. */
	@Test
	void four_fifths_of_a_count_not_divisible_by_five_is_passed_by_the_next_whole_member() {
		assertThat(PartyElectionRules.meetingValid(5, 7)).isFalse();
		assertThat(PartyElectionRules.meetingValid(6, 7)).isTrue();
		assertThat(PartyElectionRules.meetingValid(0, 0)).isFalse();
	}

	/**
	 * "超过应到会有选举权人数的半数": half of the 50 expected is 25, however many of them are present;
	 * 25 votes of 41 present is more than half of those present and still not enough.
	 */
	@Test
	void a_candidate_needs_votes_for_from_more_than_half_of_the_members_expected() {
		assertThat(PartyElectionRules.elected(25, 50)).isFalse();
		assertThat(PartyElectionRules.elected(26, 50)).isTrue();
		assertThat(PartyElectionRules.elected(4, 7)).isTrue();
		assertThat(PartyElectionRules.elected(3, 7)).isFalse();
	}

	@Test
	void college_or_above_counts_college_bachelor_and_postgraduate() {
		assertThat(Education.SENIOR_HIGH.collegeOrAbove()).isFalse();
		assertThat(Education.COLLEGE.collegeOrAbove()).isTrue();
		assertThat(Education.POSTGRADUATE.collegeOrAbove()).isTrue();
	}

}
