package cn.pinghu.socialwork.organizations;

import java.util.Set;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditEntry;
import cn.pinghu.socialwork.audit.FieldChange;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.shared.data.FieldRejectedException;
import cn.pinghu.socialwork.shared.data.UpsertOutcome;
import cn.pinghu.socialwork.shared.data.StaleVersionException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Instructors as master data, in a transaction rolled back after each test.
 */
@SpringBootTest
@Transactional
class InstructorServiceIT {

	private static final long DANGHU = 1;

	private static final long ZHONGDAI = 2;

	private static final long DUSHANGANG = 9;

	/** Seeded: instructor 2 serves 钟埭街道 only, instructor 36 独山港镇 and 当湖街道. */
	private static final long ZHONGDAI_INSTRUCTOR = 2;

	private static final long SHARED_INSTRUCTOR = 36;

	private static final PageRequest ALL = PageRequest.of(0, 500);

	@Autowired
	InstructorService instructors;

	@Autowired
	OrganizationService organizations;

	@Autowired
	JdbcTemplate jdbc;

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
	void an_instructor_is_created_changed_and_audited() {
		InstructorDetails created = this.instructors.create(draft(Set.of(DANGHU)));
		InstructorDraft edit = InstructorDraft.of(created);
		edit.setPhone("0573-85001234");
		edit.setTownIds(Set.of(DANGHU, ZHONGDAI));

		InstructorDetails changed = this.instructors.update(created.id(), edit);

		assertThat(changed.townIds()).containsExactly(DANGHU, ZHONGDAI);
		assertThat(this.instructors.history(created.id())).extracting(AuditEntry::action)
			.containsExactly(AuditAction.UPDATE, AuditAction.CREATE);
		assertThat(this.instructors.history(created.id()).get(0).changes()).containsExactly(
				new FieldChange("phone", "13800001234", "0573-85001234"), new FieldChange("townIds", "1", "1,2"));
		assertThat(this.instructors.serving(ZHONGDAI)).extracting(InstructorDetails::id).contains(created.id());
	}

	@Test
	void an_instructor_without_a_code_gets_the_next_number_and_a_taken_code_is_refused() {
		long highest = this.jdbc.queryForObject(
				"SELECT MAX(CAST(SUBSTRING(code, 3) AS UNSIGNED)) FROM instructor WHERE code REGEXP '^ZD[0-9]+$'",
				Long.class);
		InstructorDetails numbered = this.instructors.create(draft(Set.of(DANGHU)));
		InstructorDraft chosen = draft(Set.of(DANGHU));
		chosen.setCode(" pz-007 ");
		InstructorDetails named = this.instructors.create(chosen);
		InstructorDraft taken = draft(Set.of(DANGHU));
		taken.setCode("PZ-007");
		InstructorDraft renamed = InstructorDraft.of(numbered);
		renamed.setCode("pz-007");
		InstructorDraft blankCode = InstructorDraft.of(named);
		blankCode.setCode("");
		blankCode.setWorkUnit("新单位");

		assertThat(numbered.code()).isEqualTo(String.format("ZD%04d", highest + 1));
		assertThat(named.code()).isEqualTo("PZ-007");
		assertThatExceptionOfType(FieldRejectedException.class).isThrownBy(() -> this.instructors.create(taken))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("instructors.validation.code-taken"));
		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> this.instructors.update(numbered.id(), renamed))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("instructors.validation.code-taken"));
		assertThat(this.instructors.update(named.id(), blankCode).code()).isEqualTo("PZ-007");
		assertThat(this.instructors.history(numbered.id()).get(0).changes())
			.contains(new FieldChange("code", null, numbered.code()));
		refused(withCode("编号一"), "instructors.validation.code-invalid");
	}

	@Test
	void the_seeded_instructors_are_numbered_by_their_id() {
		assertThat(this.instructors.instructor(ZHONGDAI_INSTRUCTOR).code()).isEqualTo("ZD0002");
		assertThat(this.instructors.instructor(SHARED_INSTRUCTOR).code()).isEqualTo("ZD0036");
	}

	@Test
	void a_blank_name_a_bad_phone_or_no_town_is_refused_and_nothing_is_stored() {
		long before = count();
		InstructorDraft blank = draft(Set.of(DANGHU));
		blank.setName(" ");
		InstructorDraft phone = draft(Set.of(DANGHU));
		phone.setPhone("0573-12");
		InstructorDraft noTown = draft(Set.of());

		refused(blank, "instructors.validation.name-required");
		refused(phone, "validation.phone");
		refused(noTown, "instructors.validation.towns-required");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void a_coordinator_sees_and_changes_only_what_lies_in_their_towns() {
		signIn("coordinator", Role.Names.COORDINATOR);

		assertThat(this.instructors.slice(InstructorFilter.inUse(), ALL)).isNotEmpty()
			.allSatisfy(row -> assertThat(row.townIds()).contains(DANGHU));
		assertThat(this.instructors.count(InstructorFilter.inUse())).isEqualTo(this.jdbc.queryForObject("""
				SELECT COUNT(*) FROM instructor i WHERE i.archived_at IS NULL
				  AND EXISTS (SELECT 1 FROM instructor_town t WHERE t.instructor_id = i.id AND t.town_id = ?)""",
				Long.class, DANGHU));
		// Filtered by another town, only instructors who also serve the coordinator's
		// show, and only they are counted.
		InstructorFilter zhongdai = new InstructorFilter(null, ZHONGDAI, true);
		assertThat(this.instructors.slice(zhongdai, ALL)).allSatisfy(row -> assertThat(row.townIds()).contains(DANGHU))
			.extracting(InstructorDetails::id)
			.doesNotContain(ZHONGDAI_INSTRUCTOR);
		assertThat(this.instructors.count(zhongdai))
			.isEqualTo(this.instructors.slice(zhongdai, ALL).getNumberOfElements());
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.instructors.instructor(ZHONGDAI_INSTRUCTOR));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.instructors.create(draft(Set.of(ZHONGDAI))));

		InstructorDetails shared = this.instructors.instructor(SHARED_INSTRUCTOR);
		InstructorDraft dropOtherTown = InstructorDraft.of(shared);
		dropOtherTown.setTownIds(Set.of(DANGHU));
		// shared with 独山港镇, which the coordinator does not change: nothing of it is
		// theirs to change
		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> this.instructors.update(shared.id(), dropOtherTown));
		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> this.instructors.archive(shared.id(), shared.version()));
	}

	/**
	 * Seeded instructor 36 serves organisations in 当湖街道 and 独山港镇: shared between two
	 * towns, so changed only by an administrator or a coordinator of both.
	 */
	@Test
	void an_instructor_shared_between_towns_is_changed_only_by_a_coordinator_of_every_one_of_them() {
		signIn("coordinator", Role.Names.COORDINATOR);
		InstructorDetails shared = this.instructors.instructor(SHARED_INSTRUCTOR);
		InstructorDraft renamed = InstructorDraft.of(shared);
		renamed.setWorkUnit("当湖街道党建办");

		assertThat(this.instructors.mayEdit(shared)).isFalse();
		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> this.instructors.update(shared.id(), renamed))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("instructors.validation.shared-between-towns"))
			.satisfies(ex -> assertThat(ex.arguments()).containsExactly("当湖街道、独山港镇"));
		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> this.instructors.restore(shared.id(), shared.version()));
		// an import row is held to the same rule, unless it changes nothing
		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> this.instructors.upsert(renamed, "batch-shared"));
		assertThat(this.instructors.upsert(InstructorDraft.of(shared), "batch-shared").outcome())
			.isEqualTo(UpsertOutcome.UNCHANGED);
		assertThat(this.instructors.instructor(SHARED_INSTRUCTOR).workUnit()).isEqualTo(shared.workUnit());

		signIn(coordinatorOf(DANGHU, DUSHANGANG), Role.Names.COORDINATOR);
		assertThat(this.instructors.mayEdit(shared)).isTrue();
		InstructorDetails byBoth = this.instructors.update(shared.id(), renamed);
		assertThat(byBoth.workUnit()).isEqualTo("当湖街道党建办");

		signIn("admin", Role.Names.ADMIN);
		InstructorDraft again = InstructorDraft.of(byBoth);
		again.setWorkUnit("独山港镇党建办");
		assertThat(this.instructors.update(shared.id(), again).workUnit()).isEqualTo("独山港镇党建办");
	}

	@Test
	void an_instructor_serving_two_towns_with_organisations_in_one_is_not_shared() {
		InstructorDetails instructor = this.instructors.create(draft(Set.of(DANGHU, ZHONGDAI)));
		OrganizationDraft assigned = OrganizationServiceIT.draft(DANGHU);
		assigned.setInstructorId(instructor.id());
		this.organizations.create(assigned);
		signIn("coordinator", Role.Names.COORDINATOR);
		InstructorDraft renamed = InstructorDraft.of(this.instructors.instructor(instructor.id()));
		renamed.setWorkUnit("当湖街道党建办");

		assertThat(this.instructors.update(instructor.id(), renamed).workUnit()).isEqualTo("当湖街道党建办");
	}

	/** A coordinator of the towns, rolled back with the test. */
	private String coordinatorOf(long... towns) {
		String username = "both-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.update("INSERT INTO app_user (username, display_name, password_hash, enabled) VALUES (?, ?, ?, TRUE)",
				username, "两镇协调员", "{noop}unused");
		Long id = this.jdbc.queryForObject("SELECT id FROM app_user WHERE username = ?", Long.class, username);
		this.jdbc.update("INSERT INTO app_user_role (user_id, role) VALUES (?, 'COORDINATOR')", id);
		for (long town : towns) {
			this.jdbc.update("INSERT INTO app_user_town (user_id, town_id) VALUES (?, ?)", id, town);
		}
		return username;
	}

	@Test
	void an_instructor_with_organisations_keeps_their_town_and_is_archived_only_once_they_are_reassigned() {
		InstructorDetails instructor = this.instructors.create(draft(Set.of(DANGHU, ZHONGDAI)));
		OrganizationDraft assigned = OrganizationServiceIT.draft(DANGHU);
		assigned.setInstructorId(instructor.id());
		OrganizationDetails organization = this.organizations.create(assigned);
		InstructorDraft dropDanghu = InstructorDraft.of(instructor);
		dropDanghu.setTownIds(Set.of(ZHONGDAI));

		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> this.instructors.update(instructor.id(), dropDanghu))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("instructors.validation.town-has-organizations"));
		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> this.instructors.archive(instructor.id(), instructor.version()))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("instructors.validation.still-assigned"));
		assertThat(this.instructors.assignedOrganizations(instructor.id())).extracting(OrganizationDetails::id)
			.containsExactly(organization.id());
		assertThat(this.instructors.instructor(instructor.id()).organizations()).isOne();

		OrganizationDraft unassigned = OrganizationDraft.of(organization);
		unassigned.setInstructorId(null);
		this.organizations.update(organization.id(), unassigned);
		InstructorDetails archived = this.instructors.archive(instructor.id(), instructor.version());

		assertThat(archived.archived()).isTrue();
		assertThat(this.instructors.serving(DANGHU)).extracting(InstructorDetails::id).doesNotContain(instructor.id());
		OrganizationDraft again = OrganizationServiceIT.draft(DANGHU);
		again.setInstructorId(instructor.id());
		assertThatExceptionOfType(FieldRejectedException.class).isThrownBy(() -> this.organizations.create(again))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("organizations.validation.instructor-archived"));
		assertThat(this.instructors.restore(archived.id(), archived.version()).archived()).isFalse();
		assertThat(this.instructors.history(instructor.id())).extracting(AuditEntry::action)
			.containsExactly(AuditAction.UPDATE, AuditAction.ARCHIVE, AuditAction.CREATE);
	}

	@Test
	void a_stale_version_is_refused_and_nothing_is_overwritten() {
		InstructorDetails created = this.instructors.create(draft(Set.of(DANGHU)));
		InstructorDraft first = InstructorDraft.of(created);
		InstructorDraft second = InstructorDraft.of(created);
		first.setName("先保存");
		this.instructors.update(created.id(), first);
		second.setName("后保存");

		assertThatExceptionOfType(StaleVersionException.class)
			.isThrownBy(() -> this.instructors.update(created.id(), second));
		assertThatExceptionOfType(StaleVersionException.class)
			.isThrownBy(() -> this.instructors.archive(created.id(), created.version()));
		assertThat(this.instructors.instructor(created.id()).name()).isEqualTo("先保存");
	}

	@Test
	void a_leader_reads_but_changes_nothing() {
		signIn("leader", Role.Names.LEADER);

		assertThat(this.instructors.count(InstructorFilter.inUse())).isEqualTo(
				this.jdbc.queryForObject("SELECT COUNT(*) FROM instructor WHERE archived_at IS NULL", Long.class));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.instructors.create(draft(Set.of(DANGHU))));
	}

	private void refused(InstructorDraft draft, String messageKey) {
		assertThatExceptionOfType(ConstraintViolationException.class).as(messageKey)
			.isThrownBy(() -> this.instructors.create(draft))
			.satisfies(
					ex -> assertThat(ex.getConstraintViolations()).extracting(ConstraintViolation::getMessageTemplate)
						.contains(messageKey));
	}

	private static InstructorDraft withCode(String code) {
		InstructorDraft draft = draft(Set.of(DANGHU));
		draft.setCode(code);
		return draft;
	}

	private long count() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM instructor", Long.class);
	}

	private static InstructorDraft draft(Set<Long> townIds) {
		InstructorDraft draft = new InstructorDraft();
		draft.setName("测试指导员");
		draft.setWorkUnit("测试单位");
		draft.setPhone("13800001234");
		draft.setTownIds(townIds);
		return draft;
	}

	private void signIn(String username, String role) {
		this.contexts.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
					AuthorityUtils.createAuthorityList("ROLE_" + role)));
	}

}
