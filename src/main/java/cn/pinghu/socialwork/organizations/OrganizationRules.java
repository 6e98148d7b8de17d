package cn.pinghu.socialwork.organizations;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import cn.pinghu.socialwork.identity.CurrentUser;
import cn.pinghu.socialwork.organizations.internal.Instructor;
import cn.pinghu.socialwork.organizations.internal.InstructorRepository;
import cn.pinghu.socialwork.organizations.internal.Organization;
import cn.pinghu.socialwork.organizations.internal.OrganizationRepository;
import cn.pinghu.socialwork.places.CommunityFilter;
import cn.pinghu.socialwork.places.CommunityService;
import cn.pinghu.socialwork.places.CommunitySummary;
import cn.pinghu.socialwork.shared.ConsoleCalendar;
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

	private final CommunityService places;

	private final CurrentUser currentUser;

	private final ConsoleCalendar calendar;

	OrganizationRules(OrganizationRepository organizations, InstructorRepository instructors, CommunityService places,
			CurrentUser currentUser, ConsoleCalendar calendar) {
		this.organizations = organizations;
		this.instructors = instructors;
		this.places = places;
		this.currentUser = currentUser;
		this.calendar = calendar;
	}

	/** Today in the console's zone: formation dates may not lie after it. */
	LocalDate today() {
		return this.calendar.today();
	}

	/**
	 * What is wrong with a draft's formation date, as a translation key; {@code null}
	 * when nothing is. A branch recorded for the first time needs the day it was formed
	 * (today would silence its dormancy warning for 90 days); a branch already recorded
	 * keeps its date when the draft gives none; the day may not lie in the future.
	 * @param hasFormationDate whether the stored organisation already has a branch with a
	 * formation date
	 */
	static @Nullable String formationDateProblem(OrganizationDraft draft, boolean hasFormationDate, LocalDate today) {
		BranchForm form = draft.getBranchForm();
		if (form == null || !form.covers()) {
			return null;
		}
		LocalDate formedOn = draft.getBranchFormedOn();
		if (formedOn == null) {
			return hasFormationDate ? null : "organizations.validation.branch-formed-on-required";
		}
		return formedOn.isAfter(today) ? "organizations.validation.branch-formed-on-future" : null;
	}

	/**
	 * Refuses a town the caller does not change.
	 * @throws AccessDeniedException when the town is not one the caller changes
	 */
	void requireWritable(long townId) {
		requireWritable(townId, new Stored());
	}

	/**
	 * Refuses a town the caller does not change, as an import chunk read their towns.
	 * @throws AccessDeniedException when the town is not one the caller changes
	 */
	void requireWritable(long townId, OrganizationImportChunk chunk) {
		requireWritable(townId, (References) chunk);
	}

	private static void requireWritable(long townId, References references) {
		if (!references.writable(townId)) {
			throw new AccessDeniedException("Town " + townId + " is not in the towns the caller changes");
		}
	}

	/**
	 * Checks a draft for the organisation {@code current} ({@code null} when new),
	 * reading the towns, communities, instructors and credit codes from the database.
	 * @throws AccessDeniedException when the draft's town is not one the caller changes
	 * @throws FieldRejectedException at the first rule the draft breaks
	 */
	void check(OrganizationDraft draft, @Nullable Organization current) {
		check(draft, current, new Stored());
	}

	/**
	 * Checks a draft as {@link #check(OrganizationDraft, Organization)} does, against
	 * what an import read once for a chunk of its rows.
	 * @throws AccessDeniedException when the draft's town is not one the caller changes
	 * @throws FieldRejectedException at the first rule the draft breaks
	 */
	void check(OrganizationDraft draft, @Nullable Organization current, OrganizationImportChunk chunk) {
		check(draft, current, (References) chunk);
	}

	private void check(OrganizationDraft draft, @Nullable Organization current, References references) {
		long townId = Objects.requireNonNull(draft.getTownId());
		requireWritable(townId, references);
		if (!references.townExists(townId)) {
			throw new FieldRejectedException("townId", "organizations.validation.town-required");
		}
		draft.problems().stream().findFirst().ifPresent(problem -> {
			throw new FieldRejectedException(problem.field(), problem.messageKey());
		});
		boolean hasFormationDate = current != null && current.getBranchForm().covers()
				&& current.getBranchFormedOn() != null;
		String formationDate = formationDateProblem(draft, hasFormationDate, today());
		if (formationDate != null) {
			throw new FieldRejectedException("branchFormedOn", formationDate);
		}
		Long communityId = draft.getCommunityId();
		if (communityId != null && !references.communityOfTown(communityId, townId)) {
			throw new FieldRejectedException("communityId", "organizations.validation.community-not-in-town");
		}
		Long instructorId = draft.getInstructorId();
		if (instructorId != null) {
			checkInstructor(references.instructor(instructorId), instructorId, townId, current);
		}
		if (references.creditCodeTaken(creditCode(draft), current)) {
			throw new FieldRejectedException("creditCode", "organizations.validation.credit-code-taken");
		}
	}

	/**
	 * Reads once what the checks of a chunk of import rows refer to: the towns the caller
	 * changes, the towns, the communities in the caller's towns, the instructors and the
	 * stored organisations with the chunk's credit codes.
	 */
	OrganizationImportChunk chunk(List<OrganizationDraft> drafts) {
		Set<String> codes = new HashSet<>();
		drafts.forEach(draft -> codes.add(creditCode(draft)));
		Map<Long, Long> communityTowns = new HashMap<>();
		this.places.communities(new CommunityFilter(null, null, null, true), Pageable.unpaged())
			.forEach(community -> communityTowns.put(community.id(), community.townId()));
		Map<Long, Instructor> instructors = new HashMap<>();
		this.instructors.findAllWithTowns().forEach(instructor -> instructors.put(instructor.getId(), instructor));
		return new OrganizationImportChunk(this.currentUser.writeScope(), this.places.townNames().keySet(),
				communityTowns, instructors, this.organizations.findByCreditCodeIn(codes));
	}

	/** Whether every one of the towns exists. */
	boolean townsExist(java.util.Collection<Long> townIds) {
		return this.places.townNames().keySet().containsAll(townIds);
	}

	/** The draft's credit code as it is stored: trimmed, in capitals. */
	static String creditCode(OrganizationDraft draft) {
		return Objects.requireNonNull(draft.getCreditCode()).strip().toUpperCase(java.util.Locale.ROOT);
	}

	private static void checkInstructor(Optional<Instructor> found, long instructorId, long townId,
			@Nullable Organization current) {
		Instructor instructor = found.orElseThrow(
				() -> new FieldRejectedException("instructorId", "organizations.validation.instructor-unknown"));
		boolean kept = current != null && Objects.equals(current.getInstructorId(), instructorId);
		if (instructor.getArchivedAt() != null && !kept) {
			throw new FieldRejectedException("instructorId", "organizations.validation.instructor-archived");
		}
		if (!instructor.getTownIds().contains(townId)) {
			throw new FieldRejectedException("instructorId", "organizations.validation.instructor-not-in-town");
		}
	}

	/** What the checks refer to beyond the draft. */
	interface References {

		/** Whether the caller changes the town's records. */
		boolean writable(long townId);

		boolean townExists(long townId);

		boolean communityOfTown(long communityId, long townId);

		Optional<Instructor> instructor(long instructorId);

		/** Whether another organisation than {@code current} has the credit code. */
		boolean creditCodeTaken(String creditCode, @Nullable Organization current);

	}

	/** The references read from the database for each check: what the form uses. */
	private final class Stored implements References {

		@Override
		public boolean writable(long townId) {
			return OrganizationRules.this.currentUser.writeScope().includes(townId);
		}

		@Override
		public boolean townExists(long townId) {
			return OrganizationRules.this.places.townNames().containsKey(townId);
		}

		@Override
		public boolean communityOfTown(long communityId, long townId) {
			return OrganizationRules.this.places
				.communities(new CommunityFilter(null, townId, null, true), Pageable.unpaged())
				.stream()
				.map(CommunitySummary::id)
				.anyMatch(id -> id == communityId);
		}

		@Override
		public Optional<Instructor> instructor(long instructorId) {
			return OrganizationRules.this.instructors.findById(instructorId);
		}

		@Override
		public boolean creditCodeTaken(String creditCode, @Nullable Organization current) {
			return (current == null) ? OrganizationRules.this.organizations.existsByCreditCode(creditCode)
					: OrganizationRules.this.organizations.existsByCreditCodeAndIdNot(creditCode, current.getId());
		}

	}

}
