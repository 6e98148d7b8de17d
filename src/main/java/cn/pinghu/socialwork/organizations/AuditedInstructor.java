package cn.pinghu.socialwork.organizations;

import java.util.Set;
import java.util.stream.Collectors;

import cn.pinghu.socialwork.organizations.internal.Instructor;
import org.jspecify.annotations.Nullable;

/**
 * The fields of an instructor the audit trail follows; towns as sorted ids, "1,4".
 */
record AuditedInstructor(String code, String name, String workUnit, String phone, String townIds) {

	static AuditedInstructor of(Instructor instructor) {
		return of(instructor.getCode(), instructor.getName(), instructor.getWorkUnit(), instructor.getPhone(),
				instructor.getTownIds());
	}

	static AuditedInstructor of(String code, String name, String workUnit, String phone, Set<Long> townIds) {
		return new AuditedInstructor(code, name, workUnit, phone,
				townIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(",")));
	}

	/** The town of an instructor's audit rows: theirs when they serve one, else none. */
	static @Nullable Long townOf(Instructor instructor) {
		return (instructor.getTownIds().size() == 1) ? instructor.getTownIds().iterator().next() : null;
	}

}
