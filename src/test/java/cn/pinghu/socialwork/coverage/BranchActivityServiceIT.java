package cn.pinghu.socialwork.coverage;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.organizations.TestPartyOrganizations;
import cn.pinghu.socialwork.organizations.OrgKind;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Branch activities and the dormancy warnings (防瘫预警), on organisations inserted for each
 * test in a transaction that is rolled back. Days count with the console's clock.
 */
@SpringBootTest
@Transactional
@RecordApplicationEvents
@WithMockUser(username = "admin", roles = Role.Names.ADMIN)
class BranchActivityServiceIT {

	private static final long DANGHU = 1;

	private static final long ZHONGDAI = 2;

	@Autowired
	BranchActivityService activities;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	private TestData data;

	private LocalDate today;

	private long town;

	@BeforeEach
	void setUp() {
		this.data = new TestData(this.jdbc);
		this.today = this.activities.today();
		this.town = this.data.town("测试镇");
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void a_branch_quiet_for_90_days_is_yellow_and_for_180_days_red() {
		long quiet89 = this.data.branch(this.town, this.today.minusDays(89));
		long quiet90 = this.data.branch(this.town, this.today.minusDays(90));
		long quiet179 = this.data.branch(this.town, this.today.minusDays(179));
		long quiet180 = this.data.branch(this.town, this.today.minusDays(180));

		assertThat(warnings(new DormancyFilter(this.town, null, null)))
			.extracting(DormancyWarning::organizationId, DormancyWarning::quietDays, DormancyWarning::level)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(quiet180, 180L, DormancyLevel.RED),
					org.assertj.core.groups.Tuple.tuple(quiet179, 179L, DormancyLevel.YELLOW),
					org.assertj.core.groups.Tuple.tuple(quiet90, 90L, DormancyLevel.YELLOW));
		assertThat(this.activities.warningOf(quiet89)).isNull();
		assertThat(this.activities.countWarnings(new DormancyFilter(this.town, null, null)))
			.isEqualTo(new DormancyCounts(2, 1));
	}

	@Test
	void the_warnings_are_read_page_by_page_and_all_at_once() {
		long quiet300 = this.data.branch(this.town, this.today.minusDays(300));
		long quiet200 = this.data.branch(this.town, this.today.minusDays(200));
		long quiet100 = this.data.branch(this.town, this.today.minusDays(100));
		DormancyFilter filter = new DormancyFilter(this.town, null, null);

		Slice<DormancyWarning> first = this.activities.warnings(filter, PageRequest.of(0, 2));
		Slice<DormancyWarning> second = this.activities.warnings(filter, first.nextPageable());

		assertThat(first).extracting(DormancyWarning::organizationId).containsExactly(quiet300, quiet200);
		assertThat(first.hasNext()).isTrue();
		assertThat(second).extracting(DormancyWarning::organizationId).containsExactly(quiet100);
		assertThat(second.hasNext()).isFalse();
		assertThat(this.activities.warnings(filter, Pageable.unpaged())).extracting(DormancyWarning::organizationId)
			.containsExactly(quiet300, quiet200, quiet100);
	}

	@Test
	void the_warnings_are_counted_by_town_every_town_listed_in_display_order() {
		this.data.branch(this.town, this.today.minusDays(100));
		this.data.branch(this.town, this.today.minusDays(200));
		this.data.branch(this.town, this.today.minusDays(300));

		List<TownDormancy> byTown = this.activities.countWarningsByTown();

		assertThat(byTown).last().isEqualTo(new TownDormancy(this.town, "测试镇", new DormancyCounts(1, 2)));
		assertThat(byTown).extracting(TownDormancy::townId).startsWith(DANGHU, ZHONGDAI);
		for (TownDormancy town : byTown) {
			assertThat(town.counts()).as(town.townName())
				.isEqualTo(this.activities.countWarnings(new DormancyFilter(town.townId(), null, null)));
		}
	}

	@Test
	void a_branch_counts_from_its_latest_activity_or_its_formation_whichever_is_later() {
		long activeLately = this.data.branch(this.town, this.today.minusDays(400));
		this.data.activity(activeLately, this.today.minusDays(300));
		this.data.activity(activeLately, this.today.minusDays(30));
		long activeLongAgo = this.data.branch(this.town, this.today.minusDays(400));
		this.data.activity(activeLongAgo, this.today.minusDays(120));
		long formedLately = this.data.branch(this.town, this.today.minusDays(20));
		this.data.activity(formedLately, this.today.minusDays(300));

		assertThat(warnings(new DormancyFilter(this.town, null, null)))
			.extracting(DormancyWarning::organizationId, DormancyWarning::lastActivityOn, DormancyWarning::level)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(activeLongAgo, this.today.minusDays(120),
					DormancyLevel.YELLOW));
	}

	@Test
	void the_level_filter_lists_one_level() {
		this.data.branch(this.town, this.today.minusDays(100));
		long red = this.data.branch(this.town, this.today.minusDays(200));

		assertThat(warnings(new DormancyFilter(this.town, DormancyLevel.RED, null)))
			.extracting(DormancyWarning::organizationId)
			.containsExactly(red);
		assertThat(warnings(new DormancyFilter(this.town, DormancyLevel.YELLOW, null))).hasSize(1)
			.allMatch(warning -> warning.level() == DormancyLevel.YELLOW);
	}

	@Test
	void recording_an_activity_clears_the_warning_and_tells_the_live_views() {
		long id = this.data.branch(this.town, this.today.minusDays(200));
		assertThat(this.activities.warningOf(id)).isEqualTo(DormancyLevel.RED);
		long outboxBefore = outbox();

		BranchActivitySummary recorded = this.activities
			.record(new BranchActivityDraft(id, this.today, ActivityKind.THREE_MEETINGS, 12));

		assertThat(recorded.recordedBy()).isEqualTo("admin");
		assertThat(this.activities.warningOf(id)).isNull();
		assertThat(warnings(new DormancyFilter(this.town, null, null))).isEmpty();
		assertThat(this.activities.activities(id))
			.extracting(BranchActivitySummary::heldOn, BranchActivitySummary::kind, BranchActivitySummary::attendees)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(this.today, ActivityKind.THREE_MEETINGS, 12));
		assertThat(this.events.stream(BranchActivityRecorded.class)).containsExactly(
				new BranchActivityRecorded(id, this.town, recorded.id(), this.today, ActivityKind.THREE_MEETINGS, 12));
		assertThat(outbox()).isEqualTo(outboxBefore + 1);
	}

	@Test
	void an_activity_after_90_quiet_days_turns_red_into_nothing_but_an_old_one_into_yellow() {
		long id = this.data.branch(this.town, this.today.minusDays(365));

		this.activities.record(new BranchActivityDraft(id, this.today.minusDays(95), ActivityKind.TRAINING, 5));

		assertThat(this.activities.warningOf(id)).isEqualTo(DormancyLevel.YELLOW);
	}

	@Test
	void invalid_activities_are_refused_and_store_nothing() {
		long id = this.data.branch(this.town, this.today.minusDays(200));
		long noBranch = this.data.organization(this.town, OrgKind.ECONOMIC, 50);

		assertThatExceptionOfType(ConstraintViolationException.class)
			.isThrownBy(() -> this.activities.record(new BranchActivityDraft(id, null, null, 0)))
			.satisfies(ex -> assertThat(ex.getConstraintViolations()).extracting(ConstraintViolation::getMessage)
				.containsExactlyInAnyOrder("请填写活动日期。", "请选择活动类型。", "参加人数至少为 1 人。"));
		assertThatExceptionOfType(ConstraintViolationException.class)
			.isThrownBy(() -> this.activities.record(new BranchActivityDraft(id, this.today, ActivityKind.OTHER, null)))
			.satisfies(ex -> assertThat(ex.getConstraintViolations()).extracting(ConstraintViolation::getMessage)
				.containsExactly("请填写参加人数。"));
		assertThatExceptionOfType(CoverageActionRejectedException.class)
			.isThrownBy(() -> this.activities
				.record(new BranchActivityDraft(id, this.today.plusDays(1), ActivityKind.OTHER, 3)))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("coverage.rejected.future-date"));
		assertThatExceptionOfType(CoverageActionRejectedException.class)
			.isThrownBy(() -> this.activities
				.record(new BranchActivityDraft(id, this.today.minusDays(201), ActivityKind.OTHER, 3)))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("coverage.rejected.before-branch"));
		assertThatExceptionOfType(CoverageActionRejectedException.class)
			.isThrownBy(
					() -> this.activities.record(new BranchActivityDraft(noBranch, this.today, ActivityKind.OTHER, 3)))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("coverage.rejected.no-branch"));
		assertThat(activitiesOf(id) + activitiesOf(noBranch)).isZero();
		assertThat(this.activities.warningOf(id)).isEqualTo(DormancyLevel.RED);
		assertThat(this.events.stream(BranchActivityRecorded.class)).isEmpty();
	}

	@Test
	void an_activity_on_an_archived_organisation_is_refused_as_on_one_out_of_use() {
		long archived = this.data.branch(this.town, this.today.minusDays(200));
		this.jdbc.update("UPDATE organization SET archived_at = UTC_TIMESTAMP(6) WHERE id = ?", archived);

		assertThatExceptionOfType(CoverageActionRejectedException.class)
			.isThrownBy(() -> this.activities
				.record(new BranchActivityDraft(archived, this.today, ActivityKind.THREE_MEETINGS, 5)))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("coverage.rejected.not-active"));

		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM party_activity WHERE organization_id = ?", Long.class,
				archived))
			.isZero();
	}

	@Test
	@WithMockUser(username = "coordinator", roles = Role.Names.COORDINATOR)
	void a_coordinator_records_and_sees_only_in_their_towns() {
		long elsewhere = this.data.branch(ZHONGDAI, this.today.minusDays(200));
		long own = this.data.branch(DANGHU, this.today.minusDays(200));

		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.activities
			.record(new BranchActivityDraft(elsewhere, this.today, ActivityKind.THEME_DAY, 8)));
		assertThat(activitiesOf(elsewhere)).isZero();
		assertThat(warnings(DormancyFilter.all())).isNotEmpty()
			.allMatch(warning -> warning.townId() == DANGHU)
			.anyMatch(warning -> warning.organizationId() == own);
		assertThat(warnings(new DormancyFilter(ZHONGDAI, null, null))).isEmpty();
		assertThat(this.activities.countWarnings(new DormancyFilter(ZHONGDAI, null, null)).total()).isZero();

		this.activities.record(new BranchActivityDraft(own, this.today, ActivityKind.THEME_DAY, 8));
		assertThat(this.activities.warningOf(own)).isNull();
	}

	@Test
	@WithMockUser(username = "leader", roles = Role.Names.LEADER)
	void a_leader_sees_every_towns_warnings_but_records_nothing() {
		long id = this.data.branch(ZHONGDAI, this.today.minusDays(200));

		assertThat(warnings(new DormancyFilter(ZHONGDAI, null, null))).anyMatch(w -> w.organizationId() == id);
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(
				() -> this.activities.record(new BranchActivityDraft(id, this.today, ActivityKind.THEME_DAY, 8)));
	}

	@Test
	void an_activity_recorded_through_one_organisation_of_an_industry_branch_clears_the_warnings_of_all_five() {
		List<Long> members = new java.util.ArrayList<>();
		for (int i = 0; i < 5; i++) {
			members.add(this.data.branch(this.town, this.today.minusDays(200)));
		}
		long party = TestPartyOrganizations.of(this.jdbc, members.get(0));
		members.forEach(
				id -> this.jdbc.update("UPDATE organization SET party_organization_id = ? WHERE id = ?", party, id));
		assertThat(warnings(new DormancyFilter(this.town, null, null))).hasSize(5);

		this.activities
			.record(new BranchActivityDraft(members.get(2), this.today.minusDays(3), ActivityKind.THREE_MEETINGS, 9));

		assertThat(warnings(new DormancyFilter(this.town, null, null))).isEmpty();
		assertThat(this.activities.activities(members.get(4))).extracting(BranchActivitySummary::organizationId)
			.containsExactly(members.get(2));
	}

	@Test
	@WithMockUser(username = "coordinator", roles = Role.Names.COORDINATOR)
	void an_activity_of_a_city_wide_branch_is_recorded_by_administrators_only() {
		long organization = this.data.branch(DANGHU, this.today.minusDays(200));
		long party = TestPartyOrganizations.of(this.jdbc, organization);
		this.jdbc.update("UPDATE party_organization SET town_id = NULL WHERE id = ?", party);

		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.activities
			.record(new BranchActivityDraft(organization, this.today, ActivityKind.THEME_DAY, 8)));
		assertThat(activitiesOf(organization)).isZero();
	}

	@Test
	void an_activity_keeps_its_notes() {
		long organization = this.data.branch(this.town, this.today.minusDays(200));

		this.activities
			.record(new BranchActivityDraft(organization, this.today, ActivityKind.TRAINING, 8, " 学习新修订的党支部工作条例 "));

		assertThat(this.jdbc.queryForObject("SELECT notes FROM party_activity WHERE organization_id = ?", String.class,
				organization))
			.isEqualTo("学习新修订的党支部工作条例");
	}

	private java.util.List<DormancyWarning> warnings(DormancyFilter filter) {
		return this.activities.warnings(filter, Pageable.ofSize(500)).getContent();
	}

	private long activitiesOf(long organizationId) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM party_activity WHERE organization_id = ?", Long.class,
				organizationId);
	}

	private long outbox() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM domain_event WHERE type = 'BranchActivityRecorded'",
				Long.class);
	}

}
