package cn.pinghu.socialwork.organizations;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditEntry;
import cn.pinghu.socialwork.audit.AuditService;
import cn.pinghu.socialwork.identity.Access;
import cn.pinghu.socialwork.identity.CurrentUser;
import cn.pinghu.socialwork.identity.TownScope;
import cn.pinghu.socialwork.organizations.internal.Instructor;
import cn.pinghu.socialwork.organizations.internal.InstructorRepository;
import cn.pinghu.socialwork.organizations.internal.Instructors;
import cn.pinghu.socialwork.organizations.internal.OrganizationRepository;
import cn.pinghu.socialwork.shared.data.FieldRejectedException;
import cn.pinghu.socialwork.shared.data.SortMapping;
import cn.pinghu.socialwork.shared.data.StaleVersionException;
import cn.pinghu.socialwork.shared.data.UpsertOutcome;
import jakarta.validation.Valid;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Party-building instructors (党建指导员) as master data. A coordinator sees the instructors
 * who serve one of their towns and changes only what lies in their towns; a leader only
 * reads. Organisations are assigned to instructors from the organisation form. Every
 * instructor has a unique code (编号), by which {@link #upsert} finds them for imports.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class InstructorService {

	/** The entity type instructors have in the audit trail. */
	public static final String INSTRUCTOR = "Instructor";

	private static final SortMapping SORTS = SortMapping.of("Instructors", Map.of("code", "code", "name", "name",
			"workUnit", "workUnit", "phone", "phone", "archivedAt", "archivedAt"), "id");

	private final InstructorRepository instructors;

	private final OrganizationRepository organizations;

	private final InstructorRules rules;

	private final InstructorWrites writes;

	private final CurrentUser currentUser;

	private final AuditService audit;

	private final Clock clock;

	InstructorService(InstructorRepository instructors, OrganizationRepository organizations, InstructorRules rules,
			InstructorWrites writes, CurrentUser currentUser, AuditService audit, Clock clock) {
		this.instructors = instructors;
		this.organizations = organizations;
		this.rules = rules;
		this.writes = writes;
		this.currentUser = currentUser;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A page of the instructors who serve one of the caller's towns and match the filter,
	 * without counting them: the count is {@link #count}.
	 */
	@PreAuthorize(Access.READERS)
	public Slice<InstructorDetails> slice(InstructorFilter filter, Pageable pageable) {
		// the fluent query orders a slice by the pageable's sort alone
		Slice<Instructor> slice = this.instructors.findBy(Instructors.matching(filter, this.currentUser.readScope()),
				query -> query.slice(SORTS.toEntitySort(pageable)));
		Map<Long, Long> counts = new HashMap<>();
		List<Long> ids = slice.map(Instructor::getId).getContent();
		if (!ids.isEmpty()) {
			this.organizations.countByInstructor(ids)
				.forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
		}
		return slice.map(instructor -> toDetails(instructor, counts.getOrDefault(instructor.getId(), 0L)));
	}

	/** How many instructors in the caller's towns match the filter. */
	@PreAuthorize(Access.READERS)
	public long count(InstructorFilter filter) {
		return this.instructors.count(Instructors.matching(filter, this.currentUser.readScope()));
	}

	/**
	 * Whether the caller may change this instructor, as the service checks it: one who
	 * serves a town the caller changes and, if shared between towns, whose every town the
	 * caller changes. The form is read-only otherwise.
	 */
	public boolean mayEdit(InstructorDetails instructor) {
		TownScope scope = this.currentUser.writeScope();
		return instructor.townIds().stream().anyMatch(scope::includes)
				&& this.rules.changesSharedTowns(instructor.id());
	}

	@PreAuthorize(Access.READERS)
	public InstructorDetails instructor(long id) {
		return toDetails(readable(id));
	}

	/**
	 * The names of the instructors the caller sees, archived ones included, by id: for
	 * lists that show who is assigned.
	 */
	@PreAuthorize(Access.READERS)
	public Map<Long, String> names() {
		Map<Long, String> names = new LinkedHashMap<>();
		this.instructors
			.findAll(Instructors.matching(new InstructorFilter(null, null, true), this.currentUser.readScope()),
					Sort.by("name", "id"))
			.forEach(instructor -> names.put(instructor.getId(), instructor.getName()));
		return names;
	}

	/**
	 * The instructors in use who serve a town of the caller's, by name: who may be
	 * assigned there.
	 */
	@PreAuthorize(Access.READERS)
	public List<InstructorDetails> serving(long townId) {
		this.rules.requireReadable(townId);
		return this.instructors
			.findAll(Instructors.matching(new InstructorFilter(null, townId, false), TownScope.all()),
					Sort.by("name", "id"))
			.stream()
			.map(instructor -> toDetails(instructor))
			.toList();
	}

	/**
	 * The organisations assigned to an instructor that lie in the caller's towns, by
	 * name.
	 */
	@PreAuthorize(Access.READERS)
	public List<OrganizationDetails> assignedOrganizations(long id) {
		readable(id);
		TownScope scope = this.currentUser.readScope();
		return this.organizations.findByInstructorIdOrderByNameAsc(id)
			.stream()
			.filter(organization -> scope.includes(organization.getTownId()))
			.map(OrganizationMapping::details)
			.toList();
	}

	/** The audit trail of one instructor the caller sees, newest first. */
	@PreAuthorize(Access.READERS)
	public List<AuditEntry> history(long id) {
		readable(id);
		return this.audit.history(INSTRUCTOR, id);
	}

	/**
	 * Creates an instructor who serves towns of the caller's only. Without a code, the
	 * next free one of the console's numbering ({@code ZD0001} and on) is given.
	 * @throws FieldRejectedException when the code is taken or a town does not exist
	 */
	@Transactional
	@PreAuthorize(Access.EDITORS)
	public InstructorDetails create(@Valid InstructorDraft draft) {
		return toDetails(this.writes.insert(draft, null));
	}

	/**
	 * Changes an instructor. A coordinator adds or removes only towns of their own; a
	 * town that organisations in use are still assigned in is not removed, and an
	 * instructor shared between towns is changed by an administrator or a coordinator of
	 * every one of them. A blank code keeps the one the instructor has.
	 * @throws StaleVersionException when the instructor changed since the draft was read
	 * @throws FieldRejectedException when the instructor is shared with a town the caller
	 * does not change
	 */
	@Transactional
	@PreAuthorize(Access.EDITORS)
	public InstructorDetails update(long id, @Valid InstructorDraft draft) {
		Instructor instructor = writable(id);
		this.writes.checkVersion(instructor, draft.getVersion());
		this.writes.change(instructor, draft, AuditAction.UPDATE, null);
		return toDetails(instructor);
	}

	/**
	 * Creates or changes the instructor with the draft's code, whatever version the draft
	 * carries: what an import does with each row. The rules and the audit trail are those
	 * of the form; {@code batchId} ties the audit rows of one import together. An
	 * archived instructor is refused rather than restored.
	 * @throws FieldRejectedException when the draft has no code, the instructor is
	 * archived, or a rule of the form is broken
	 * @throws AccessDeniedException when the instructor or a changed town is not the
	 * caller's
	 */
	@Transactional
	@PreAuthorize(Access.EDITORS)
	public InstructorUpsert upsert(@Valid InstructorDraft draft, String batchId) {
		if (!hasCode(draft)) {
			throw new FieldRejectedException("code", "instructors.validation.code-required");
		}
		Instructor existing = this.instructors.findByCode(code(draft)).orElse(null);
		if (existing == null) {
			return new InstructorUpsert(UpsertOutcome.CREATED, toDetails(this.writes.insert(draft, batchId)));
		}
		this.rules.requireServesWritableTown(existing);
		if (existing.getArchivedAt() != null) {
			throw new FieldRejectedException("code", "instructors.validation.archived");
		}
		boolean changed = this.writes.change(existing, draft, AuditAction.IMPORT, batchId);
		return new InstructorUpsert(changed ? UpsertOutcome.UPDATED : UpsertOutcome.UNCHANGED, toDetails(existing));
	}

	/**
	 * Archives an instructor to whom no organisation in use is assigned any more. A
	 * coordinator archives only instructors who serve nothing but their towns.
	 * @throws FieldRejectedException while organisations are still assigned
	 */
	@Transactional
	@PreAuthorize(Access.EDITORS)
	public InstructorDetails archive(long id, long version) {
		Instructor instructor = editable(id, version);
		if (this.organizations.countByInstructorIdAndArchivedAtIsNull(id) > 0) {
			throw new FieldRejectedException("organizations", "instructors.validation.still-assigned");
		}
		this.writes.archive(instructor, this.clock.instant());
		return toDetails(instructor);
	}

	/** Puts an archived instructor back in use. */
	@Transactional
	@PreAuthorize(Access.EDITORS)
	public InstructorDetails restore(long id, long version) {
		Instructor instructor = editable(id, version);
		this.writes.restore(instructor);
		return toDetails(instructor);
	}

	private Instructor editable(long id, long version) {
		Instructor instructor = writable(id);
		this.rules.requireSharedTownsInScope(id);
		this.rules.requireAllTownsInScope(instructor);
		this.writes.checkVersion(instructor, version);
		return instructor;
	}

	private Instructor find(long id) {
		return this.instructors.findById(id).orElseThrow(() -> new IllegalArgumentException("No instructor " + id));
	}

	private Instructor readable(long id) {
		Instructor instructor = find(id);
		this.rules.requireServesReadableTown(instructor);
		return instructor;
	}

	private Instructor writable(long id) {
		Instructor instructor = find(id);
		this.rules.requireServesWritableTown(instructor);
		return instructor;
	}

	/**
	 * Whether the draft names a code: without one, a new instructor is given the next.
	 */
	static boolean hasCode(InstructorDraft draft) {
		return draft.getCode() != null && !draft.getCode().isBlank();
	}

	/** The draft's code as it is stored: trimmed, in capitals. */
	static String code(InstructorDraft draft) {
		return Objects.requireNonNull(draft.getCode()).strip().toUpperCase(Locale.ROOT);
	}

	private InstructorDetails toDetails(Instructor instructor) {
		return toDetails(instructor, this.organizations.countByInstructorIdAndArchivedAtIsNull(instructor.getId()));
	}

	private static InstructorDetails toDetails(Instructor instructor, long organizations) {
		return new InstructorDetails(instructor.getId(), instructor.getCode(), instructor.getName(),
				instructor.getWorkUnit(), instructor.getPhone(), instructor.getTownIds().stream().sorted().toList(),
				organizations, instructor.getArchivedAt(), instructor.getVersion());
	}

}
