package cn.pinghu.socialwork.organizations;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An instructor as the master-data list and form see it.
 *
 * @param code 编号, the key imports update by
 * @param townIds the towns served, in ascending id order
 * @param organizations how many organisations in use are assigned to the instructor
 * @param version goes back with an update so that a stale form is refused
 */
public record InstructorDetails(long id, String code, String name, String workUnit, String phone, List<Long> townIds,
		long organizations, @Nullable Instant archivedAt, long version) {

	public InstructorDetails {
		townIds = List.copyOf(townIds);
	}

	public boolean archived() {
		return this.archivedAt != null;
	}

}
