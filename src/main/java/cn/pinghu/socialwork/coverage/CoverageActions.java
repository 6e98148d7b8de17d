package cn.pinghu.socialwork.coverage;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import cn.pinghu.socialwork.identity.Access;
import cn.pinghu.socialwork.identity.CurrentUser;
import cn.pinghu.socialwork.organizations.InstructorTowns;
import cn.pinghu.socialwork.organizations.OrgStatus;
import cn.pinghu.socialwork.organizations.OrganizationCoverageService;
import cn.pinghu.socialwork.organizations.OrganizationDetails;
import cn.pinghu.socialwork.organizations.OrganizationService;
import cn.pinghu.socialwork.organizations.OrganizationSummary;
import cn.pinghu.socialwork.organizations.PartyOrganizationDraft;
import cn.pinghu.socialwork.organizations.PartyOrganizationLevel;
import cn.pinghu.socialwork.organizations.PartyOrganizationService;
import cn.pinghu.socialwork.organizations.PartyOrganizationSummary;
import cn.pinghu.socialwork.shared.ConsoleCalendar;
import cn.pinghu.socialwork.shared.data.FieldRejectedException;
import cn.pinghu.socialwork.shared.data.StaleVersionException;
import cn.pinghu.socialwork.shared.events.DomainEvents;
import jakarta.validation.Valid;

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

	private final OrganizationCoverageService organizations;

	private final PartyOrganizationService parties;

	private final CurrentUser currentUser;

	private final DomainEvents events;

	private final ConsoleCalendar calendar;

	CoverageActions(OrganizationCoverageService organizations, PartyOrganizationService parties,
			CurrentUser currentUser, DomainEvents events, ConsoleCalendar calendar) {
		this.organizations = organizations;
		this.parties = parties;
		this.currentUser = currentUser;
		this.events = events;
		this.calendar = calendar;
	}

	/**
	 * Records that a Party organisation now covers an organisation of the caller's towns:
	 * a new one of the organisation's town, or one the organisation joins.
	 * @throws AccessDeniedException if the organisation lies outside the caller's towns
	 * @throws StaleVersionException if the organisation changed since the caller read it
	 * @throws CoverageActionRejectedException if the organisation is not active, a branch
	 * already covers it (recording it again would move its formation date, and with it
	 * the dormancy warning), the date lies in the future, or the Party organisation to
	 * join is unknown, archived or of another town
	 */
	@Transactional
	@PreAuthorize(Access.EDITORS)
	public OrganizationSummary recordBranchFormed(@Valid BranchFormation formation) {
		OrganizationDetails organization = actOn(formation.organizationId(), formation.version());
		if (organization.branchForm().covers()) {
			throw new CoverageActionRejectedException("coverage.rejected.branch-already-recorded", organization.name(),
					Objects.requireNonNullElse(organization.branchName(), ""));
		}
		try {
			long partyId;
			if (formation.joins()) {
				partyId = Objects.requireNonNull(formation.partyOrganizationId());
			}
			else {
				LocalDate formedOn = Objects.requireNonNull(formation.formedOn());
				if (formedOn.isAfter(today())) {
					throw new CoverageActionRejectedException("coverage.rejected.future-date", formedOn);
				}
				// the organisation's members are counted when it joins
				PartyOrganizationDraft draft = new PartyOrganizationDraft(
						Objects.requireNonNull(formation.branchName()).strip(), PartyOrganizationLevel.BRANCH,
						formation.form(), null, formation.secretaryName(), formedOn, 0, 0, organization.townId());
				partyId = this.parties.create(draft).id();
			}
			OrganizationSummary saved = this.parties.join(organization.id(), formation.version(), partyId,
					formation.members());
			this.events.publish(new BranchFormed(saved.id(), saved.townId(), saved.branchForm(),
					Objects.requireNonNullElse(saved.branchFormedOn(), today()),
					Objects.requireNonNullElse(saved.branchName(), ""), formation.members()));
			return saved;
		}
		catch (FieldRejectedException ex) {
			throw new CoverageActionRejectedException(ex.messageKey(), ex.arguments());
		}
	}

	/**
	 * The Party organisations in use that an organisation of the town may join: the
	 * town's own and the city-wide ones.
	 */
	public List<PartyOrganizationSummary> joinableBranches(long townId) {
		return this.parties.joinable(townId);
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
		OrganizationDetails organization = actOn(assignment.organizationId(), assignment.version());
		InstructorTowns instructor = this.organizations.instructor(assignment.instructorId())
			.orElseThrow(() -> new CoverageActionRejectedException("coverage.rejected.unknown-instructor",
					assignment.instructorId()));
		if (!instructor.serves(organization.townId())) {
			throw new CoverageActionRejectedException("coverage.rejected.instructor-not-in-town", instructor.name());
		}
		OrganizationSummary saved = this.organizations.assignInstructor(organization.id(), assignment.version(),
				instructor.id());
		this.events.publish(new InstructorAssigned(saved.id(), saved.townId(), instructor.id()));
		return saved;
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
		OrganizationDetails organization = actOn(uncovered.organizationId(), uncovered.version());
		if (organization.branchForm().covers()) {
			throw new CoverageActionRejectedException("coverage.rejected.already-covered", organization.name());
		}
		String reason = Objects.requireNonNull(uncovered.reason()).strip();
		OrganizationSummary saved = this.organizations.recordUncoveredReason(organization.id(), uncovered.version(),
				reason);
		this.events.publish(new UncoveredReasonRecorded(saved.id(), saved.townId(), reason));
		return saved;
	}

	/** The organisation to change, if the caller may change it as they saw it. */
	private OrganizationDetails actOn(long organizationId, long seenVersion) {
		OrganizationDetails organization = this.organizations.details(organizationId)
			.orElseThrow(() -> new CoverageActionRejectedException("coverage.rejected.unknown-organization",
					organizationId));
		if (!this.currentUser.writeScope().includes(organization.townId())) {
			throw new AccessDeniedException(
					"Organisation " + organizationId + " lies outside the towns the caller changes");
		}
		if (organization.version() != seenVersion) {
			throw new StaleVersionException(OrganizationService.ORGANIZATION, organizationId);
		}
		if (organization.status() != OrgStatus.ACTIVE || organization.archivedAt() != null) {
			throw new CoverageActionRejectedException("coverage.rejected.not-active", organization.name());
		}
		return organization;
	}

	private LocalDate today() {
		return this.calendar.today();
	}

}
