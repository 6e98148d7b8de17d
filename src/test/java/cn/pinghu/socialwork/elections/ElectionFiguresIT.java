package cn.pinghu.socialwork.elections;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.progress.Signal;
import cn.pinghu.socialwork.shared.Percentages;
import org.junit.jupiter.api.Test;

import org.springframework.security.test.context.support.WithMockUser;

import static cn.pinghu.socialwork.elections.ElectionStage.AUDIT;
import static cn.pinghu.socialwork.elections.ElectionStage.COMMITTEE;
import static cn.pinghu.socialwork.elections.ElectionStage.COMPLETED;
import static cn.pinghu.socialwork.elections.ElectionStage.HANDOVER;
import static cn.pinghu.socialwork.elections.ElectionStage.RE_VOTE;
import static cn.pinghu.socialwork.elections.ElectionStage.SUPPLEMENTARY_VOTE;
import static cn.pinghu.socialwork.elections.ElectionStage.VOTING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The round's figures as the seeded coordinator of 当湖街道 (town 1) or a leader reads them,
 * on elections inserted for each test in a transaction that is rolled back.
 */
@WithMockUser(username = "coordinator", roles = Role.Names.COORDINATOR)
class ElectionFiguresIT extends ElectionServiceFixture {

	@Test
	void the_latest_completions_are_those_of_the_callers_towns_newest_first() {
		long id = this.data.election(DANGHU, HANDOVER);
		this.data.election(ZHONGDAI, COMPLETED);
		this.stages.completeStage(StageCompletion.of(id, 0, HANDOVER, this.today)
			.withResults(ElectionTestData.results(7, 5, true, 2, 3)));

		List<ElectionCompletion> latest = this.figures.latestCompletions(5);

		assertThat(latest).hasSizeBetween(1, 5).allSatisfy(completion -> {
			assertThat(completion.townId()).isEqualTo(DANGHU);
			assertThat(completion.townName()).isEqualTo("当湖街道");
		});
		assertThat(latest.get(0).electionId()).isEqualTo(id);
		assertThat(latest.get(0).communityName()).startsWith("换届测试村");
		assertThat(latest.get(0).completedOn()).isEqualTo(this.today);
		assertThat(latest).extracting(ElectionCompletion::completedOn)
			.isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThatIllegalArgumentException().isThrownBy(() -> this.figures.latestCompletions(0));
	}

	@Test
	@WithMockUser(username = "leader", roles = Role.Names.LEADER)
	void the_kpis_of_a_town_follow_their_definitions() {
		long town = this.data.town("换届测试镇");
		this.data.election(town, AUDIT);
		this.data.election(town, VOTING);
		this.data.election(town, RE_VOTE);
		this.data.election(town, SUPPLEMENTARY_VOTE);
		this.data.election(town, HANDOVER, Map.of("ballots_cast", 700));
		this.data.election(town, COMPLETED);
		this.data.election(town, COMPLETED,
				Map.ofEntries(Map.entry("party_committee_members", 5), Map.entry("residents_committee_members", 5),
						Map.entry("cross_holding_count", 1), Map.entry("secretary_is_director", false),
						Map.entry("women_members", 5), Map.entry("members_under_35", 0),
						Map.entry("average_age", new BigDecimal("48.0")), Map.entry("college_members", 3),
						Map.entry("committee_women", 0), Map.entry("committee_without_woman", true)));

		TownElections row = this.figures.overview()
			.orElseThrow()
			.towns()
			.stream()
			.filter(t -> t.townId() == town)
			.findFirst()
			.orElseThrow();
		ElectionKpis kpis = row.kpis();

		assertThat(kpis.communities()).isEqualTo(7);
		assertThat(kpis.completed()).isEqualTo(2);
		assertThat(Percentages.shown(kpis.completionRate())).isEqualByComparingTo("28.6");
		assertThat(kpis.funnel()).containsEntry(AUDIT, 1L)
			.containsEntry(COMMITTEE, 0L)
			.containsEntry(VOTING, 1L)
			.containsEntry(RE_VOTE, 1L)
			.containsEntry(SUPPLEMENTARY_VOTE, 1L)
			.containsEntry(HANDOVER, 1L)
			.containsEntry(COMPLETED, 2L);
		assertThat(kpis.reVotes()).isEqualTo(1);
		assertThat(kpis.supplementaryVotes()).isEqualTo(1);
		// valid votes only: 900 + 700 + 900 + 900 of 4 × 1000; the 重新选举's 400 is left out
		assertThat(kpis.validVotes()).isEqualTo(4);
		assertThat(kpis.ballotsCast()).isEqualTo(3400);
		assertThat(kpis.turnout()).isEqualByComparingTo("85");
		assertThat(kpis.secretaryIsDirectorRate()).isEqualByComparingTo("50");
		// members 10 + 9; women 3 + 5; college 6 + 3; age (42.5 × 10 + 48 × 9) ÷ 19
		assertThat(kpis.members()).isEqualTo(19);
		assertThat(Percentages.shown(kpis.womenShare())).isEqualByComparingTo("42.1");
		assertThat(Percentages.shown(kpis.collegeShare())).isEqualByComparingTo("47.4");
		// one member under 35 of 19, in one community; one village without a woman
		assertThat(kpis.under35Rate()).isEqualByComparingTo(Percentages.percent(1, 19));
		assertThat(kpis.withUnder35()).isEqualTo(1);
		assertThat(kpis.committeesWithoutWoman()).isEqualTo(1);
		assertThat(kpis.averageAge()).isEqualByComparingTo("45.1");
		// the audit was due 60 days ago in the seeded plan, voting is not due yet
		assertThat(kpis.overdue()).isEqualTo(1);
		assertThat(row.signal()).isEqualTo(Signal.RED);
	}

	@Test
	@WithMockUser(username = "leader", roles = Role.Names.LEADER)
	void the_city_adds_up_the_towns() {
		ElectionOverview overview = this.figures.overview().orElseThrow();

		assertThat(overview.towns()).hasSizeGreaterThanOrEqualTo(9);
		assertThat(overview.city().communities())
			.isEqualTo(overview.towns().stream().mapToLong(t -> t.kpis().communities()).sum())
			.isEqualTo(
					// archived communities keep their record but leave the figures
					this.jdbc.queryForObject("""
							SELECT COUNT(*) FROM community_election e JOIN community c ON c.id = e.community_id
							WHERE e.round_id = 1 AND c.archived_at IS NULL""", Long.class));
		assertThat(overview.city().completed())
			.isEqualTo(overview.towns().stream().mapToLong(t -> t.kpis().completed()).sum());
	}

}
