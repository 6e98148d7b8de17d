package cn.pinghu.socialwork.elections;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.places.CommunityDraft;
import cn.pinghu.socialwork.places.CommunityKind;
import cn.pinghu.socialwork.places.CommunityService;
import cn.pinghu.socialwork.places.CommunitySummary;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import static cn.pinghu.socialwork.elections.ElectionStage.AUDIT;
import static cn.pinghu.socialwork.elections.ElectionStage.COMPLETED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Opening and closing rounds as an administrator, in a transaction that is rolled back:
 * the seeded round is closed first where a test opens one of its own.
 */
@WithMockUser(username = "admin", roles = Role.Names.ADMIN)
class ElectionRoundServiceIT extends ElectionServiceFixture {

	@Autowired
	ElectionRoundService rounds;

	@Autowired
	CommunityService places;

	@Test
	void opening_a_round_gives_every_active_community_one_election_and_leaves_archived_ones_out() {
		long town = this.data.town("开启测试镇");
		long active = this.data.community(town, "在用测试村");
		long archived = this.data.community(town, "归档测试村");
		this.jdbc.update("UPDATE community SET archived_at = UTC_TIMESTAMP(6) WHERE id = ?", archived);
		closeTheSeededRound();
		long inUse = count("SELECT COUNT(*) FROM community WHERE archived_at IS NULL");

		RoundIntake intake = this.rounds.preview(draft());
		long id = this.rounds.open(draft());

		assertThat(intake.communities()).isEqualTo(inUse);
		assertThat(intake.towns()).filteredOn(row -> row.townId() == town)
			.singleElement()
			.extracting(RoundIntake.TownIntake::communities)
			.isEqualTo(1L);
		assertThat(count("SELECT COUNT(*) FROM community_election WHERE round_id = ?", id)).isEqualTo(inUse);
		assertThat(count("SELECT COUNT(DISTINCT community_id) FROM community_election WHERE round_id = ?", id))
			.isEqualTo(inUse);
		assertThat(electionsOf(id, active)).isEqualTo(1);
		assertThat(electionsOf(id, archived)).isZero();
		assertThat(count("SELECT COUNT(*) FROM community_election WHERE round_id = ? AND stage <> 'AUDIT'", id))
			.isZero();
		RoundSummary round = this.figures.round().orElseThrow();
		assertThat(round.id()).isEqualTo(id);
		assertThat(round.open()).isTrue();
		assertThat(round.endsOn()).isEqualTo(this.today.plusDays(120));
		assertThat(this.figures.overview().orElseThrow().city().communities()).isEqualTo(inUse);
		assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = ? AND entity_id = ?",
				ElectionRoundService.ROUND, id))
			.isEqualTo(1);
		assertThat(this.events.stream(ElectionRoundEdited.class)).contains(new ElectionRoundEdited(id));
	}

	@Test
	void a_second_round_is_refused_while_one_is_open() {
		long before = count("SELECT COUNT(*) FROM election_round");

		assertThatExceptionOfType(ElectionRejectedException.class).isThrownBy(() -> this.rounds.open(draft()))
			.satisfies(ex -> assertThat(ex.messageKeys()).containsExactly("elections.round.rejected.already-open"));
		assertThatExceptionOfType(ElectionRejectedException.class).isThrownBy(() -> this.rounds.preview(draft()));
		assertThat(count("SELECT COUNT(*) FROM election_round")).isEqualTo(before);
	}

	@Test
	void a_draft_with_its_dates_out_of_order_is_refused_at_each_field_and_nothing_is_stored() {
		closeTheSeededRound();
		long before = count("SELECT COUNT(*) FROM election_round");
		Map<ElectionStage, LocalDate> plan = plan(this.today);
		plan.put(ElectionStage.COMMITTEE, this.today.minusDays(1));
		plan.put(ElectionStage.NOMINATION, this.today.plusDays(2));
		plan.remove(ElectionStage.HANDOVER);
		RoundDraft draft = new RoundDraft(" ", this.today, this.today.plusDays(120), plan, Map.of());

		assertThatExceptionOfType(ElectionRejectedException.class).isThrownBy(() -> this.rounds.open(draft))
			.satisfies(ex -> assertThat(ex.rejections()).extracting(r -> r.field() + " " + r.messageKey())
				.containsExactlyInAnyOrder("name elections.round.validation.name-required",
						"plan.COMMITTEE elections.round.validation.due-outside-period",
						"plan.NOMINATION elections.round.validation.due-order",
						"plan.HANDOVER elections.round.validation.due-required"));
		RoundDraft backwards = new RoundDraft("倒序", this.today, this.today.minusDays(1), plan(this.today), Map.of());
		assertThatExceptionOfType(ElectionRejectedException.class).isThrownBy(() -> this.rounds.open(backwards))
			.satisfies(ex -> assertThat(ex.rejections()).extracting(r -> r.field() + " " + r.messageKey())
				.contains("endsOn elections.round.validation.period-order"));
		assertThat(count("SELECT COUNT(*) FROM election_round")).isEqualTo(before);
	}

	@Test
	void closing_a_round_with_communities_not_completed_needs_a_reason_and_leaves_it_read_only() {
		RoundSummary seeded = this.figures.round().orElseThrow();
		long election = this.data.election(1, AUDIT);
		assertThat(this.rounds.unfinished(seeded.id())).isPositive();

		assertThatExceptionOfType(ElectionRejectedException.class)
			.isThrownBy(() -> this.rounds.close(seeded.id(), seeded.version(), "  "))
			.satisfies(ex -> assertThat(ex.messageKeys()).containsExactly("elections.round.rejected.reason-required"));
		assertThat(this.figures.round()).isPresent();

		this.rounds.close(seeded.id(), seeded.version(), "镇街道区划调整，本轮换届提前结束");

		assertThat(this.figures.round()).isEmpty();
		assertThat(this.figures.overview()).isEmpty();
		assertThat(this.jdbc.queryForObject("SELECT closed_reason FROM election_round WHERE id = ?", String.class,
				seeded.id()))
			.isEqualTo("镇街道区划调整，本轮换届提前结束");
		assertThatExceptionOfType(ElectionRejectedException.class)
			.isThrownBy(() -> this.stages.completeStage(StageCompletion.of(election, 0, AUDIT, this.today)))
			.satisfies(ex -> assertThat(ex.messageKeys()).containsExactly("elections.rejected.round-closed"));
		assertThatExceptionOfType(ElectionRejectedException.class)
			.isThrownBy(() -> this.rounds.close(seeded.id(), seeded.version() + 1, "再次结束"));
	}

	@Test
	void a_round_whose_communities_are_all_completed_closes_without_a_reason() {
		closeTheSeededRound();
		long town = this.data.town("收尾测试镇");
		this.jdbc.update("UPDATE community SET archived_at = UTC_TIMESTAMP(6) WHERE archived_at IS NULL");
		long community = this.data.community(town, "收尾测试村");
		long id = this.rounds.open(draft());
		this.jdbc.update("UPDATE community_election SET stage = ? WHERE round_id = ? AND community_id = ?",
				COMPLETED.name(), id, community);
		RoundSummary round = this.figures.round().orElseThrow();

		this.rounds.close(id, round.version(), null);

		assertThat(this.figures.round()).isEmpty();
	}

	@Test
	void a_community_created_while_a_round_is_open_gets_an_election_in_it() {
		RoundSummary open = this.figures.round().orElseThrow();
		CommunityDraft draft = new CommunityDraft();
		draft.setCode("NEWROUND1");
		draft.setName("新建测试社区");
		draft.setTownId(1L);
		draft.setKind(CommunityKind.COMMUNITY);
		draft.setHouseholds(800);
		draft.setPopulation(2400);

		CommunitySummary created = this.places.createCommunity(draft);

		assertThat(electionsOf(open.id(), created.id())).isEqualTo(1);
		assertThat(this.figures.townElections(1)).anySatisfy(election -> {
			assertThat(election.communityId()).isEqualTo(created.id());
			assertThat(election.stage()).isEqualTo(AUDIT);
		});
		assertThat(this.events.stream(ElectionRoundEdited.class)).contains(new ElectionRoundEdited(open.id()));
		// a change of the same community takes it in once only
		CommunityDraft renamed = CommunityDraft.of(this.places.community(created.id()));
		renamed.setName("新建测试社区（改名）");
		this.places.updateCommunity(created.id(), renamed);
		assertThat(electionsOf(open.id(), created.id())).isEqualTo(1);
	}

	@Test
	void an_archived_community_keeps_its_election_but_leaves_the_completion_rate() {
		long town = this.data.town("归档测试镇");
		this.data.election(town, COMPLETED);
		long pending = this.data.election(town, AUDIT);
		long community = this.data.communityOf(pending);
		assertThat(townKpis(town).completionRate()).isEqualByComparingTo("50.00");

		this.places.archiveCommunity(community, this.places.community(community).version());

		ElectionKpis kpis = townKpis(town);
		assertThat(kpis.communities()).isEqualTo(1);
		assertThat(kpis.completionRate()).isEqualByComparingTo("100.00");
		assertThat(kpis.funnel()).containsEntry(AUDIT, 0L);
		assertThat(this.figures.townElections(town)).extracting(CommunityElectionSummary::id).doesNotContain(pending);
		assertThat(this.figures.election(pending).communityId()).isEqualTo(community);
	}

	@Test
	void a_towns_own_date_is_used_for_its_communities_and_the_citys_for_the_others() {
		long town = this.data.town("另定日期镇");
		long own = this.data.community(town, "另定日期村");
		closeTheSeededRound();
		LocalDate townAudit = this.today.plusDays(3);
		long id = this.rounds.open(new RoundDraft("2027年换届", this.today, this.today.plusDays(120), plan(this.today),
				Map.of(town, Map.of(AUDIT, townAudit))));

		assertThat(this.figures.townElections(town)).singleElement().satisfies(election -> {
			assertThat(election.communityId()).isEqualTo(own);
			assertThat(election.dueOn()).isEqualTo(townAudit);
		});
		assertThat(this.figures.townElections(1)).isNotEmpty()
			.allSatisfy(election -> assertThat(election.dueOn()).isEqualTo(this.today.plusDays(10)));
		RoundSummary round = this.figures.round().orElseThrow();
		assertThat(round.id()).isEqualTo(id);
		assertThat(round.planOf(town)).containsEntry(AUDIT, townAudit)
			.containsEntry(ElectionStage.PARTY_ELECTION, this.today.plusDays(20));
	}

	@Test
	void a_towns_date_outside_the_order_of_its_stages_is_refused() {
		long town = this.data.town("另定日期镇");
		closeTheSeededRound();
		RoundDraft draft = new RoundDraft("2027年换届", this.today, this.today.plusDays(120), plan(this.today),
				Map.of(town, Map.of(AUDIT, this.today.plusDays(30))));

		assertThatExceptionOfType(ElectionRejectedException.class).isThrownBy(() -> this.rounds.open(draft))
			.satisfies(ex -> assertThat(ex.rejections()).extracting(r -> r.field() + " " + r.messageKey())
				.containsExactly("townPlans." + town + ".PARTY_ELECTION elections.round.validation.due-order"));
	}

	@Test
	@WithMockUser(username = "coordinator", roles = Role.Names.COORDINATOR)
	void only_administrators_open_and_close_rounds() {
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.rounds.open(draft()));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.rounds.close(1, 0, "理由"));
	}

	private void closeTheSeededRound() {
		RoundSummary seeded = this.figures.round().orElseThrow();
		this.rounds.close(seeded.id(), seeded.version(), "测试：先结束演示换届");
	}

	private RoundDraft draft() {
		return new RoundDraft("2027年村社区两委换届", this.today, this.today.plusDays(120), plan(this.today), Map.of());
	}

	/** Every planned stage ten days after the one before. */
	static Map<ElectionStage, LocalDate> plan(LocalDate from) {
		Map<ElectionStage, LocalDate> plan = new EnumMap<>(ElectionStage.class);
		int days = 0;
		for (ElectionStage stage : ElectionStage.MAIN_LINE) {
			if (stage != COMPLETED) {
				days += 10;
				plan.put(stage, from.plusDays(days));
			}
		}
		return plan;
	}

	private ElectionKpis townKpis(long town) {
		return this.figures.overview()
			.orElseThrow()
			.towns()
			.stream()
			.filter(row -> row.townId() == town)
			.findFirst()
			.orElseThrow()
			.kpis();
	}

	private long electionsOf(long round, long community) {
		return count("SELECT COUNT(*) FROM community_election WHERE round_id = ? AND community_id = ?", round,
				community);
	}

	private long count(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Long.class, args);
	}

}
