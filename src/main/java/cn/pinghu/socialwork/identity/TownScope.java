package cn.pinghu.socialwork.identity;

import java.util.Set;

/**
 * The towns (镇街道) whose data someone may see and change: all of them, or the listed ones.
 *
 * @param allTowns whether every town is in scope, whatever {@code townIds} says
 * @param townIds the towns in scope when not all are
 */
public record TownScope(boolean allTowns, Set<Long> townIds) {

	public TownScope {
		townIds = Set.copyOf(townIds);
	}

	public static TownScope all() {
		return new TownScope(true, Set.of());
	}

	public static TownScope none() {
		return new TownScope(false, Set.of());
	}

	public static TownScope of(Set<Long> townIds) {
		return new TownScope(false, townIds);
	}

	/** Whether no town at all is in scope. */
	public boolean isEmpty() {
		return !this.allTowns && this.townIds.isEmpty();
	}

	/** Whether the given town is in scope. */
	public boolean includes(long townId) {
		return this.allTowns || this.townIds.contains(townId);
	}

}
