package cn.pinghu.socialwork.organizations;

import java.time.LocalDate;

import cn.pinghu.socialwork.audit.AuditEntry;
import cn.pinghu.socialwork.audit.AuditService;
import cn.pinghu.socialwork.audit.FieldChange;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.shared.ConsoleCalendar;
import cn.pinghu.socialwork.shared.data.FieldRejectedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Party organisations and the organisations in them, as the seeded coordinator of 当湖街道
 * (town 1) or an administrator, on rows inserted for each test in a transaction that is
 * rolled back.
 */
@SpringBootTest
@Transactional
@WithMockUser(username = "coordinator", roles = Role.Names.COORDINATOR)
class PartyOrganizationServiceIT {

	private static final long DANGHU = 1;

	private static final long ZHONGDAI = 2;

	@Autowired
	PartyOrganizationService parties;

	@Autowired
	OrganizationService organizations;

	@Autowired
	AuditService audit;

	@Autowired
	ConsoleCalendar calendar;

	@Autowired
	JdbcTemplate jdbc;

	private LocalDate today;

	@BeforeEach
	void setUp() {
		this.today = this.calendar.today();
	}

	@Test
	void a_coordinator_records_a_party_organization_of_their_town_and_it_is_audited() {
		PartyOrganizationSummary created = this.parties
			.create(new PartyOrganizationDraft(" 中共测试行业党委 ", PartyOrganizationLevel.COMMITTEE, BranchForm.INDUSTRY,
					null, "张书记", this.today.minusYears(1), 12, 2, DANGHU));

		assertThat(created.name()).isEqualTo("中共测试行业党委");
		assertThat(created.secretaryName()).isEqualTo("张书记");
		assertThat(created.cityWide()).isFalse();
		assertThat(this.audit.history(PartyOrganizationService.PARTY_ORGANIZATION, created.id()))
			.extracting(AuditEntry::changes)
			.first()
			.satisfies(changes -> assertThat(changes).contains(new FieldChange("name", null, "中共测试行业党委")));
	}

	@Test
	void a_coordinator_records_no_city_wide_party_organization_and_none_of_another_town() {
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.parties
			.create(PartyOrganizationDraft.branch("中共全市测试支部", BranchForm.INDUSTRY, this.today, 3, ZHONGDAI)));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.parties.create(new PartyOrganizationDraft("中共全市测试行业党委",
					PartyOrganizationLevel.COMMITTEE, BranchForm.INDUSTRY, null, null, this.today, 3, 0, null)));
		assertThat(this.parties.mayEdit(null)).isFalse();
		assertThat(this.parties.mayEdit(DANGHU)).isTrue();
	}

	@Test
	@WithMockUser(username = "admin", roles = Role.Names.ADMIN)
	void an_administrator_records_a_city_wide_one_that_organisations_of_every_town_may_join() {
		PartyOrganizationSummary cityWide = this.parties.create(new PartyOrganizationDraft("中共全市测试行业党委",
				PartyOrganizationLevel.COMMITTEE, BranchForm.INDUSTRY, null, null, this.today, 3, 0, null));
		long organization = organization(ZHONGDAI);

		OrganizationSummary joined = this.parties.join(organization, 0, cityWide.id(), 1);

		assertThat(joined.partyOrganizationId()).isEqualTo(cityWide.id());
		assertThat(this.parties.joinable(DANGHU)).extracting(PartyOrganizationSummary::id).contains(cityWide.id());
	}

	@Test
	void a_formation_date_in_the_future_is_refused_at_its_field() {
		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> this.parties
				.create(PartyOrganizationDraft.branch("中共测试支部", BranchForm.JOINT, this.today.plusDays(1), 3, DANGHU)))
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("formedOn"));
	}

	@Test
	void an_organisation_moves_between_branches_with_its_members_and_the_move_is_audited() {
		long from = party(DANGHU, "中共测试甲联合支部");
		long to = party(DANGHU, "中共测试乙联合支部");
		long organization = organization(DANGHU);
		OrganizationSummary joined = this.parties.join(organization, 0, from, 2);

		OrganizationSummary moved = this.parties.move(organization, joined.version(), to);

		assertThat(moved.partyOrganizationId()).isEqualTo(to);
		assertThat(moved.branchName()).isEqualTo("中共测试乙联合支部");
		assertThat(members(from)).isEqualTo(3);
		assertThat(members(to)).isEqualTo(5);
		assertThat(this.organizations.history(organization)).first()
			.satisfies(entry -> assertThat(entry.changes()).contains(
					new FieldChange("partyOrganizationId", String.valueOf(from), String.valueOf(to)),
					new FieldChange("branchName", "中共测试甲联合支部", "中共测试乙联合支部")));
	}

	@Test
	void a_move_needs_a_covered_organisation_and_another_branch() {
		long party = party(DANGHU, "中共测试联合支部");
		long uncovered = organization(DANGHU);
		assertThatExceptionOfType(FieldRejectedException.class).isThrownBy(() -> this.parties.move(uncovered, 0, party))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("party.rejected.not-covered"));

		OrganizationSummary joined = this.parties.join(uncovered, 0, party, 0);
		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> this.parties.move(uncovered, joined.version(), party))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("party.rejected.same"));
		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> this.parties.join(uncovered, joined.version(), party, 0))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("party.rejected.already-covered"));
	}

	@Test
	void the_organisation_form_naming_a_joint_branch_of_the_town_puts_the_organisation_in_it() {
		long party = party(DANGHU, "中共测试联合支部");
		long organization = organization(DANGHU);
		OrganizationDraft draft = OrganizationDraft.of(this.organizations.organization(organization));
		draft.setBranchForm(BranchForm.JOINT);
		draft.setBranchName("中共测试联合支部");
		draft.setBranchFormedOn(this.today.minusDays(5));

		this.organizations.update(organization, draft);

		assertThat(TestPartyOrganizations.of(this.jdbc, organization)).isEqualTo(party);
		// the branch keeps its own formation date
		assertThat(this.organizations.organization(organization).branchFormedOn()).isEqualTo(this.today.minusYears(2));

		draft = OrganizationDraft.of(this.organizations.organization(organization));
		draft.setBranchForm(BranchForm.NONE);
		this.organizations.update(organization, draft);
		assertThat(TestPartyOrganizations.of(this.jdbc, organization)).isNull();
	}

	private long party(long town, String name) {
		return insert("""
				INSERT INTO party_organization (name, level, form, secretary_name, formed_on, full_members,
				    probationary_members, town_id, version)
				VALUES (?, 'BRANCH', 'JOINT', '测试书记', ?, 3, 0, ?, 0)""", name, this.today.minusYears(2), town);
	}

	private long organization(long town) {
		return insert("""
				INSERT INTO organization (name, credit_code, kind, industry, town_id, address, employees, full_members,
				    branch_form, status)
				VALUES (?, ?, 'ECONOMIC', '测试行业', ?, '测试地址', 50, 2, 'NONE', 'ACTIVE')""",
				"党组织测试组织" + TestCreditCodes.next(), TestCreditCodes.next(), town);
	}

	private int members(long party) {
		return this.jdbc.queryForObject("SELECT full_members FROM party_organization WHERE id = ?", Integer.class,
				party);
	}

	private long insert(String sql, Object... args) {
		return TestPartyOrganizations.insert(this.jdbc, sql, args);
	}

}
