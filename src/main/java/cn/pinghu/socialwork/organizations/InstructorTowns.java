package cn.pinghu.socialwork.organizations;

import java.util.Set;

/** An instructor and the towns they serve: whom a town's organisation may be given. */
public record InstructorTowns(long id, String name, Set<Long> townIds) {

	public InstructorTowns {
		townIds = Set.copyOf(townIds);
	}

	public boolean serves(long townId) {
		return this.townIds.contains(townId);
	}

}
