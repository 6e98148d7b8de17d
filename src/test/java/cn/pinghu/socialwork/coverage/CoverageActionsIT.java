package cn.pinghu.socialwork.coverage;

import java.time.LocalDate;
import java.util.Locale;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.organizations.OrgStatus;
import cn.pinghu.socialwork.organizations.OrganizationSummary;
import cn.pinghu.socialwork.organizations.TestPartyOrganizations;
import cn.pinghu.socialwork.shared.data.StaleVersionException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

import static cn.pinghu.socialwork.organizations.BranchForm.INDUSTRY;
import static cn.pinghu.socialwork.organizations.BranchForm.JOINT;
import static cn.pinghu.socialwork.organizations.BranchForm.NONE;
import static cn.pinghu.socialwork.organizations.BranchForm.STANDALONE;
import static cn.pinghu.socialwork.organizations.OrgKind.ECONOMIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Coordinators' actions on organisations, as the seeded coordinator of 当湖街道 (town 1), on
 * organisations inserted for each test in a transaction that is rolled back.
 */
@SpringBootTest
@Transactional
@RecordApplicationEvents
@WithMockUser(username = "coordinator", roles = Role.Names.COORDINATOR)
class CoverageActionsIT {

	private static final long DANGHU = 1;

	private static final long ZHONGDAI = 2;

	@Autowired
	CoverageFigures coverage;

	@Autowired
	CoverageActions actions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	private TestData data;

	private LocalDate today;

	@BeforeEach
	void setUp() {
		this.data = new TestData(this.jdbc);
		this.today = this.coverage.today();
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void a_recorded_branch_covers_the_organisation_and_raises_the_towns_coverage() {
		long id = this.data.organization(DANGHU, ECONOMIC, 50);
		CoverageKpis before = danghu();
		long outboxBefore = outbox("BranchFormed");

		OrganizationSummary after = this.actions
			.recordBranchFormed(new BranchFormation(id, 0, STANDALONE, " 中共测试支部委员会 ", this.today, 3));

		assertThat(after.branchForm()).isEqualTo(STANDALONE);
		assertThat(after.branchName()).isEqualTo("中共测试支部委员会");
		assertThat(after.branchFormedOn()).isEqualTo(this.today);
		assertThat(after.branchMembers()).isEqualTo(3);
		assertThat(after.fullMembers()).isEqualTo(3);
		assertThat(after.version()).isEqualTo(1);
		assertThat(danghu()).isEqualTo(CoverageKpis.of(before.inScope(), before.organizationCovered() + 1,
				before.standalone() + 1, before.workCovered() + 1));
		assertThat(this.events.stream(BranchFormed.class))
			.containsExactly(new BranchFormed(id, DANGHU, STANDALONE, this.today, "中共测试支部委员会", 3));
		assertThat(outbox("BranchFormed")).isEqualTo(outboxBefore + 1);
	}

	@Test
	void a_standalone_branch_needs_three_full_members() {
		long id = this.data.organization(DANGHU, ECONOMIC, 50);

		assertThatExceptionOfType(ConstraintViolationException.class)
			.isThrownBy(() -> this.actions
				.recordBranchFormed(new BranchFormation(id, 0, STANDALONE, "中共测试支部委员会", this.today, 2)))
			.satisfies(ex -> assertThat(ex.getConstraintViolations()).extracting(ConstraintViolation::getMessage)
				.containsExactly("单独组建党组织须有 3 名以上正式党员。"));
		assertThat(this.coverage.organization(id).orElseThrow().branchForm()).isEqualTo(NONE);
		assertThat(this.events.stream(BranchFormed.class)).isEmpty();
	}

	@Test
	void joint_and_industry_branches_need_no_members_of_their_own() {
		long joint = this.data.organization(DANGHU, ECONOMIC, 50);
		long industry = this.data.organization(DANGHU, ECONOMIC, 50);

		this.actions.recordBranchFormed(new BranchFormation(joint, 0, JOINT, "中共联合支部", this.today, 0));
		this.actions.recordBranchFormed(new BranchFormation(industry, 0, INDUSTRY, "中共行业支部", this.today, 1));

		assertThat(this.coverage.organization(joint).orElseThrow().branchForm()).isEqualTo(JOINT);
		assertThat(this.coverage.organization(industry).orElseThrow().branchForm()).isEqualTo(INDUSTRY);
	}

	@Test
	void re_recording_a_covered_organisation_is_refused_and_its_formation_date_is_unchanged() {
		long id = this.data.branch(DANGHU, this.today.minusYears(2));
		long outboxBefore = outbox("BranchFormed");

		assertThatExceptionOfType(CoverageActionRejectedException.class)
			.isThrownBy(
					() -> this.actions.recordBranchFormed(new BranchFormation(id, 0, JOINT, "中共新联合支部", this.today, 0)))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("coverage.rejected.branch-already-recorded"))
			.satisfies(ex -> assertThat(ex.arguments()).endsWith("测试支部"));
		OrganizationSummary after = this.coverage.organization(id).orElseThrow();
		assertThat(after.branchFormedOn()).isEqualTo(this.today.minusYears(2));
		assertThat(after.branchName()).isEqualTo("测试支部");
		assertThat(after.version()).isZero();
		assertThat(this.events.stream(BranchFormed.class)).isEmpty();
		assertThat(outbox("BranchFormed")).isEqualTo(outboxBefore);
	}

	@Test
	void a_branch_needs_a_form_a_name_and_a_date() {
		long id = this.data.organization(DANGHU, ECONOMIC, 50);

		assertThatExceptionOfType(ConstraintViolationException.class)
			.isThrownBy(() -> this.actions.recordBranchFormed(new BranchFormation(id, 0, NONE, " ", null, 3)))
			.satisfies(ex -> assertThat(ex.getConstraintViolations()).extracting(ConstraintViolation::getMessage)
				.containsExactlyInAnyOrder("组建方式须为单独组建、联合组建、行业统建、产业联建或龙头带建。", "请填写党组织名称。", "请填写组建日期。"));
	}

	@Test
	void a_branch_cannot_be_formed_in_the_future() {
		long id = this.data.organization(DANGHU, ECONOMIC, 50);

		assertThatExceptionOfType(CoverageActionRejectedException.class)
			.isThrownBy(() -> this.actions
				.recordBranchFormed(new BranchFormation(id, 0, JOINT, "中共联合支部", this.today.plusDays(1), 0)))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("coverage.rejected.future-date"));
		assertThat(this.coverage.organization(id).orElseThrow().version()).isZero();
	}

	@Test
	void a_deregistered_organisation_is_not_changed() {
		long id = this.data.organization(DANGHU, ECONOMIC, 50, OrgStatus.DEREGISTERED, NONE, null);

		assertThatExceptionOfType(CoverageActionRejectedException.class)
			.isThrownBy(() -> this.actions.recordUncoveredReason(new UncoveredReason(id, 0, "已停业")))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("coverage.rejected.not-active"));
	}

	@Test
	void a_coordinator_cannot_act_on_another_towns_organisation() {
		long id = this.data.organization(ZHONGDAI, ECONOMIC, 50);

		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(
				() -> this.actions.recordBranchFormed(new BranchFormation(id, 0, JOINT, "中共联合支部", this.today, 0)));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.actions.recordUncoveredReason(new UncoveredReason(id, 0, "党员不足")));
		assertThat(this.coverage.organization(id).orElseThrow().version()).isZero();
	}

	@Test
	@WithMockUser(username = "admin", roles = Role.Names.ADMIN)
	void an_administrator_acts_in_every_town() {
		long id = this.data.organization(ZHONGDAI, ECONOMIC, 50);

		this.actions.recordBranchFormed(new BranchFormation(id, 0, JOINT, "中共联合支部", this.today, 0));

		assertThat(this.coverage.organization(id).orElseThrow().branchForm()).isEqualTo(JOINT);
	}

	@Test
	@WithMockUser(username = "leader", roles = Role.Names.LEADER)
	void a_leader_sees_the_figures_but_takes_no_actions() {
		long id = this.data.organization(DANGHU, ECONOMIC, 50);

		assertThat(this.coverage.overview()).isPresent();
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.actions.recordUncoveredReason(new UncoveredReason(id, 0, "党员不足")));
	}

	@Test
	void an_action_on_a_version_the_coordinator_no_longer_sees_is_refused() {
		long id = this.data.organization(DANGHU, ECONOMIC, 50);
		this.actions.recordUncoveredReason(new UncoveredReason(id, 0, "党员不足"));

		assertThatExceptionOfType(StaleVersionException.class).isThrownBy(
				() -> this.actions.recordBranchFormed(new BranchFormation(id, 0, JOINT, "中共联合支部", this.today, 0)));
		assertThat(this.coverage.organization(id).orElseThrow().branchForm()).isEqualTo(NONE);
	}

	@Test
	void an_instructor_of_the_town_is_assigned_and_the_organisation_counts_as_work_covered() {
		long id = this.data.organization(DANGHU, ECONOMIC, 50);
		long instructor = this.data.instructor(DANGHU);
		CoverageKpis before = danghu();

		OrganizationSummary after = this.actions.assignInstructor(new InstructorAssignment(id, 0, instructor));

		assertThat(after.instructorId()).isEqualTo(instructor);
		assertThat(danghu().workCovered()).isEqualTo(before.workCovered() + 1);
		assertThat(danghu().organizationCovered()).isEqualTo(before.organizationCovered());
		assertThat(this.events.stream(InstructorAssigned.class))
			.containsExactly(new InstructorAssigned(id, DANGHU, instructor));
	}

	@Test
	void an_instructor_of_another_town_is_not_assigned() {
		long id = this.data.organization(DANGHU, ECONOMIC, 50);
		long elsewhere = this.data.instructor(ZHONGDAI);

		assertThatExceptionOfType(CoverageActionRejectedException.class)
			.isThrownBy(() -> this.actions.assignInstructor(new InstructorAssignment(id, 0, elsewhere)))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("coverage.rejected.instructor-not-in-town"));
		assertThatExceptionOfType(CoverageActionRejectedException.class)
			.isThrownBy(() -> this.actions.assignInstructor(new InstructorAssignment(id, 0, -1)))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("coverage.rejected.unknown-instructor"));
	}

	@Test
	void the_reason_an_organisation_is_not_covered_is_recorded() {
		long id = this.data.organization(DANGHU, ECONOMIC, 50);

		OrganizationSummary after = this.actions.recordUncoveredReason(new UncoveredReason(id, 0, "党员人数不足3名"));

		assertThat(after.uncoveredReason()).isEqualTo("党员人数不足3名");
		assertThat(this.events.stream(UncoveredReasonRecorded.class))
			.containsExactly(new UncoveredReasonRecorded(id, DANGHU, "党员人数不足3名"));
	}

	@Test
	void a_reason_must_be_given_and_a_covered_organisation_needs_none() {
		long uncovered = this.data.organization(DANGHU, ECONOMIC, 50);
		long covered = this.data.organization(DANGHU, ECONOMIC, 50, OrgStatus.ACTIVE, JOINT, null);

		assertThatExceptionOfType(ConstraintViolationException.class)
			.isThrownBy(() -> this.actions.recordUncoveredReason(new UncoveredReason(uncovered, 0, "  ")))
			.satisfies(ex -> assertThat(ex.getConstraintViolations()).extracting(ConstraintViolation::getMessage)
				.containsExactly("请填写未覆盖原因。"));
		assertThatExceptionOfType(CoverageActionRejectedException.class)
			.isThrownBy(() -> this.actions.recordUncoveredReason(new UncoveredReason(covered, 0, "党员不足")))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("coverage.rejected.already-covered"));
	}

	@Test
	void a_recorded_branch_is_a_party_organization_of_the_town_with_a_vacant_secretary() {
		long id = this.data.organization(DANGHU, ECONOMIC, 50);

		OrganizationSummary after = this.actions
			.recordBranchFormed(new BranchFormation(id, 0, JOINT, "中共测试联合支部", this.today, 2));

		assertThat(after.partyOrganizationId()).isNotNull();
		assertThat(this.jdbc.queryForMap(
				"SELECT name, level, form, formed_on, full_members, town_id, secretary_name FROM party_organization WHERE id = ?",
				after.partyOrganizationId()))
			.containsEntry("name", "中共测试联合支部")
			.containsEntry("level", "BRANCH")
			.containsEntry("form", "JOINT")
			.containsEntry("full_members", 2)
			.containsEntry("town_id", DANGHU)
			.containsEntry("secretary_name", null);
	}

	@Test
	void an_organisation_joins_a_branch_of_its_town_and_takes_the_branchs_formation_date() {
		long first = this.data.branch(DANGHU, this.today.minusYears(3));
		long party = TestPartyOrganizations.of(this.jdbc, first);
		long joining = this.data.organization(DANGHU, ECONOMIC, 50);
		assertThat(this.actions.joinableBranches(DANGHU)).anyMatch(branch -> branch.id() == party);

		OrganizationSummary after = this.actions.recordBranchFormed(BranchFormation.joining(joining, 0, party, 2));

		assertThat(after.partyOrganizationId()).isEqualTo(party);
		assertThat(after.branchForm()).isEqualTo(JOINT);
		assertThat(after.branchName()).isEqualTo("测试支部");
		assertThat(after.branchFormedOn()).isEqualTo(this.today.minusYears(3));
		// the joining organisation's two members count to the branch's three
		assertThat(this.jdbc.queryForObject("SELECT full_members FROM party_organization WHERE id = ?", Integer.class,
				party))
			.isEqualTo(5);
		assertThat(this.events.stream(BranchFormed.class))
			.containsExactly(new BranchFormed(joining, DANGHU, JOINT, this.today.minusYears(3), "测试支部", 2));
	}

	@Test
	void a_branch_of_another_town_is_not_joined() {
		long other = this.data.branch(ZHONGDAI, this.today.minusYears(1));
		long party = TestPartyOrganizations.of(this.jdbc, other);
		long joining = this.data.organization(DANGHU, ECONOMIC, 50);

		assertThatExceptionOfType(CoverageActionRejectedException.class)
			.isThrownBy(() -> this.actions.recordBranchFormed(BranchFormation.joining(joining, 0, party, 0)))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("party.rejected.other-town"));
		assertThat(this.coverage.organization(joining).orElseThrow().partyOrganizationId()).isNull();
		assertThat(this.events.stream(BranchFormed.class)).isEmpty();
	}

	private CoverageKpis danghu() {
		return this.coverage.overview()
			.orElseThrow()
			.towns()
			.stream()
			.filter(town -> town.townId() == DANGHU)
			.findFirst()
			.orElseThrow()
			.kpis();
	}

	private long outbox(String type) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM domain_event WHERE type = ?", Long.class, type);
	}

}
