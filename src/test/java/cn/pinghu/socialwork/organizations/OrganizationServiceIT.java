package cn.pinghu.socialwork.organizations;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditEntry;
import cn.pinghu.socialwork.audit.FieldChange;
import cn.pinghu.socialwork.coverage.CoverageActionRejectedException;
import cn.pinghu.socialwork.coverage.CoverageActions;
import cn.pinghu.socialwork.coverage.CoverageFigures;
import cn.pinghu.socialwork.coverage.OrganizationEdited;
import cn.pinghu.socialwork.coverage.UncoveredReason;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.shared.data.FieldRejectedException;
import cn.pinghu.socialwork.shared.data.StaleVersionException;
import cn.pinghu.socialwork.shared.data.UpsertOutcome;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Organisations as master data, in a transaction rolled back after each test: every rule
 * refuses its case and stores nothing, a stale form overwrites nothing, a coordinator
 * stays in their town, and every change leaves its audit rows.
 */
@SpringBootTest
@Transactional
@RecordApplicationEvents
class OrganizationServiceIT {

	/** 当湖街道, the demo coordinator's town. */
	private static final long DANGHU = 1;

	private static final long ZHONGDAI = 2;

	/** 东湖社区 in 当湖街道, and 北墅社区 in 钟埭街道. */
	private static final long DONGHU = 1;

	private static final long BEISHU = 21;

	/** Instructor 1 serves 当湖街道 only, instructor 2 钟埭街道 only. */
	private static final long DANGHU_INSTRUCTOR = 1;

	private static final long ZHONGDAI_INSTRUCTOR = 2;

	private static final PageRequest ALL = PageRequest.of(0, 2000);

	@Autowired
	OrganizationService organizations;

	@Autowired
	CoverageFigures coverage;

	@Autowired
	CoverageActions actions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	SecurityContextHolderStrategy contexts;

	@BeforeEach
	void setUp() {
		signIn("admin", Role.Names.ADMIN);
	}

	@AfterEach
	void signOut() {
		this.contexts.clearContext();
	}

	@Test
	void a_valid_organisation_is_created_with_an_audit_row_and_an_event() {
		OrganizationDraft draft = draft(DANGHU);
		draft.setCreditCode(draft.getCreditCode().toLowerCase());
		draft.setCommunityId(DONGHU);
		draft.setInstructorId(DANGHU_INSTRUCTOR);
		draft.setContactPhone("0573-85123456");

		OrganizationDetails created = this.organizations.create(draft);

		assertThat(created.creditCode()).isEqualTo(draft.getCreditCode().toUpperCase());
		assertThat(created.instructorId()).isEqualTo(DANGHU_INSTRUCTOR);
		assertThat(created.archived()).isFalse();
		AuditEntry entry = this.organizations.history(created.id()).get(0);
		assertThat(entry.action()).isEqualTo(AuditAction.CREATE);
		assertThat(entry.username()).isEqualTo("admin");
		assertThat(entry.townId()).isEqualTo(DANGHU);
		assertThat(entry.changes()).contains(new FieldChange("name", null, "测试组织有限公司"),
				new FieldChange("contactPhone", null, "0573-85123456"));
		assertThat(this.events.stream(OrganizationEdited.class))
			.containsExactly(new OrganizationEdited(created.id(), DANGHU));
	}

	@Test
	void field_rules_are_refused_with_their_messages_and_nothing_is_stored() {
		refusedByConstraint(draft -> draft.setName(" "), "organizations.validation.name-required");
		refusedByConstraint(draft -> draft.setCreditCode("91330482MA2UYKHJ1"),
				"organizations.validation.credit-code-invalid");
		refusedByConstraint(draft -> draft.setCreditCode(wrongCheckCharacter(TestCreditCodes.next())),
				"organizations.validation.credit-code-invalid");
		refusedByConstraint(draft -> draft.setEmployees(-1), "organizations.validation.count-negative");
		refusedByConstraint(draft -> draft.setFullMembers(-1), "organizations.validation.count-negative");
		refusedByConstraint(draft -> draft.setContactPhone("12345678901"), "validation.phone");
		refusedByConstraint(draft -> draft.setContactPhone("0571-85123456"), "validation.phone");
		refusedByConstraint(draft -> draft.setContactPhone("0573-123456"), "validation.phone");
		refusedByConstraint(draft -> draft.setContactPhone("1381234567"), "validation.phone");
		refusedByConstraint(draft -> draft.setKind(null), "organizations.validation.kind-required");
	}

	@Test
	void rules_over_several_fields_and_the_database_are_refused_at_their_field_and_nothing_is_stored() {
		refusedAtField(draft -> draft.setFullMembers(11), "fullMembers",
				"organizations.validation.members-over-employees");
		refusedAtField(draft -> {
			draft.setBranchForm(BranchForm.STANDALONE);
			draft.setBranchName("中共测试支部");
			draft.setFullMembers(2);
		}, "branchForm", "organizations.validation.standalone-members");
		refusedAtField(draft -> draft.setBranchForm(BranchForm.JOINT), "branchName",
				"organizations.validation.branch-name-required");
		refusedAtField(draft -> draft.setCommunityId(BEISHU), "communityId",
				"organizations.validation.community-not-in-town");
		refusedAtField(draft -> draft.setInstructorId(ZHONGDAI_INSTRUCTOR), "instructorId",
				"organizations.validation.instructor-not-in-town");
		refusedAtField(draft -> draft.setInstructorId(-5L), "instructorId",
				"organizations.validation.instructor-unknown");
		OrganizationDetails existing = this.organizations.create(draft(DANGHU));
		refusedAtField(draft -> draft.setCreditCode(existing.creditCode()), "creditCode",
				"organizations.validation.credit-code-taken");
	}

	@Test
	void a_standalone_branch_with_three_members_and_a_mobile_number_are_accepted() {
		OrganizationDraft draft = draft(DANGHU);
		draft.setBranchForm(BranchForm.STANDALONE);
		draft.setBranchName("中共测试有限公司支部委员会");
		draft.setBranchFormedOn(java.time.LocalDate.of(2025, 3, 8));
		draft.setFullMembers(3);
		draft.setContactPhone("13812345678");
		draft.setUncoveredReason("不会保存：已有党组织");

		OrganizationDetails created = this.organizations.create(draft);

		assertThat(created.branchForm()).isEqualTo(BranchForm.STANDALONE);
		assertThat(created.uncoveredReason()).isNull();
		assertThat(this.jdbc.queryForObject("SELECT branch_formed_on FROM organization WHERE id = ?",
				java.time.LocalDate.class, created.id()))
			.isEqualTo(java.time.LocalDate.of(2025, 3, 8));
	}

	@Test
	void a_stale_version_is_refused_and_nothing_is_overwritten() {
		OrganizationDetails created = this.organizations.create(draft(DANGHU));
		OrganizationDraft first = OrganizationDraft.of(created);
		OrganizationDraft second = OrganizationDraft.of(created);
		first.setName("先保存的名称");
		this.organizations.update(created.id(), first);
		second.setName("后保存的名称");

		assertThatExceptionOfType(StaleVersionException.class)
			.isThrownBy(() -> this.organizations.update(created.id(), second));
		assertThatExceptionOfType(StaleVersionException.class)
			.isThrownBy(() -> this.organizations.archive(created.id(), created.version()));
		OrganizationDetails stored = this.organizations.organization(created.id());
		assertThat(stored.name()).isEqualTo("先保存的名称");
		assertThat(stored.archived()).isFalse();
		assertThat(this.organizations.history(created.id())).hasSize(2);
	}

	@Test
	void a_coordinator_is_refused_another_towns_organisations_whatever_id_they_send() {
		OrganizationDetails other = this.organizations.create(draft(ZHONGDAI));
		signIn("coordinator", Role.Names.COORDINATOR);
		OrganizationDraft change = OrganizationDraft.of(other);
		change.setName("被改名的组织");

		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.organizations.create(draft(ZHONGDAI)));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.organizations.update(other.id(), change));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.organizations.archive(other.id(), other.version()));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.organizations.organization(other.id()));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.organizations.history(other.id()));
		assertThat(this.organizations.page(new OrganizationFilter(null, ZHONGDAI, null, null, null, false, true), ALL))
			.isEmpty();
		assertThat(this.organizations.page(OrganizationFilter.inUse(), ALL)).isNotEmpty()
			.allSatisfy(row -> assertThat(row.townId()).isEqualTo(DANGHU));

		OrganizationDetails own = this.organizations.create(draft(DANGHU));
		OrganizationDraft moved = OrganizationDraft.of(own);
		moved.setTownId(ZHONGDAI);
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.organizations.update(own.id(), moved));

		signIn("admin", Role.Names.ADMIN);
		assertThat(this.organizations.organization(other.id())).isEqualTo(other);
		assertThat(this.organizations.organization(own.id()).townId()).isEqualTo(DANGHU);
	}

	@Test
	void a_leader_reads_but_changes_nothing() {
		OrganizationDetails created = this.organizations.create(draft(DANGHU));
		signIn("leader", Role.Names.LEADER);

		assertThat(this.organizations.canEdit()).isFalse();
		assertThat(this.organizations.organization(created.id())).isEqualTo(created);
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.organizations.create(draft(DANGHU)));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.organizations.archive(created.id(), created.version()));
	}

	@Test
	void an_update_records_only_the_changed_fields_from_and_to() {
		OrganizationDetails created = this.organizations.create(draft(DANGHU));
		OrganizationDraft edit = OrganizationDraft.of(created);
		edit.setEmployees(20);
		edit.setInstructorId(DANGHU_INSTRUCTOR);

		this.organizations.update(created.id(), edit);
		this.organizations.update(created.id(), OrganizationDraft.of(this.organizations.organization(created.id())));

		List<AuditEntry> history = this.organizations.history(created.id());
		assertThat(history).extracting(AuditEntry::action).containsExactly(AuditAction.UPDATE, AuditAction.CREATE);
		assertThat(history.get(0).changes()).containsExactly(new FieldChange("employees", "10", "20"),
				new FieldChange("instructorId", null, String.valueOf(DANGHU_INSTRUCTOR)));
	}

	@Test
	void an_archived_organisation_is_listed_only_on_request_and_comes_back_when_restored() {
		OrganizationDetails created = this.organizations.create(draft(DANGHU));
		String code = created.creditCode();

		OrganizationDetails archived = this.organizations.archive(created.id(), created.version());

		assertThat(archived.archived()).isTrue();
		assertThat(this.organizations.page(search(code, false), ALL)).isEmpty();
		assertThat(this.organizations.page(search(code, true), ALL)).extracting(OrganizationDetails::id)
			.containsExactly(created.id());
		OrganizationDetails restored = this.organizations.restore(archived.id(), archived.version());
		assertThat(restored.archived()).isFalse();
		assertThat(this.organizations.page(search(code, false), ALL)).hasSize(1);
		List<AuditEntry> history = this.organizations.history(created.id());
		assertThat(history).extracting(AuditEntry::action)
			.containsExactly(AuditAction.UPDATE, AuditAction.ARCHIVE, AuditAction.CREATE);
		assertThat(history.get(0).changes()).singleElement()
			.satisfies(change -> assertThat(change.to()).isNull())
			.satisfies(change -> assertThat(change.from()).isEqualTo(archived.archivedAt().toString()));
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM organization WHERE id = ?", Long.class, created.id()))
			.isOne();
	}

	@Test
	void an_archived_organisation_leaves_the_coverage_figures_and_takes_no_coverage_actions() {
		long before = inScope(DANGHU);
		OrganizationDetails created = this.organizations.create(draft(DANGHU));
		assertThat(inScope(DANGHU)).isEqualTo(before + 1);

		OrganizationDetails archived = this.organizations.archive(created.id(), created.version());

		assertThat(inScope(DANGHU)).isEqualTo(before);
		assertThatExceptionOfType(CoverageActionRejectedException.class).isThrownBy(
				() -> this.actions.recordUncoveredReason(new UncoveredReason(archived.id(), archived.version(), "已停业")))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("coverage.rejected.not-active"));
	}

	private long inScope(long townId) {
		return this.coverage.overview()
			.orElseThrow()
			.towns()
			.stream()
			.filter(town -> town.townId() == townId)
			.findFirst()
			.orElseThrow()
			.kpis()
			.inScope();
	}

	@Test
	void an_upsert_creates_then_updates_by_credit_code_and_marks_its_audit_rows_with_the_batch() {
		OrganizationDraft row = draft(DANGHU);

		OrganizationUpsert first = this.organizations.upsert(row, "batch-1");
		row.setEmployees(30);
		row.setVersion(99);
		OrganizationUpsert second = this.organizations.upsert(row, "batch-2");
		OrganizationUpsert third = this.organizations.upsert(row, "batch-3");

		assertThat(first.outcome()).isEqualTo(UpsertOutcome.CREATED);
		assertThat(second.outcome()).isEqualTo(UpsertOutcome.UPDATED);
		assertThat(third.outcome()).isEqualTo(UpsertOutcome.UNCHANGED);
		assertThat(second.organization().id()).isEqualTo(first.organization().id());
		assertThat(second.organization().employees()).isEqualTo(30);
		assertThat(this.organizations.history(first.organization().id()))
			.extracting(AuditEntry::action, AuditEntry::batchId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(AuditAction.IMPORT, "batch-2"),
					org.assertj.core.groups.Tuple.tuple(AuditAction.IMPORT, "batch-1"));
		row.setFullMembers(40);
		assertThatExceptionOfType(FieldRejectedException.class).isThrownBy(() -> this.organizations.upsert(row, "b"));
	}

	@Test
	void an_import_chunk_creates_updates_and_refuses_as_single_upserts_do_with_their_audit_rows_and_events() {
		OrganizationDetails archived = this.organizations.create(draft(DANGHU));
		this.organizations.archive(archived.id(), archived.version());
		OrganizationDraft fresh = draft(DANGHU);
		fresh.setCommunityId(DONGHU);
		fresh.setInstructorId(DANGHU_INSTRUCTOR);
		OrganizationDraft again = OrganizationDraft.of(toDetailsOf(fresh));
		again.setEmployees(30);
		OrganizationDraft wrongCommunity = draft(DANGHU);
		wrongCommunity.setCommunityId(BEISHU);
		OrganizationDraft wrongInstructor = draft(DANGHU);
		wrongInstructor.setInstructorId(ZHONGDAI_INSTRUCTOR);
		OrganizationDraft ofArchived = draft(DANGHU);
		ofArchived.setCreditCode(archived.creditCode());
		OrganizationDraft otherTown = draft(ZHONGDAI);
		this.events.clear();
		signIn("coordinator", Role.Names.COORDINATOR);
		OrganizationImportChunk chunk = this.organizations
			.importChunk(List.of(fresh, again, wrongCommunity, wrongInstructor, ofArchived, otherTown));

		assertThat(this.organizations.upsert(fresh, "batch", chunk)).isEqualTo(UpsertOutcome.CREATED);
		assertThat(this.organizations.upsert(again, "batch", chunk)).isEqualTo(UpsertOutcome.UPDATED);
		assertThat(this.organizations.upsert(again, "batch", chunk)).isEqualTo(UpsertOutcome.UNCHANGED);
		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> this.organizations.upsert(wrongCommunity, "batch", chunk))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("organizations.validation.community-not-in-town"));
		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> this.organizations.upsert(wrongInstructor, "batch", chunk))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("organizations.validation.instructor-not-in-town"));
		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> this.organizations.upsert(ofArchived, "batch", chunk))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("organizations.validation.archived"));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.organizations.upsert(otherTown, "batch", chunk));
		wrongCommunity.setName(" ");
		assertThatExceptionOfType(ConstraintViolationException.class)
			.isThrownBy(() -> this.organizations.upsert(wrongCommunity, "batch", chunk));

		OrganizationDetails stored = this.organizations.page(search(fresh.getCreditCode(), false), ALL)
			.getContent()
			.get(0);
		assertThat(stored.employees()).isEqualTo(30);
		assertThat(stored.communityId()).isEqualTo(DONGHU);
		assertThat(this.organizations.history(stored.id())).extracting(AuditEntry::action, AuditEntry::batchId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(AuditAction.IMPORT, "batch"),
					org.assertj.core.groups.Tuple.tuple(AuditAction.IMPORT, "batch"));
		assertThat(this.events.stream(OrganizationEdited.class))
			.containsExactly(new OrganizationEdited(stored.id(), DANGHU), new OrganizationEdited(stored.id(), DANGHU));
	}

	@Test
	void the_export_scrolls_through_the_filtered_list_by_credit_code_in_the_callers_towns() {
		for (int i = 0; i < 3; i++) {
			this.organizations.create(draft(DANGHU));
			this.organizations.create(draft(ZHONGDAI));
		}
		signIn("coordinator", Role.Names.COORDINATOR);
		List<OrganizationDetails> scrolled = new ArrayList<>();
		ScrollPosition position = ScrollPosition.keyset();
		int chunks = 0;
		while (true) {
			Window<OrganizationDetails> window = this.organizations.scroll(OrganizationFilter.inUse(), position, 4);
			scrolled.addAll(window.getContent());
			chunks++;
			if (!window.hasNext()) {
				break;
			}
			position = window.positionAt(window.size() - 1);
		}

		List<OrganizationDetails> paged = this.organizations
			.page(OrganizationFilter.inUse(), PageRequest.of(0, 2000, Sort.by("creditCode")))
			.getContent();
		assertThat(scrolled).isEqualTo(paged).isNotEmpty().allSatisfy(row -> {
			assertThat(row.townId()).isEqualTo(DANGHU);
			assertThat(row.archived()).isFalse();
		});
		assertThat(scrolled).extracting(OrganizationDetails::creditCode).isSorted();
		assertThat(chunks).isEqualTo((paged.size() + 3) / 4);
	}

	@Test
	void a_slice_holds_the_rows_of_the_same_page_in_the_same_order_without_a_total() {
		OrganizationFilter uncovered = new OrganizationFilter(null, null, null, null, null, true, false);
		PageRequest second = PageRequest.of(1, 5, Sort.by(Sort.Order.desc("employees"), Sort.Order.asc("name")));

		Slice<OrganizationDetails> slice = this.organizations.slice(uncovered, second);

		var page = this.organizations.page(uncovered, second);
		assertThat(slice.getContent()).isNotEmpty().isEqualTo(page.getContent());
		assertThat(slice.hasNext()).isEqualTo(page.hasNext());
		assertThat(slice.getNumber()).isEqualTo(1);
	}

	@Test
	void a_slice_reads_the_same_rows_as_a_page_for_every_sortable_column_and_a_deep_page() {
		OrganizationFilter inUse = OrganizationFilter.inUse();
		for (String property : List.of("name", "creditCode", "kind", "industry", "townId", "employees", "fullMembers",
				"branchForm", "contactName", "status")) {
			for (Sort.Direction direction : Sort.Direction.values()) {
				PageRequest third = PageRequest.of(2, 7, Sort.by(direction, property));
				assertThat(this.organizations.slice(inUse, third).getContent()).as("%s %s", property, direction)
					.hasSize(7)
					.isEqualTo(this.organizations.page(inUse, third).getContent());
			}
		}
		long total = this.organizations.count(inUse);
		int lastPage = (int) ((total - 1) / 10);
		Slice<OrganizationDetails> last = this.organizations.slice(inUse,
				PageRequest.of(lastPage, 10, Sort.by("name")));
		assertThat(last.getContent()).hasSize((int) (total - lastPage * 10L))
			.isEqualTo(this.organizations.page(inUse, PageRequest.of(lastPage, 10, Sort.by("name"))).getContent());
		assertThat(last.hasNext()).isFalse();
		assertThat(this.organizations.slice(inUse, PageRequest.of(lastPage + 1, 10, Sort.by("name"))).getContent())
			.isEmpty();
	}

	@Test
	void the_quick_search_finds_any_part_of_name_credit_code_contact_and_phone_whatever_the_case() {
		OrganizationDraft draft = draft(DANGHU);
		draft.setName("AbC智能_科技有限公司");
		draft.setContactName("搜索联系人乙");
		draft.setContactPhone("0573-85551234");
		OrganizationDetails created = this.organizations.create(draft);
		String code = created.creditCode();

		for (String text : List.of("abc", "ABC智能", "智能_科技", " 有限公司 ", code.substring(6, 14).toLowerCase(), "联系人乙",
				"85551234", "0573-8555")) {
			assertThat(this.organizations.slice(search(text, false), ALL).getContent()).as(text)
				.extracting(OrganizationDetails::id)
				.contains(created.id());
		}
		OrganizationFilter exact = search("abc智能_科技", false);
		assertThat(this.organizations.slice(exact, ALL).getContent()).extracting(OrganizationDetails::id)
			.containsExactly(created.id());
		assertThat(this.organizations.count(exact)).isEqualTo(1);
		// LIKE's wildcards are matched as themselves
		assertThat(this.organizations.count(search("abc智能%科技", false))).isZero();
		assertThat(this.organizations.count(search("abc_智能", false))).isZero();

		OrganizationDraft renamed = OrganizationDraft.of(this.organizations.organization(created.id()));
		renamed.setName("改名后的单位");
		this.organizations.update(created.id(), renamed);
		assertThat(this.organizations.count(search("abc智能", false))).isZero();
		assertThat(this.organizations.slice(search("改名后", false), ALL).getContent()).extracting(OrganizationDetails::id)
			.containsExactly(created.id());
	}

	@Test
	void the_list_filters_searches_and_sorts_in_the_database() {
		OrganizationDraft draft = draft(DANGHU);
		draft.setContactName("唯一联系人甲");
		draft.setContactPhone("13900001111");
		OrganizationDetails created = this.organizations.create(draft);

		assertThat(this.organizations.page(search("13900001111", false), ALL)).extracting(OrganizationDetails::id)
			.containsExactly(created.id());
		assertThat(this.organizations.page(search("唯一联系人甲", false), ALL)).hasSize(1);
		var uncovered = this.organizations.page(
				new OrganizationFilter(null, DANGHU, OrgKind.ECONOMIC, OrgStatus.ACTIVE, null, true, false),
				PageRequest.of(0, 50, Sort.by(Sort.Order.desc("employees"))));
		assertThat(uncovered.getContent()).isNotEmpty()
			.allSatisfy(row -> assertThat(row.branchForm()).isEqualTo(BranchForm.NONE))
			.allSatisfy(row -> assertThat(row.kind()).isEqualTo(OrgKind.ECONOMIC))
			.extracting(OrganizationDetails::employees)
			.isSortedAccordingTo((a, b) -> Integer.compare(b, a));
		assertThat(uncovered.getTotalElements()).isEqualTo(this.organizations
			.count(new OrganizationFilter(null, DANGHU, OrgKind.ECONOMIC, OrgStatus.ACTIVE, null, true, false)));
		assertThat(this.organizations
			.page(new OrganizationFilter(null, null, null, null, BranchForm.JOINT, false, false), ALL)).isNotEmpty()
			.allSatisfy(row -> assertThat(row.branchForm()).isEqualTo(BranchForm.JOINT));
		assertThat(this.organizations.page(search("%", true), ALL)).isEmpty();
	}

	private void refusedByConstraint(Consumer<OrganizationDraft> change, String messageKey) {
		OrganizationDraft draft = draft(DANGHU);
		change.accept(draft);
		long before = count();
		assertThatExceptionOfType(ConstraintViolationException.class).as(messageKey)
			.isThrownBy(() -> this.organizations.create(draft))
			.satisfies(
					ex -> assertThat(ex.getConstraintViolations()).extracting(ConstraintViolation::getMessageTemplate)
						.contains(messageKey));
		assertThat(count()).isEqualTo(before);
	}

	private void refusedAtField(Consumer<OrganizationDraft> change, String field, String messageKey) {
		OrganizationDraft draft = draft(DANGHU);
		change.accept(draft);
		long before = count();
		assertThatExceptionOfType(FieldRejectedException.class).as(messageKey)
			.isThrownBy(() -> this.organizations.create(draft))
			.satisfies(ex -> {
				assertThat(ex.field()).isEqualTo(field);
				assertThat(ex.messageKey()).isEqualTo(messageKey);
			});
		assertThat(count()).isEqualTo(before);
	}

	private long count() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM organization", Long.class)
				+ this.jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Long.class);
	}

	/** A draft as details, so that it can be copied into another draft. */
	private static OrganizationDetails toDetailsOf(OrganizationDraft d) {
		return new OrganizationDetails(0, d.getName(), d.getCreditCode(), d.getKind(), d.getIndustry(), d.getTownId(),
				d.getCommunityId(), d.getAddress(), d.getEmployees(), d.getFullMembers(), d.getBranchForm(),
				d.getBranchName(), d.getBranchFormedOn(), d.getInstructorId(), d.getContactName(), d.getContactPhone(),
				d.getUncoveredReason(), d.getStatus(), null, 0);
	}

	private static OrganizationFilter search(String text, boolean includeArchived) {
		return new OrganizationFilter(text, null, null, null, null, false, includeArchived);
	}

	static OrganizationDraft draft(long townId) {
		OrganizationDraft draft = new OrganizationDraft();
		draft.setName("测试组织有限公司");
		draft.setCreditCode(TestCreditCodes.next());
		draft.setKind(OrgKind.ECONOMIC);
		draft.setIndustry("金属制品");
		draft.setTownId(townId);
		draft.setAddress("平湖市测试路 1 号");
		draft.setEmployees(10);
		draft.setFullMembers(0);
		return draft;
	}

	private static String wrongCheckCharacter(String code) {
		char check = code.charAt(CreditCode.LENGTH - 1);
		char other = (check == '0') ? '1' : '0';
		return code.substring(0, CreditCode.LENGTH - 1) + other;
	}

	private void signIn(String username, String role) {
		this.contexts.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
					AuthorityUtils.createAuthorityList("ROLE_" + role)));
	}

}
