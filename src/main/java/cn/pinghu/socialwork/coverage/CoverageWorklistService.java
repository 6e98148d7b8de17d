package cn.pinghu.socialwork.coverage;

import java.util.List;

import cn.pinghu.socialwork.coverage.internal.CoverageDrive;
import cn.pinghu.socialwork.coverage.internal.CoverageDriveRepository;
import cn.pinghu.socialwork.identity.Access;
import cn.pinghu.socialwork.identity.CurrentUser;
import cn.pinghu.socialwork.organizations.InstructorOption;
import cn.pinghu.socialwork.organizations.OrganizationCoverageService;
import cn.pinghu.socialwork.organizations.OrganizationSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
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

	private final OrganizationCoverageService organizations;

	private final CoverageDriveRepository drives;

	private final CurrentUser currentUser;

	CoverageWorklistService(OrganizationCoverageService organizations, CoverageDriveRepository drives,
			CurrentUser currentUser) {
		this.organizations = organizations;
		this.drives = drives;
		this.currentUser = currentUser;
	}

	/** Whether the caller may look at a town's organisations. */
	public boolean maySee(long townId) {
		return this.currentUser.readScope().includes(townId);
	}

	/**
	 * Whether the caller may record branches, instructors and activities in a town, as
	 * the drive's actions check it.
	 */
	public boolean mayAct(long townId) {
		return this.currentUser.writeScope().includes(townId);
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
		return this.organizations.inScope(filter.townId(), drive.getEconomicThreshold(), drive.getSocialThreshold(),
				filter.uncoveredOnly(), filter.text(), pageable);
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
		return this.organizations.countInScope(filter.townId(), drive.getEconomicThreshold(),
				drive.getSocialThreshold(), filter.uncoveredOnly(), filter.text());
	}

	/**
	 * The instructors who serve a town, by name.
	 * @throws AccessDeniedException if the town is not one of the caller's
	 */
	public List<InstructorOption> instructors(long townId) {
		requireInScope(townId);
		return this.organizations.instructorsServing(townId);
	}

	private void requireInScope(long townId) {
		if (!maySee(townId)) {
			throw new AccessDeniedException("Town " + townId + " is not one of the caller's towns");
		}
	}

	/** The open drive; {@code null} without one. */
	private @Nullable CoverageDrive drive() {
		return this.drives.findFirstByClosedAtIsNullOrderByIdDesc().orElse(null);
	}

}
