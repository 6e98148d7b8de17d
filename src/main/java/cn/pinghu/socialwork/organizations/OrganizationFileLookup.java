package cn.pinghu.socialwork.organizations;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.pinghu.socialwork.identity.TownScope;
import cn.pinghu.socialwork.organizations.OrganizationFile.InstructorRef;
import cn.pinghu.socialwork.places.CommunitySummary;
import cn.pinghu.socialwork.shared.transfer.CellRejectedException;
import org.jspecify.annotations.Nullable;

/**
 * How {@link OrganizationFile} names communities and instructors: what a cell names among
 * those of the row's town, by code or name, and how an export writes them.
 */
final class OrganizationFileLookup {

	/** An instructor as exports write them, 周超（ZD0001）; the brackets may be ASCII too. */
	private static final Pattern NAME_AND_CODE = Pattern.compile("(.*)[（(]\\s*([A-Za-z0-9-]+)\\s*[）)]");

	private final TownScope scope;

	private final List<CommunitySummary> communities;

	private final List<InstructorRef> instructors;

	private final Map<Long, String> communityNames;

	private final Map<Long, InstructorRef> instructorsById;

	/**
	 * @param scope the caller's towns: cells of rows of other towns name nothing
	 * @param communities the communities of the caller's towns, archived ones too
	 * @param instructors the instructors rows may name, archived ones too
	 */
	OrganizationFileLookup(TownScope scope, List<CommunitySummary> communities, List<InstructorRef> instructors) {
		this.scope = scope;
		this.communities = List.copyOf(communities);
		this.instructors = List.copyOf(instructors);
		this.communityNames = communities.stream()
			.collect(Collectors.toMap(CommunitySummary::id, CommunitySummary::name));
		this.instructorsById = instructors.stream().collect(Collectors.toMap(InstructorRef::id, Function.identity()));
	}

	/**
	 * The community a cell names by code or name among the town's; none for an empty
	 * cell, or when the town is unknown or not the caller's (the town's cell or the row's
	 * check says why).
	 */
	@Nullable Long community(String text, @Nullable Long townId) {
		if (text.isEmpty() || townId == null || !this.scope.includes(townId)) {
			return null;
		}
		return one(text, this.communities, CommunitySummary::code, CommunitySummary::name,
				community -> community.townId() == townId, CommunitySummary::archived, Refusals.COMMUNITY)
			.id();
	}

	/**
	 * The instructor a cell names by code or name among those who serve the town; none
	 * for an empty cell, or when the town is unknown or not the caller's.
	 */
	@Nullable Long instructor(String cell, @Nullable Long townId) {
		if (cell.isEmpty() || townId == null || !this.scope.includes(townId)) {
			return null;
		}
		Matcher nameAndCode = NAME_AND_CODE.matcher(cell);
		String text = nameAndCode.matches() ? nameAndCode.group(2) : cell;
		return one(text, this.instructors, InstructorRef::code, InstructorRef::name,
				instructor -> instructor.townIds().contains(townId), InstructorRef::archived, Refusals.INSTRUCTOR)
			.id();
	}

	/**
	 * The one candidate of the town a text names; refused when it names several, one of
	 * another town only, or none.
	 */
	private static <T> T one(String text, List<T> candidates, Function<T, String> code, Function<T, String> name,
			Predicate<T> ofTown, Predicate<T> archived, Refusals refusals) {
		List<T> found = find(text, candidates, code, name, ofTown, archived);
		if (found.size() == 1) {
			return found.get(0);
		}
		if (found.size() > 1) {
			throw new CellRejectedException(refusals.ambiguous(), text);
		}
		if (!find(text, candidates, code, name, candidate -> true, archived).isEmpty()) {
			throw new CellRejectedException(refusals.notInTown());
		}
		throw new CellRejectedException(refusals.unknown(), text);
	}

	/**
	 * The candidates a text names: the one with that code, else those with that name, the
	 * ones in use first when names repeat.
	 */
	private static <T> List<T> find(String text, List<T> candidates, Function<T, String> code, Function<T, String> name,
			Predicate<T> where, Predicate<T> archived) {
		List<T> byCode = candidates.stream()
			.filter(where)
			.filter(candidate -> code.apply(candidate).equalsIgnoreCase(text))
			.toList();
		if (!byCode.isEmpty()) {
			return byCode;
		}
		List<T> byName = candidates.stream()
			.filter(where)
			.filter(candidate -> name.apply(candidate).equals(text))
			.toList();
		List<T> inUse = byName.stream().filter(archived.negate()).toList();
		return (byName.size() > 1 && !inUse.isEmpty()) ? inUse : byName;
	}

	/** The instructor with the id, if rows may name them. */
	@Nullable InstructorRef instructorRef(@Nullable Long id) {
		return (id != null) ? this.instructorsById.get(id) : null;
	}

	/** An instructor as exports name them, with their code: 周超（ZD0001）. */
	@Nullable String instructorName(@Nullable Long id) {
		InstructorRef instructor = instructorRef(id);
		return (instructor != null) ? instructor.name() + "（" + instructor.code() + "）" : null;
	}

	@Nullable String communityName(@Nullable Long id) {
		return (id != null) ? this.communityNames.get(id) : null;
	}

	/**
	 * The messages of a cell that names no single community or instructor of the town.
	 */
	private record Refusals(String ambiguous, String notInTown, String unknown) {

		static final Refusals COMMUNITY = new Refusals("organizations.import.community-ambiguous",
				"organizations.validation.community-not-in-town", "organizations.import.community-unknown");

		static final Refusals INSTRUCTOR = new Refusals("organizations.import.instructor-ambiguous",
				"organizations.validation.instructor-not-in-town", "organizations.import.instructor-unknown");

	}

}
