package cn.pinghu.socialwork.organizations;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.pinghu.socialwork.identity.CurrentUser;
import cn.pinghu.socialwork.identity.TownScope;
import cn.pinghu.socialwork.organizations.internal.Instructor;
import cn.pinghu.socialwork.organizations.internal.OrganizationRepository;
import cn.pinghu.socialwork.shared.data.FieldRejectedException;
import cn.pinghu.socialwork.shared.data.TownNames;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The rules of an instructor's towns beyond the draft's own constraints: what
 * {@link InstructorService} checks before it stores a draft, from the form or an import.
 * A coordinator adds or removes only towns of their own, and a town in which
 * organisations in use are still assigned to the instructor stays. An instructor shared
 * between towns (assigned to organisations in use in more than one) is changed only by an
 * administrator or a coordinator of every one of those towns: a change made from one town
 * would move the others' work coverage.
 */
@Component
class InstructorRules {

	private final OrganizationRules rules;

	private final OrganizationRepository organizations;

	private final CurrentUser currentUser;

	private final TownNames towns;

	InstructorRules(OrganizationRules rules, OrganizationRepository organizations, CurrentUser currentUser,
			TownNames towns) {
		this.rules = rules;
		this.organizations = organizations;
		this.currentUser = currentUser;
		this.towns = towns;
	}

	/**
	 * @throws AccessDeniedException when the caller does not read the town
	 */
	void requireReadable(long townId) {
		if (!this.currentUser.readScope().includes(townId)) {
			throw new AccessDeniedException("Town " + townId + " is not in the caller's towns");
		}
	}

	/** The towns of a new instructor: the caller's, and existing. */
	void checkTowns(Set<Long> townIds) {
		townIds.forEach(this.rules::requireWritable);
		checkTownsExist(townIds);
	}

	/** The towns an instructor is to serve instead of the ones they serve. */
	void checkTownChange(Instructor instructor, Set<Long> townIds) {
		Set<Long> changed = new HashSet<>(instructor.getTownIds());
		changed.addAll(townIds);
		changed.removeIf(town -> instructor.getTownIds().contains(town) && townIds.contains(town));
		changed.forEach(this.rules::requireWritable);
		checkTownsExist(townIds);
		Set<Long> removed = new HashSet<>(instructor.getTownIds());
		removed.removeAll(townIds);
		if (!removed.isEmpty() && this.organizations
			.countByInstructorIdAndTownIdInAndArchivedAtIsNull(instructor.getId(), removed) > 0) {
			throw new FieldRejectedException("townIds", "instructors.validation.town-has-organizations");
		}
	}

	/**
	 * A coordinator archives and restores only instructors who serve nothing but their
	 * towns.
	 */
	void requireAllTownsInScope(Instructor instructor) {
		instructor.getTownIds().forEach(this.rules::requireWritable);
	}

	/** A coordinator sees the instructors who serve one of their towns. */
	void requireServesReadableTown(Instructor instructor) {
		if (!servesOneOf(instructor, this.currentUser.readScope())) {
			throw new AccessDeniedException("Instructor " + instructor.getId() + " serves none of the caller's towns");
		}
	}

	/** A coordinator changes the instructors who serve one of the towns they change. */
	void requireServesWritableTown(Instructor instructor) {
		if (!servesOneOf(instructor, this.currentUser.writeScope())) {
			throw new AccessDeniedException(
					"Instructor " + instructor.getId() + " serves none of the towns the caller changes");
		}
	}

	/**
	 * An instructor shared between towns is changed only by a caller who changes every
	 * one of them (an administrator changes all towns).
	 * @throws FieldRejectedException at {@code townIds}, naming the towns, otherwise
	 */
	void requireSharedTownsInScope(long instructorId) {
		Set<Long> shared = sharedTowns(instructorId);
		if (!shared.isEmpty()) {
			Map<Long, String> names = this.towns.townNames();
			throw new FieldRejectedException("townIds", "instructors.validation.shared-between-towns",
					names.entrySet()
						.stream()
						.filter(town -> shared.contains(town.getKey()))
						.map(Map.Entry::getValue)
						.collect(Collectors.joining("、")));
		}
	}

	/** Whether the caller changes every town the instructor is shared between. */
	boolean changesSharedTowns(long instructorId) {
		return sharedTowns(instructorId).isEmpty();
	}

	/**
	 * The towns the instructor is shared between when the caller does not change every
	 * one of them; else none.
	 */
	private Set<Long> sharedTowns(long instructorId) {
		TownScope scope = this.currentUser.writeScope();
		if (scope.allTowns()) {
			return Set.of();
		}
		Set<Long> towns = this.organizations.findTownIdsInUseByInstructor(instructorId);
		return (towns.size() > 1 && !towns.stream().allMatch(scope::includes)) ? towns : Set.of();
	}

	private static boolean servesOneOf(Instructor instructor, TownScope scope) {
		return instructor.getTownIds().stream().anyMatch(scope::includes);
	}

	private void checkTownsExist(Set<Long> townIds) {
		if (!this.rules.townsExist(townIds)) {
			throw new FieldRejectedException("townIds", "instructors.validation.towns-required");
		}
	}

}
