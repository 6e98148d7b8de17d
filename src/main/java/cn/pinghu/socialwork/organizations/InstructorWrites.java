package cn.pinghu.socialwork.organizations;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditService;
import cn.pinghu.socialwork.audit.FieldChange;
import cn.pinghu.socialwork.audit.FieldDiff;
import cn.pinghu.socialwork.organizations.internal.Instructor;
import cn.pinghu.socialwork.organizations.internal.InstructorRepository;
import cn.pinghu.socialwork.shared.data.VersionedWrites;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * How {@link InstructorService} stores an instructor from a draft, checked by
 * {@link InstructorRules}, gives new instructors their codes, and audits every change.
 * Runs inside the service's transaction and access checks.
 */
@Component
class InstructorWrites {

	/** The prefix of the codes the console gives: ZD for 指导员. */
	static final String CODE_PREFIX = "ZD";

	private static final VersionedWrites WRITES = VersionedWrites.of(InstructorService.INSTRUCTOR, "code",
			"instructors.validation.code-taken");

	private final InstructorRepository instructors;

	private final InstructorRules rules;

	private final AuditService audit;

	InstructorWrites(InstructorRepository instructors, InstructorRules rules, AuditService audit) {
		this.instructors = instructors;
		this.rules = rules;
		this.audit = audit;
	}

	void checkVersion(Instructor instructor, long version) {
		WRITES.checkVersion(instructor, version);
	}

	Instructor insert(InstructorDraft draft, @Nullable String batchId) {
		this.rules.checkTowns(draft.getTownIds());
		String code = InstructorService.hasCode(draft) ? InstructorService.code(draft) : nextCode();
		WRITES.checkFree(this.instructors.existsByCode(code));
		Instructor instructor = flush(new Instructor(code, stripped(draft.getName()), stripped(draft.getWorkUnit()),
				stripped(draft.getPhone()), draft.getTownIds()), 0L);
		this.audit.record((batchId == null) ? AuditAction.CREATE : AuditAction.IMPORT, InstructorService.INSTRUCTOR,
				instructor.getId(), AuditedInstructor.townOf(instructor), batchId,
				FieldDiff.created(FieldDiff.fields(AuditedInstructor.of(instructor))));
		return instructor;
	}

	/**
	 * Changes an instructor as the draft says; whether anything changed. A draft that
	 * changes nothing is no edit: an export imported back as it was passes whoever
	 * imports it, and the rules of a change apply to the others.
	 */
	boolean change(Instructor instructor, InstructorDraft draft, AuditAction action, @Nullable String batchId) {
		long id = instructor.getId();
		String code = InstructorService.hasCode(draft) ? InstructorService.code(draft) : instructor.getCode();
		AuditedInstructor before = AuditedInstructor.of(instructor);
		List<FieldChange> changes = FieldDiff.between(before, AuditedInstructor.of(code, stripped(draft.getName()),
				stripped(draft.getWorkUnit()), stripped(draft.getPhone()), draft.getTownIds()));
		if (changes.isEmpty()) {
			return false;
		}
		this.rules.requireSharedTownsInScope(id);
		this.rules.checkTownChange(instructor, draft.getTownIds());
		WRITES.checkFree(!code.equals(instructor.getCode()) && this.instructors.existsByCodeAndIdNot(code, id));
		instructor.change(code, stripped(draft.getName()), stripped(draft.getWorkUnit()), stripped(draft.getPhone()),
				draft.getTownIds());
		flush(instructor, id);
		this.audit.record(action, InstructorService.INSTRUCTOR, id, AuditedInstructor.townOf(instructor), batchId,
				changes);
		return true;
	}

	/** The next code of the console's numbering: ZD0001, ZD0002 ... */
	private String nextCode() {
		long next = this.instructors.highestGivenCodeNumber() + 1;
		return CODE_PREFIX + ((next < 10_000) ? String.format(Locale.ROOT, "%04d", next) : String.valueOf(next));
	}

	/** Archives an instructor in use now; an archived one stays as it is. */
	void archive(Instructor instructor, Instant now) {
		if (instructor.getArchivedAt() == null) {
			long id = instructor.getId();
			instructor.archive(now);
			flush(instructor, id);
			this.audit.record(AuditAction.ARCHIVE, InstructorService.INSTRUCTOR, id,
					AuditedInstructor.townOf(instructor), List.of(new FieldChange("archivedAt", null, now.toString())));
		}
	}

	/** Puts an archived instructor back in use; one in use stays as it is. */
	void restore(Instructor instructor) {
		Instant archivedAt = instructor.getArchivedAt();
		if (archivedAt != null) {
			long id = instructor.getId();
			instructor.restore();
			flush(instructor, id);
			this.audit.record(AuditAction.UPDATE, InstructorService.INSTRUCTOR, id,
					AuditedInstructor.townOf(instructor),
					List.of(new FieldChange("archivedAt", archivedAt.toString(), null)));
		}
	}

	/**
	 * Writes now rather than at commit, so that a concurrent save or a code taken in the
	 * meantime surfaces here as the exception the form understands.
	 */
	Instructor flush(Instructor instructor, long id) {
		return WRITES.flush(id, () -> this.instructors.saveAndFlush(instructor));
	}

	private static String stripped(@Nullable String text) {
		return Objects.requireNonNull(text).strip();
	}

}
