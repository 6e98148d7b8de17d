package cn.pinghu.socialwork.elections;

import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The stage line with the vote's two side paths, and the names the user reads. */
class ElectionStageTest {

	@Test
	void both_side_paths_stand_with_the_vote_and_lead_on_to_the_supervisory_committee() {
		for (ElectionStage side : ElectionStage.SIDE_PATHS) {
			assertThat(side.plannedAs()).isEqualTo(ElectionStage.VOTING);
			assertThat(side.rank()).isEqualTo(ElectionStage.VOTING.rank());
			assertThat(side.next()).contains(ElectionStage.SUPERVISORY);
		}
		assertThat(ElectionStage.RE_VOTE.isVote()).isTrue();
		assertThat(ElectionStage.SUPPLEMENTARY_VOTE.isVote()).as("a vote for the open seats only").isFalse();
		assertThat(ElectionStage.MAIN_LINE).doesNotContainAnyElementsOf(ElectionStage.SIDE_PATHS);
	}

	/** 先党组织、后村（居）委会: the Party election follows the audit, before the committee's. */
	@Test
	void the_party_election_comes_first_and_the_supervisory_committee_after_the_vote() {
		assertThat(ElectionStage.MAIN_LINE).containsExactly(ElectionStage.AUDIT, ElectionStage.PARTY_ELECTION,
				ElectionStage.COMMITTEE, ElectionStage.VOTER_REGISTRATION, ElectionStage.NOMINATION,
				ElectionStage.VOTING, ElectionStage.SUPERVISORY, ElectionStage.HANDOVER, ElectionStage.COMPLETED);
		assertThat(ElectionStage.AUDIT.next()).contains(ElectionStage.PARTY_ELECTION);
		assertThat(ElectionStage.VOTING.next()).contains(ElectionStage.SUPERVISORY);
	}

	/**
	 * 重新选举 (the whole vote again) and 另行选举 (the open seats) are never one for the other.
	 */
	@Test
	void the_re_vote_and_the_supplementary_vote_keep_their_own_names_in_both_languages() {
		ResourceBundle.Control exact = ResourceBundle.Control
			.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
		ResourceBundle chinese = ResourceBundle.getBundle("i18n.elections", Locale.ROOT, exact);
		ResourceBundle english = ResourceBundle.getBundle("i18n.elections", Locale.ENGLISH, exact);

		assertThat(chinese.getString("elections.stage.RE_VOTE")).isEqualTo("重新选举");
		assertThat(chinese.getString("elections.stage.SUPPLEMENTARY_VOTE")).isEqualTo("另行选举");
		assertThat(chinese.getString("elections.column.re-votes")).isEqualTo("重新选举");
		assertThat(chinese.getString("elections.column.supplementary-votes")).isEqualTo("另行选举");
		assertThat(chinese.getString("elections.form.vote-failed")).contains("重新选举").doesNotContain("另行选举");
		assertThat(english.getString("elections.stage.RE_VOTE")).isEqualTo("Re-vote");
		assertThat(english.getString("elections.stage.SUPPLEMENTARY_VOTE")).isEqualTo("Supplementary vote");
	}

}
