package cn.pinghu.socialwork.coverage;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditEntry;
import cn.pinghu.socialwork.audit.AuditService;
import cn.pinghu.socialwork.audit.FieldChange;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.organizations.TestPartyOrganizations;
import cn.pinghu.socialwork.organizations.OrganizationService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import static cn.pinghu.socialwork.organizations.BranchForm.JOINT;
import static cn.pinghu.socialwork.organizations.OrgKind.ECONOMIC;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every change that moves a figure of the coverage drive is a row of the audit trail,
 * with its fields from and to: the outbox keeps the events for days only. As the seeded
 * coordinator of 当湖街道 (town 1), on organisations inserted for each test in a transaction
 * that is rolled back.
 */
@SpringBootTest
@Transactional
@WithMockUser(username = "coordinator", roles = Role.Names.COORDINATOR)
class CoverageAuditIT {

	private static final long DANGHU = 1;

	@Autowired
	CoverageActions actions;

	@Autowired
	BranchActivityService activities;

	@Autowired
	CoverageFigures coverage;

	@Autowired
	AuditService audit;

	@Autowired
	JdbcTemplate jdbc;

	private TestData data;

	private LocalDate today;

	@BeforeEach
	void setUp() {
		this.data = new TestData(this.jdbc);
		this.today = this.coverage.today();
	}

	/** The Party organisation an organisation belongs to. */
	long partyOf(long organizationId) {
		return TestPartyOrganizations.of(this.jdbc, organizationId);
	}

	/** One change of the drive: what it does, and the trail row it leaves. */
	interface Change {

		Audited make(CoverageAuditIT test);

	}

	/** The trail row a change is expected to leave. */
	record Audited(String entityType, long entityId, AuditAction action, List<FieldChange> changes) {
	}

	static Stream<Arguments> changes() {
		return Stream.of(Arguments.of("a branch formed", (Change) test -> {
			long id = test.data.organization(DANGHU, ECONOMIC, 50);
			test.actions.recordBranchFormed(new BranchFormation(id, 0, JOINT, "联合党支部", test.today, 2));
			return new Audited(OrganizationService.ORGANIZATION, id, AuditAction.UPDATE,
					List.of(new FieldChange("branchForm", "NONE", "JOINT"),
							new FieldChange("branchName", null, "联合党支部"),
							new FieldChange("branchFormedOn", null, test.today.toString()),
							new FieldChange("branchMembers", null, "2"),
							new FieldChange("partyOrganizationId", null, String.valueOf(test.partyOf(id)))));
		}), Arguments.of("an instructor assigned", (Change) test -> {
			long id = test.data.organization(DANGHU, ECONOMIC, 50);
			long instructor = test.data.instructor(DANGHU);
			test.actions.assignInstructor(new InstructorAssignment(id, 0, instructor));
			return new Audited(OrganizationService.ORGANIZATION, id, AuditAction.UPDATE,
					List.of(new FieldChange("instructorId", null, String.valueOf(instructor))));
		}), Arguments.of("the reason an organisation is not covered", (Change) test -> {
			long id = test.data.organization(DANGHU, ECONOMIC, 50);
			test.actions.recordUncoveredReason(new UncoveredReason(id, 0, " 党员不足三人 "));
			return new Audited(OrganizationService.ORGANIZATION, id, AuditAction.UPDATE,
					List.of(new FieldChange("uncoveredReason", null, "党员不足三人")));
		}), Arguments.of("a branch activity", (Change) test -> {
			long id = test.data.branch(DANGHU, test.today.minusDays(30));
			BranchActivitySummary activity = test.activities
				.record(new BranchActivityDraft(id, test.today, ActivityKind.THEME_DAY, 12));
			return new Audited(BranchActivityService.BRANCH_ACTIVITY, activity.id(), AuditAction.CREATE,
					List.of(new FieldChange("partyOrganizationId", null, String.valueOf(test.partyOf(id))),
							new FieldChange("organizationId", null, String.valueOf(id)),
							new FieldChange("heldOn", null, test.today.toString()),
							new FieldChange("kind", null, "THEME_DAY"), new FieldChange("attendees", null, "12")));
		}));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("changes")
	void a_change_of_the_drives_figures_is_audited_from_and_to(String name, Change change) {
		Audited expected = change.make(this);

		List<AuditEntry> trail = this.audit.history(expected.entityType(), expected.entityId());

		assertThat(trail).singleElement().satisfies(entry -> {
			assertThat(entry.username()).isEqualTo("coordinator");
			assertThat(entry.action()).isEqualTo(expected.action());
			assertThat(entry.townId()).isEqualTo(DANGHU);
			assertThat(entry.changes()).containsExactlyElementsOf(expected.changes());
		});
	}

}
