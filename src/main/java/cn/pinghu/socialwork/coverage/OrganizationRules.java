package cn.pinghu.socialwork.coverage;

import java.util.Objects;

import cn.pinghu.socialwork.coverage.internal.Instructor;
import cn.pinghu.socialwork.coverage.internal.InstructorRepository;
import cn.pinghu.socialwork.coverage.internal.Organization;
import cn.pinghu.socialwork.coverage.internal.OrganizationRepository;
import cn.pinghu.socialwork.places.CommunityFilter;
import cn.pinghu.socialwork.places.CommunitySummary;
import cn.pinghu.socialwork.places.PlaceService;
import cn.pinghu.socialwork.security.CurrentUser;
import cn.pinghu.socialwork.shared.data.FieldRejectedException;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The rules an organisation's master data must keep beyond its fields' own constraints,
 * and the caller's town scope: what the organisation service checks before it stores a
 * draft, whether it comes from the form or an import.
 */
@Component
class OrganizationRules {

	private final OrganizationRepository organizations;

	private final InstructorRepository instructors;

	private final PlaceService places;

	private final CurrentUser currentUser;

	OrganizationRules(OrganizationRepository organizations, InstructorRepository instructors, PlaceService places,
			CurrentUser currentUser) {
		this.organizations = organizations;
		this.instructors = instructors;
		this.places = places;
		this.currentUser = currentUser;
	}

	/**
	 * Refuses a town outside the caller's towns.
	 * @throws AccessDeniedException when the town is not the caller's
	 */
	void requireInScope(long townId) {
		if (!this.currentUser.townScope().includes(townId)) {
			throw new AccessDeniedException("Town " + townId + " is not in the caller's towns");
		}
	}

	/**
	 * Checks a draft for the organisation {@code current} ({@code null} when new).
	 * @throws AccessDeniedException when the draft's town is not the caller's
	 * @throws FieldRejectedException at the first rule the draft breaks
	 */
	void check(OrganizationDraft draft, @Nullable Organization current) {
		long townId = Objects.requireNonNull(draft.getTownId());
		requireInScope(townId);
		if (!this.places.townNames().containsKey(townId)) {
			throw new FieldRejectedException("townId", "organizations.validation.town-required");
		}
		draft.problems().stream().findFirst().ifPresent(problem -> {
			throw new FieldRejectedException(problem.field(), problem.messageKey());
		});
		Long communityId = draft.getCommunityId();
		if (communityId != null && !communityOfTown(communityId, townId)) {
			throw new FieldRejectedException("communityId", "organizations.validation.community-not-in-town");
		}
		Long instructorId = draft.getInstructorId();
		if (instructorId != null) {
			checkInstructor(instructorId, townId, current);
		}
		String code = creditCode(draft);
		boolean taken = (current == null) ? this.organizations.existsByCreditCode(code)
				: this.organizations.existsByCreditCodeAndIdNot(code, current.getId());
		if (taken) {
			throw new FieldRejectedException("creditCode", "organizations.validation.credit-code-taken");
		}
	}

	/** Whether every one of the towns exists. */
	boolean townsExist(java.util.Collection<Long> townIds) {
		return this.places.townNames().keySet().containsAll(townIds);
	}

	/** The draft's credit code as it is stored: trimmed, in capitals. */
	static String creditCode(OrganizationDraft draft) {
		return Objects.requireNonNull(draft.getCreditCode()).strip().toUpperCase(java.util.Locale.ROOT);
	}

	private boolean communityOfTown(long communityId, long townId) {
		return this.places.communities(new CommunityFilter(null, townId, null, true), Pageable.unpaged())
			.stream()
			.map(CommunitySummary::id)
			.anyMatch(id -> id == communityId);
	}

	private void checkInstructor(long instructorId, long townId, @Nullable Organization current) {
		Instructor instructor = this.instructors.findById(instructorId)
			.orElseThrow(
					() -> new FieldRejectedException("instructorId", "organizations.validation.instructor-unknown"));
		boolean kept = current != null && Objects.equals(current.getInstructorId(), instructorId);
		if (instructor.getArchivedAt() != null && !kept) {
			throw new FieldRejectedException("instructorId", "organizations.validation.instructor-archived");
		}
		if (!instructor.getTownIds().contains(townId)) {
			throw new FieldRejectedException("instructorId", "organizations.validation.instructor-not-in-town");
		}
	}

}
