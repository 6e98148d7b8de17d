package cn.pinghu.socialwork.coverage;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import cn.pinghu.socialwork.coverage.internal.CoverageDrive;
import cn.pinghu.socialwork.coverage.internal.CoverageDriveRepository;
import cn.pinghu.socialwork.coverage.internal.CoverageWorklistRepository;
import cn.pinghu.socialwork.identity.Access;
import cn.pinghu.socialwork.identity.CurrentUser;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.identity.SignedInUser;
import cn.pinghu.socialwork.shared.data.SortMapping;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The drill-down from a town's figures to its organisations: those in the scope of
 * today's drive, page by page, and the instructors a coordinator may assign there.
 * Coordinators look into their own towns only.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.READERS)
public class CoverageWorklistService {

	/** Sort properties of {@link OrganizationSummary} the list knows. */
	private static final SortMapping SORTS = SortMapping
		.of("Organisations", Map.of("name", "name", "kind", "kind", "employees", "employees", "fullMembers",
				"fullMembers", "branchForm", "branchForm", "creditCode", "creditCode"), "id")
		.byDefault("name");

	private final CoverageWorklistRepository worklist;

	private final CoverageDriveRepository drives;

	private final CurrentUser currentUser;

	private final Clock clock;

	private final ZoneId zone;

	CoverageWorklistService(CoverageWorklistRepository worklist, CoverageDriveRepository drives,
			CurrentUser currentUser, Clock clock, @Value("${console.zone}") ZoneId zone) {
		this.worklist = worklist;
		this.drives = drives;
		this.currentUser = currentUser;
		this.clock = clock;
		this.zone = zone;
	}

	/** Whether the caller may look at a town's organisations. */
	public boolean maySee(long townId) {
		return this.currentUser.townScope().includes(townId);
	}

	/** Whether the caller may record branches, instructors and activities in a town. */
	public boolean mayAct(long townId) {
		SignedInUser user = this.currentUser.get().orElse(null);
		return user != null && (user.hasRole(Role.ADMIN) || user.hasRole(Role.COORDINATOR))
				&& user.townScope().includes(townId);
	}

	/**
	 * A page of the town's active organisations in the scope of today's drive, without
	 * counting them: the count is {@link #countOrganizations}. Empty when there is no
	 * drive; sorted by name unless the page says otherwise.
	 * @throws AccessDeniedException if the town is not one of the caller's
	 */
	public Slice<OrganizationSummary> organizations(WorklistFilter filter, Pageable pageable) {
		requireInScope(filter.townId());
		CoverageDrive drive = drive();
		if (drive == null) {
			return new SliceImpl<>(List.of(), pageable, false);
		}
		return this.worklist
			.findInScope(filter.townId(), OrgStatus.ACTIVE, OrgKind.ECONOMIC, drive.getEconomicThreshold(),
					OrgKind.SOCIAL, drive.getSocialThreshold(), filter.uncoveredOnly(), BranchForm.NONE,
					pattern(filter), SORTS.toEntitySort(pageable))
			.map(OrganizationMapping::summary);
	}

	/**
	 * How many organisations {@link #organizations} finds for the filter.
	 * @throws AccessDeniedException if the town is not one of the caller's
	 */
	public long countOrganizations(WorklistFilter filter) {
		requireInScope(filter.townId());
		CoverageDrive drive = drive();
		if (drive == null) {
			return 0;
		}
		return this.worklist.countInScope(filter.townId(), OrgStatus.ACTIVE, OrgKind.ECONOMIC,
				drive.getEconomicThreshold(), OrgKind.SOCIAL, drive.getSocialThreshold(), filter.uncoveredOnly(),
				BranchForm.NONE, pattern(filter));
	}

	/**
	 * The instructors who serve a town, by name.
	 * @throws AccessDeniedException if the town is not one of the caller's
	 */
	public List<InstructorOption> instructors(long townId) {
		requireInScope(townId);
		return this.worklist.findInstructorsServing(townId)
			.stream()
			.map(instructor -> new InstructorOption(instructor.getId(), instructor.getName(), instructor.getWorkUnit()))
			.toList();
	}

	private void requireInScope(long townId) {
		if (!maySee(townId)) {
			throw new AccessDeniedException("Town " + townId + " is not one of the caller's towns");
		}
	}

	/**
	 * Today's drive, or the first one while none has started; {@code null} without any.
	 */
	private @Nullable CoverageDrive drive() {
		return this.drives.findFirstByStartsOnLessThanEqualOrderByStartsOnDescIdDesc(today())
			.or(this.drives::findFirstByOrderByStartsOnAscIdAsc)
			.orElse(null);
	}

	private static @Nullable String pattern(WorklistFilter filter) {
		String text = filter.text();
		return (text == null || text.isBlank()) ? null : "%" + text.strip() + "%";
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.zone));
	}

}
