package cn.pinghu.socialwork.coverage;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

import cn.pinghu.socialwork.coverage.internal.Instructor;
import cn.pinghu.socialwork.coverage.internal.InstructorRepository;
import cn.pinghu.socialwork.coverage.internal.Organization;
import cn.pinghu.socialwork.coverage.internal.OrganizationRepository;
import cn.pinghu.socialwork.identity.Access;
import cn.pinghu.socialwork.identity.CurrentUser;
import cn.pinghu.socialwork.shared.data.StaleVersionException;
import cn.pinghu.socialwork.shared.data.VersionedWrites;
import cn.pinghu.socialwork.shared.events.DomainEvents;
import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The actions coordinators take on the organisations of their towns in the coverage
 * drive: record a branch formed, assign an instructor, record why an organisation is not
 * covered. Each publishes its event; {@link CoverageFigures} reads what they change.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize(Access.READERS)
public class CoverageActions {

	private static final VersionedWrites WRITES = VersionedWrites.of(OrganizationService.ORGANIZATION);

	private final OrganizationRepository organizations;

	private final InstructorRepository instructors;

	private final CurrentUser currentUser;

	private final DomainEvents events;

	private final Clock clock;

	private final ZoneId zone;

	CoverageActions(OrganizationRepository organizations, InstructorRepository instructors, CurrentUser currentUser,
			DomainEvents events, Clock clock, @Value("${console.zone}") ZoneId zone) {
		this.organizations = organizations;
		this.instructors = instructors;
		this.currentUser = currentUser;
		this.events = events;
		this.clock = clock;
		this.zone = zone;
	}

	/**
	 * Records that a branch now covers an organisation of the caller's towns.
	 * @throws AccessDeniedException if the organisation lies outside the caller's towns
	 * @throws StaleVersionException if the organisation changed since the caller read it
	 * @throws CoverageActionRejectedException if the organisation is not active or the
	 * date lies in the future
	 */
	@Transactional
	@PreAuthorize(Access.EDITORS)
	public OrganizationSummary recordBranchFormed(@Valid BranchFormation formation) {
		Organization organization = actOn(formation.organizationId(), formation.version());
		LocalDate formedOn = Objects.requireNonNull(formation.formedOn());
		if (formedOn.isAfter(today())) {
			throw new CoverageActionRejectedException("coverage.rejected.future-date", formedOn);
		}
		BranchForm form = Objects.requireNonNull(formation.form());
		String name = Objects.requireNonNull(formation.branchName()).strip();
		organization.formBranch(form, name, formedOn, formation.members());
		Organization saved = save(organization, formation.version());
		this.events
			.publish(new BranchFormed(saved.getId(), saved.getTownId(), form, formedOn, name, formation.members()));
		return OrganizationMapping.summary(saved);
	}

	/**
	 * Assigns an instructor who serves the town of an organisation of the caller's towns.
	 * @throws AccessDeniedException if the organisation lies outside the caller's towns
	 * @throws StaleVersionException if the organisation changed since the caller read it
	 * @throws CoverageActionRejectedException if the organisation is not active, or the
	 * instructor unknown or serving other towns
	 */
	@Transactional
	@PreAuthorize(Access.EDITORS)
	public OrganizationSummary assignInstructor(@Valid InstructorAssignment assignment) {
		Organization organization = actOn(assignment.organizationId(), assignment.version());
		Instructor instructor = this.instructors.findById(assignment.instructorId())
			.orElseThrow(() -> new CoverageActionRejectedException("coverage.rejected.unknown-instructor",
					assignment.instructorId()));
		if (!instructor.getTownIds().contains(organization.getTownId())) {
			throw new CoverageActionRejectedException("coverage.rejected.instructor-not-in-town", instructor.getName());
		}
		organization.assignInstructor(instructor.getId());
		Organization saved = save(organization, assignment.version());
		this.events.publish(new InstructorAssigned(saved.getId(), saved.getTownId(), instructor.getId()));
		return OrganizationMapping.summary(saved);
	}

	/**
	 * Records why an organisation of the caller's towns has no branch yet.
	 * @throws AccessDeniedException if the organisation lies outside the caller's towns
	 * @throws StaleVersionException if the organisation changed since the caller read it
	 * @throws CoverageActionRejectedException if the organisation is not active or a
	 * branch already covers it
	 */
	@Transactional
	@PreAuthorize(Access.EDITORS)
	public OrganizationSummary recordUncoveredReason(@Valid UncoveredReason uncovered) {
		Organization organization = actOn(uncovered.organizationId(), uncovered.version());
		if (organization.getBranchForm().covers()) {
			throw new CoverageActionRejectedException("coverage.rejected.already-covered", organization.getName());
		}
		String reason = Objects.requireNonNull(uncovered.reason()).strip();
		organization.recordUncoveredReason(reason);
		Organization saved = save(organization, uncovered.version());
		this.events.publish(new UncoveredReasonRecorded(saved.getId(), saved.getTownId(), reason));
		return OrganizationMapping.summary(saved);
	}

	/** The organisation to change, if the caller may change it as they saw it. */
	private Organization actOn(long organizationId, long seenVersion) {
		Organization organization = this.organizations.findById(organizationId)
			.orElseThrow(() -> new CoverageActionRejectedException("coverage.rejected.unknown-organization",
					organizationId));
		if (!this.currentUser.townScope().includes(organization.getTownId())) {
			throw new AccessDeniedException("Organisation " + organizationId + " lies outside the caller's towns");
		}
		WRITES.checkVersion(organization, seenVersion);
		if (organization.getStatus() != OrgStatus.ACTIVE || organization.getArchivedAt() != null) {
			throw new CoverageActionRejectedException("coverage.rejected.not-active", organization.getName());
		}
		return organization;
	}

	/** Flushes now, so that a concurrent change surfaces here as a stale version. */
	private Organization save(Organization organization, long seenVersion) {
		return WRITES.flush(organization.getId(), () -> this.organizations.saveAndFlush(organization));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.zone));
	}

}
