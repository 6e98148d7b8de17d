package cn.pinghu.socialwork.coverage;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditService;
import cn.pinghu.socialwork.audit.FieldDiff;
import cn.pinghu.socialwork.coverage.internal.BranchActivity;
import cn.pinghu.socialwork.coverage.internal.BranchActivityRepository;
import cn.pinghu.socialwork.coverage.internal.DormancyQueries;
import cn.pinghu.socialwork.identity.Access;
import cn.pinghu.socialwork.identity.CurrentUser;
import cn.pinghu.socialwork.identity.TownScope;
import cn.pinghu.socialwork.organizations.OrgStatus;
import cn.pinghu.socialwork.organizations.OrganizationCoverageService;
import cn.pinghu.socialwork.organizations.OrganizationDetails;
import cn.pinghu.socialwork.organizations.OrganizationSummary;
import cn.pinghu.socialwork.organizations.PartyOrganizationService;
import cn.pinghu.socialwork.organizations.PartyOrganizationSummary;
import cn.pinghu.socialwork.places.CommunityService;
import cn.pinghu.socialwork.shared.ConsoleCalendar;
import cn.pinghu.socialwork.shared.events.DomainEvents;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * 防瘫预警: the activities Party branches hold, as coordinators record them, and the branches
 * that have held none for {@value DormancyLevel#YELLOW_DAYS} days (yellow) or
 * {@value DormancyLevel#RED_DAYS} days (red), measured with the console's clock. Every
 * activity recorded is audited ({@link #BRANCH_ACTIVITY}), since it moves the warnings.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize(Access.READERS)
public class BranchActivityService {

	/** The entity type activities have in the audit trail. */
	public static final String BRANCH_ACTIVITY = "BranchActivity";

	private final OrganizationCoverageService organizations;

	private final PartyOrganizationService parties;

	private final BranchActivityRepository activities;

	private final DormancyQueries dormancy;

	private final CommunityService places;

	private final CurrentUser currentUser;

	private final DomainEvents events;

	private final ConsoleCalendar calendar;

	private final AuditService audit;

	BranchActivityService(OrganizationCoverageService organizations, PartyOrganizationService parties,
			BranchActivityRepository activities, DormancyQueries dormancy, CommunityService places,
			CurrentUser currentUser, DomainEvents events, ConsoleCalendar calendar, AuditService audit) {
		this.organizations = organizations;
		this.parties = parties;
		this.activities = activities;
		this.dormancy = dormancy;
		this.places = places;
		this.currentUser = currentUser;
		this.events = events;
		this.calendar = calendar;
		this.audit = audit;
	}

	/** Today in the console's time zone. */
	public LocalDate today() {
		return this.calendar.today();
	}

	/**
	 * Records an activity of the branch of an organisation in the caller's towns.
	 * @throws AccessDeniedException if the organisation lies outside the caller's towns
	 * @throws CoverageActionRejectedException if the organisation is unknown, not active,
	 * archived or has no branch, or the day lies in the future or before the branch was
	 * formed
	 */
	@Transactional
	@PreAuthorize(Access.EDITORS)
	public BranchActivitySummary record(@Valid BranchActivityDraft draft) {
		OrganizationSummary organization = this.organizations.summary(draft.organizationId())
			.orElseThrow(() -> new CoverageActionRejectedException("coverage.rejected.unknown-organization",
					draft.organizationId()));
		if (!this.currentUser.writeScope().includes(organization.townId())) {
			throw new AccessDeniedException(
					"Organisation " + organization.id() + " lies outside the towns the caller changes");
		}
		// An archived organisation is out of use like a deregistered one: nothing more is
		// recorded on it (the rule CoverageActions applies too).
		boolean archived = this.organizations.details(organization.id())
			.map(OrganizationDetails::archived)
			.orElse(false);
		if (organization.status() != OrgStatus.ACTIVE || archived) {
			throw new CoverageActionRejectedException("coverage.rejected.not-active", organization.name());
		}
		Long party = organization.partyOrganizationId();
		if (party == null) {
			throw new CoverageActionRejectedException("coverage.rejected.no-branch", organization.name());
		}
		// Whoever may change the Party organisation records its activities: a city-wide
		// one (an industry branch over several towns) only administrators, whichever
		// town's organisation the activity is recorded through.
		PartyOrganizationSummary branch = this.parties.summary(party)
			.orElseThrow(() -> new CoverageActionRejectedException("coverage.rejected.no-branch", organization.name()));
		if (!this.parties.mayEdit(branch.townId())) {
			throw new AccessDeniedException("Party organisation " + party + " is changed by administrators only");
		}
		LocalDate heldOn = Objects.requireNonNull(draft.heldOn());
		if (heldOn.isAfter(today())) {
			throw new CoverageActionRejectedException("coverage.rejected.future-date", heldOn);
		}
		LocalDate formedOn = organization.branchFormedOn();
		if (formedOn != null && heldOn.isBefore(formedOn)) {
			throw new CoverageActionRejectedException("coverage.rejected.before-branch", formedOn);
		}
		ActivityKind kind = Objects.requireNonNull(draft.kind());
		int attendees = Objects.requireNonNull(draft.attendees());
		String written = draft.notes();
		String notes = (written == null || written.isBlank()) ? null : written.strip();
		BranchActivity saved = this.activities.save(new BranchActivity(party, organization.id(), heldOn, kind,
				attendees, notes, this.currentUser.require().username(), this.calendar.now()));
		this.audit.record(AuditAction.CREATE, BRANCH_ACTIVITY, saved.getId(), organization.townId(), FieldDiff
			.created(FieldDiff.fields(new AuditedActivity(party, organization.id(), heldOn, kind, attendees, notes))));
		this.events.publish(new BranchActivityRecorded(organization.id(), organization.townId(), saved.getId(), heldOn,
				kind, attendees));
		return toSummary(saved);
	}

	/**
	 * The latest activities of the Party organisation of an organisation in the caller's
	 * towns, newest first, whichever of its organisations they were recorded through.
	 */
	public List<BranchActivitySummary> activities(long organizationId) {
		OrganizationSummary organization = this.organizations.summary(organizationId)
			.filter(found -> this.currentUser.readScope().includes(found.townId()))
			.orElseThrow(() -> new AccessDeniedException("Organisation " + organizationId + " is not in scope"));
		Long party = organization.partyOrganizationId();
		if (party == null) {
			return List.of();
		}
		return this.activities.findTop20ByPartyOrganizationIdOrderByHeldOnDescIdDesc(party)
			.stream()
			.map(BranchActivityService::toSummary)
			.toList();
	}

	/**
	 * A page of today's warnings in the caller's towns, the longest quiet first unless
	 * the page sorts by {@code quietDays}, {@code organizationName}, {@code townId} or
	 * {@code lastActivityOn}; without counting them: the count is {@link #countWarnings}.
	 */
	public Slice<DormancyWarning> warnings(DormancyFilter filter, Pageable pageable) {
		LocalDate today = today();
		@Nullable Set<Long> towns = towns();
		if (pageable.isUnpaged()) {
			return new SliceImpl<>(this.dormancy.warnings(today, towns, filter.townId(), filter.level(), filter.text(),
					pageable.getSort(), 0, null));
		}
		// one row more than the page tells whether another page follows
		List<DormancyWarning> rows = this.dormancy.warnings(today, towns, filter.townId(), filter.level(),
				filter.text(), pageable.getSort(), pageable.getOffset(), pageable.getPageSize() + 1);
		boolean more = rows.size() > pageable.getPageSize();
		return new SliceImpl<>(more ? rows.subList(0, pageable.getPageSize()) : rows, pageable, more);
	}

	/** How many branches in the caller's towns carry a warning today, by level. */
	@PreAuthorize(Access.SCREEN_READERS)
	public DormancyCounts countWarnings(DormancyFilter filter) {
		return this.dormancy.count(today(), towns(), filter.townId(), filter.level(), filter.text());
	}

	/**
	 * How many branches carry a warning today in each of the caller's towns, by level:
	 * every town in scope in display order, those without warnings included.
	 */
	@PreAuthorize(Access.SCREEN_READERS)
	public List<TownDormancy> countWarningsByTown() {
		Map<Long, DormancyCounts> counts = this.dormancy.countByTown(today(), towns());
		return this.places.townsInScope()
			.stream()
			.map(town -> new TownDormancy(town.id(), town.name(),
					counts.getOrDefault(town.id(), new DormancyCounts(0, 0))))
			.toList();
	}

	/** The warning an organisation's branch carries today, if any. */
	public @Nullable DormancyLevel warningOf(long organizationId) {
		LocalDate since = this.dormancy.quietSince(organizationId);
		if (since == null) {
			return null;
		}
		return DormancyLevel.after(java.time.temporal.ChronoUnit.DAYS.between(since, today())).orElse(null);
	}

	/** The caller's towns; {@code null} for all of them. */
	private @Nullable Set<Long> towns() {
		TownScope scope = this.currentUser.readScope();
		return scope.allTowns() ? null : scope.townIds();
	}

	private static BranchActivitySummary toSummary(BranchActivity activity) {
		return new BranchActivitySummary(activity.getId(), Objects.requireNonNullElse(activity.getOrganizationId(), 0L),
				activity.getHeldOn(), activity.getKind(), activity.getAttendees(), activity.getRecordedBy());
	}

	/** The fields of an activity that the audit trail follows. */
	private record AuditedActivity(long partyOrganizationId, long organizationId, LocalDate heldOn, ActivityKind kind,
			int attendees, @Nullable String notes) {
	}

}
