package cn.pinghu.socialwork.organizations;

import org.jspecify.annotations.Nullable;

/**
 * What the instructor list is filtered by; {@code null} means "any".
 *
 * @param query quick search in code, name, work unit and phone
 * @param townId only instructors who serve this town
 * @param includeArchived whether archived instructors are listed too
 */
public record InstructorFilter(@Nullable String query, @Nullable Long townId, boolean includeArchived) {

	/** Every instructor in use. */
	public static InstructorFilter inUse() {
		return new InstructorFilter(null, null, false);
	}

}
