package cn.pinghu.socialwork.organizations;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditService;
import cn.pinghu.socialwork.audit.FieldChange;
import cn.pinghu.socialwork.audit.FieldDiff;
import cn.pinghu.socialwork.identity.Access;
import cn.pinghu.socialwork.identity.CurrentUser;
import cn.pinghu.socialwork.organizations.internal.InstructorRepository;
import cn.pinghu.socialwork.organizations.internal.Organization;
import cn.pinghu.socialwork.organizations.internal.OrganizationRepository;
import cn.pinghu.socialwork.organizations.internal.OrganizationScopeRepository;
import cn.pinghu.socialwork.shared.data.SortMapping;
import cn.pinghu.socialwork.shared.data.StaleVersionException;
import cn.pinghu.socialwork.shared.data.VersionedWrites;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisations as the coverage drive reads and changes them: the organisations of a
 * town in a drive's scope, the instructors serving a town, and the instructor and
 * uncovered reason a coordinator records. The drive checks its own rules (the caller's
 * towns, an active organisation, an instructor of the town) before it writes here, and
 * publishes its own events; a write here checks the version the caller read, and that the
 * organisation lies in a town the caller changes. Every write is audited under
 * {@link OrganizationService#ORGANIZATION} with the fields it moved, from and to: these
 * are the changes behind the drive's figures, and the outbox keeps its events for days
 * only.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.READERS)
public class OrganizationCoverageService {

	private static final VersionedWrites WRITES = VersionedWrites.of(OrganizationService.ORGANIZATION);

	/** Sort properties of {@link OrganizationSummary} the drive's lists know. */
	private static final SortMapping SORTS = SortMapping
		.of("Organisations", Map.of("name", "name", "kind", "kind", "employees", "employees", "fullMembers",
				"fullMembers", "branchForm", "branchForm", "creditCode", "creditCode"), "id")
		.byDefault("name");

	private final OrganizationRepository organizations;

	private final OrganizationScopeRepository scope;

	private final InstructorRepository instructors;

	private final CurrentUser currentUser;

	private final AuditService audit;

	OrganizationCoverageService(OrganizationRepository organizations, OrganizationScopeRepository scope,
			InstructorRepository instructors, CurrentUser currentUser, AuditService audit) {
		this.organizations = organizations;
		this.scope = scope;
		this.instructors = instructors;
		this.currentUser = currentUser;
		this.audit = audit;
	}

	/** An organisation, in any town, archived or not. */
	public Optional<OrganizationSummary> summary(long id) {
		return this.organizations.findById(id).map(OrganizationMapping::summary);
	}

	/** An organisation with its archiving, in any town. */
	public Optional<OrganizationDetails> details(long id) {
		return this.organizations.findById(id).map(OrganizationMapping::details);
	}

	/** The names of the organisations with these ids, by id; unknown ids are left out. */
	@PreAuthorize(Access.SCREEN_READERS)
	public Map<Long, String> names(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		this.organizations.findAllById(ids)
			.forEach(organization -> names.put(organization.getId(), organization.getName()));
		return names;
	}

	/** An instructor and the towns they serve, archived or not. */
	public Optional<InstructorTowns> instructor(long id) {
		return this.instructors.findById(id)
			.map(instructor -> new InstructorTowns(instructor.getId(), instructor.getName(), instructor.getTownIds()));
	}

	/** The instructors who serve a town, archived ones included, by name. */
	public List<InstructorOption> instructorsServing(long townId) {
		return this.scope.findInstructorsServing(townId)
			.stream()
			.map(instructor -> new InstructorOption(instructor.getId(), instructor.getName(), instructor.getWorkUnit()))
			.toList();
	}

	/**
	 * A page of a town's active organisations in a drive's scope (economic ones from
	 * {@code economicThreshold} employees, social ones from {@code socialThreshold}),
	 * without counting them; sorted by name unless the page says otherwise.
	 * @param text part of the name or credit code; blank for any
	 */
	public Slice<OrganizationSummary> inScope(long townId, int economicThreshold, int socialThreshold,
			boolean uncoveredOnly, @Nullable String text, Pageable pageable) {
		return this.scope
			.findInScope(townId, OrgStatus.ACTIVE, OrgKind.ECONOMIC, economicThreshold, OrgKind.SOCIAL, socialThreshold,
					uncoveredOnly, BranchForm.NONE, pattern(text), SORTS.toEntitySort(pageable))
			.map(OrganizationMapping::summary);
	}

	/** How many organisations {@link #inScope} finds. */
	public long countInScope(long townId, int economicThreshold, int socialThreshold, boolean uncoveredOnly,
			@Nullable String text) {
		return this.scope.countInScope(townId, OrgStatus.ACTIVE, OrgKind.ECONOMIC, economicThreshold, OrgKind.SOCIAL,
				socialThreshold, uncoveredOnly, BranchForm.NONE, pattern(text));
	}

	/**
	 * Assigns an instructor to an organisation.
	 * @throws StaleVersionException if the organisation changed since the caller read it
	 */
	@Transactional
	@PreAuthorize(Access.EDITORS)
	public OrganizationSummary assignInstructor(long id, long seenVersion, long instructorId) {
		return change(id, seenVersion, organization -> organization.assignInstructor(instructorId));
	}

	/**
	 * Records why an organisation has no branch yet.
	 * @throws StaleVersionException if the organisation changed since the caller read it
	 */
	@Transactional
	@PreAuthorize(Access.EDITORS)
	public OrganizationSummary recordUncoveredReason(long id, long seenVersion, String reason) {
		return change(id, seenVersion, organization -> organization.recordUncoveredReason(reason));
	}

	private Organization stored(long id, long seenVersion) {
		Organization organization = this.organizations.findById(id)
			.orElseThrow(() -> new NoSuchElementException("No organisation " + id));
		if (!this.currentUser.writeScope().includes(organization.getTownId())) {
			throw new AccessDeniedException("Organisation " + id + " lies outside the towns the caller changes");
		}
		WRITES.checkVersion(organization, seenVersion);
		return organization;
	}

	/**
	 * Changes the stored organisation the caller read, then saves and audits the change;
	 * {@link PartyOrganizationService} joins and moves organisations through it.
	 */
	OrganizationSummary change(long id, long seenVersion, Consumer<Organization> change) {
		Organization organization = stored(id, seenVersion);
		AuditedOrganization before = AuditedOrganization.of(organization);
		change.accept(organization);
		return save(organization, before);
	}

	/**
	 * Flushes now, so that a concurrent change surfaces here as a stale version, and
	 * audits what moved since {@code before}.
	 */
	private OrganizationSummary save(Organization organization, AuditedOrganization before) {
		Organization saved = WRITES.flush(organization.getId(), () -> this.organizations.saveAndFlush(organization));
		List<FieldChange> changes = FieldDiff.between(before, AuditedOrganization.of(saved));
		if (!changes.isEmpty()) {
			this.audit.record(AuditAction.UPDATE, OrganizationService.ORGANIZATION, saved.getId(), saved.getTownId(),
					changes);
		}
		return OrganizationMapping.summary(saved);
	}

	private static @Nullable String pattern(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : "%" + text.strip() + "%";
	}

}
