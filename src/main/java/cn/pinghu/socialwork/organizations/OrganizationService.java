package cn.pinghu.socialwork.organizations;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditEntry;
import cn.pinghu.socialwork.audit.AuditService;
import cn.pinghu.socialwork.audit.FieldChange;
import cn.pinghu.socialwork.identity.Access;
import cn.pinghu.socialwork.identity.CurrentUser;
import cn.pinghu.socialwork.organizations.internal.Organization;
import cn.pinghu.socialwork.organizations.internal.OrganizationRepository;
import cn.pinghu.socialwork.organizations.internal.Organizations;
import cn.pinghu.socialwork.shared.data.FieldRejectedException;
import cn.pinghu.socialwork.shared.data.SortMapping;
import cn.pinghu.socialwork.shared.data.StaleVersionException;
import cn.pinghu.socialwork.shared.data.UpsertOutcome;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Organisations (新经济组织, 新社会组织) as master data: the list, and creating, changing,
 * archiving and restoring them. A coordinator reads and changes only the organisations of
 * their towns, a leader only reads; every command writes its audit rows in its own
 * transaction. {@link #upsert} serves imports: the same rules, found by credit code.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class OrganizationService {

	/** The entity type organisations have in the audit trail. */
	public static final String ORGANIZATION = "Organization";

	/** The properties the list sorts by, as {@link OrganizationDetails} names them. */
	private static final SortMapping SORTS = SortMapping.of("Organisations",
			Map.ofEntries(Map.entry("name", "name"), Map.entry("creditCode", "creditCode"), Map.entry("kind", "kind"),
					Map.entry("industry", "industry"), Map.entry("townId", "townId"),
					Map.entry("employees", "employees"), Map.entry("fullMembers", "fullMembers"),
					Map.entry("branchForm", "branchForm"), Map.entry("contactName", "contactName"),
					Map.entry("status", "status"), Map.entry("archivedAt", "archivedAt")),
			"id");

	private final OrganizationRepository organizations;

	private final OrganizationRules rules;

	private final OrganizationWrites writes;

	private final CurrentUser currentUser;

	private final AuditService audit;

	private final Clock clock;

	OrganizationService(OrganizationRepository organizations, OrganizationRules rules, OrganizationWrites writes,
			CurrentUser currentUser, AuditService audit, Clock clock) {
		this.organizations = organizations;
		this.rules = rules;
		this.writes = writes;
		this.currentUser = currentUser;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Whether the caller may change organisations and instructors at all: administrators
	 * and coordinators of a town may, leaders only read. Which ones is
	 * {@link #mayEdit(long)}.
	 */
	public boolean canEdit() {
		return !this.currentUser.writeScope().isEmpty();
	}

	/**
	 * Whether the caller may change the organisations of a town, as the service checks
	 * it: the form is read-only otherwise.
	 */
	public boolean mayEdit(long townId) {
		return this.currentUser.writeScope().includes(townId);
	}

	/**
	 * A page of the organisations in the caller's towns that match the filter. Sort
	 * properties are those of {@link OrganizationDetails}; the id breaks ties.
	 */
	@PreAuthorize(Access.READERS)
	public Page<OrganizationDetails> page(OrganizationFilter filter, Pageable pageable) {
		return this.organizations
			.findAll(Organizations.matching(filter, this.currentUser.readScope()), SORTS.toEntitySort(pageable))
			.map(OrganizationMapping::details);
	}

	/**
	 * A page of the organisations as {@link #page} finds them, without counting them:
	 * what the list's grid shows, with the count from {@link #count}.
	 */
	@PreAuthorize(Access.READERS)
	public Slice<OrganizationDetails> slice(OrganizationFilter filter, Pageable pageable) {
		Slice<OrganizationDetails> rows = this.organizations
			.slice(Organizations.matching(filter, this.currentUser.readScope()), SORTS.toEntitySort(pageable))
			.map(OrganizationMapping::details);
		// the caller's pageable, not the entity paths: the grid asks for the next page
		return pageable.isPaged() ? new SliceImpl<>(rows.getContent(), pageable, rows.hasNext()) : rows;
	}

	/**
	 * The next organisations after {@code position} in the caller's towns that match the
	 * filter, by credit code (the id breaks ties), without counting them: what an export
	 * reads chunk by chunk.
	 * @param position {@link ScrollPosition#keyset()} for the first chunk, then the
	 * position of the last row read
	 */
	@PreAuthorize(Access.READERS)
	public Window<OrganizationDetails> scroll(OrganizationFilter filter, ScrollPosition position, int size) {
		return this.organizations
			.findBy(Organizations.matching(filter, this.currentUser.readScope()),
					query -> query.sortBy(Sort.by("creditCode", "id")).limit(size).scroll(position))
			.map(OrganizationMapping::details);
	}

	/** How many organisations in the caller's towns match the filter. */
	@PreAuthorize(Access.READERS)
	public long count(OrganizationFilter filter) {
		return this.organizations.count(Organizations.matching(filter, this.currentUser.readScope()));
	}

	/** One organisation in the caller's towns. */
	@PreAuthorize(Access.READERS)
	public OrganizationDetails organization(long id) {
		return OrganizationMapping.details(readable(id));
	}

	/** The audit trail of one organisation in the caller's towns, newest first. */
	@PreAuthorize(Access.READERS)
	public List<AuditEntry> history(long id) {
		readable(id);
		return this.audit.history(ORGANIZATION, id);
	}

	/**
	 * Creates an organisation in one of the caller's towns.
	 * @throws FieldRejectedException at the first rule the draft breaks
	 */
	@Transactional
	@PreAuthorize(Access.EDITORS)
	public OrganizationDetails create(@Valid OrganizationDraft draft) {
		return OrganizationMapping.details(this.writes.insert(draft, null));
	}

	/**
	 * Changes an organisation as the draft says.
	 * @throws StaleVersionException when it changed since the draft was read
	 * @throws FieldRejectedException at the first rule the draft breaks
	 */
	@Transactional
	@PreAuthorize(Access.EDITORS)
	public OrganizationDetails update(long id, @Valid OrganizationDraft draft) {
		Organization organization = writable(id);
		this.writes.checkVersion(organization, draft.getVersion());
		return OrganizationMapping.details(this.writes.change(organization, draft, AuditAction.UPDATE, null));
	}

	/**
	 * Creates or changes the organisation with the draft's credit code, whatever version
	 * the draft carries: what an import does with each row. The rules and the audit trail
	 * are those of the form; {@code batchId} ties the audit rows of one import together.
	 * An archived organisation is refused rather than restored.
	 * @throws FieldRejectedException when the organisation is archived, or at the first
	 * rule the draft breaks
	 */
	@Transactional
	@PreAuthorize(Access.EDITORS)
	public OrganizationUpsert upsert(@Valid OrganizationDraft draft, @Nullable String batchId) {
		Organization existing = this.organizations.findByCreditCode(OrganizationRules.creditCode(draft)).orElse(null);
		if (existing == null) {
			return new OrganizationUpsert(UpsertOutcome.CREATED,
					OrganizationMapping.details(this.writes.insert(draft, batchId)));
		}
		this.rules.requireWritable(existing.getTownId());
		if (existing.getArchivedAt() != null) {
			throw new FieldRejectedException("creditCode", "organizations.validation.archived");
		}
		long before = existing.getVersion();
		Organization saved = this.writes.change(existing, draft, AuditAction.IMPORT, batchId);
		UpsertOutcome outcome = (saved.getVersion() == before) ? UpsertOutcome.UNCHANGED : UpsertOutcome.UPDATED;
		return new OrganizationUpsert(outcome, OrganizationMapping.details(saved));
	}

	/**
	 * Reads once what {@link #upsert(OrganizationDraft, String, OrganizationImportChunk)}
	 * checks a chunk of an import's rows against, so that each row costs no look-ups of
	 * its own. Runs in the import's transaction; the chunk is valid only there, and only
	 * until the persistence context is next cleared.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	@PreAuthorize(Access.EDITORS)
	public OrganizationImportChunk importChunk(List<OrganizationDraft> drafts) {
		return this.rules.chunk(drafts);
	}

	/**
	 * Creates or changes the organisation with the draft's credit code as
	 * {@link #upsert(OrganizationDraft, String)} does, with the same rules, audit rows
	 * and events, but checked against the chunk read by {@link #importChunk}, and without
	 * writing at once: a new organisation is inserted, a change is written when the
	 * import flushes the chunk.
	 * @throws FieldRejectedException when the organisation is archived, or at the first
	 * rule the draft breaks
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	@PreAuthorize(Access.EDITORS)
	public UpsertOutcome upsert(@Valid OrganizationDraft draft, @Nullable String batchId,
			OrganizationImportChunk chunk) {
		Organization existing = chunk.organization(OrganizationRules.creditCode(draft));
		if (existing == null) {
			this.writes.insert(draft, batchId, chunk);
			return UpsertOutcome.CREATED;
		}
		this.rules.requireWritable(existing.getTownId(), chunk);
		if (existing.getArchivedAt() != null) {
			throw new FieldRejectedException("creditCode", "organizations.validation.archived");
		}
		this.rules.check(draft, existing, chunk);
		List<FieldChange> changes = this.writes.apply(existing, draft);
		if (changes.isEmpty()) {
			return UpsertOutcome.UNCHANGED;
		}
		this.writes.record(existing, AuditAction.IMPORT, batchId, changes);
		return UpsertOutcome.UPDATED;
	}

	/**
	 * Archives an organisation: it stays for the history and figures that name it, but is
	 * listed only when archived rows are asked for.
	 * @throws StaleVersionException when it changed since it was read
	 */
	@Transactional
	@PreAuthorize(Access.EDITORS)
	public OrganizationDetails archive(long id, long version) {
		Organization organization = writable(id);
		this.writes.archive(organization, version, this.clock.instant());
		return OrganizationMapping.details(organization);
	}

	/**
	 * Puts an archived organisation back in use.
	 * @throws StaleVersionException when it changed since it was read
	 */
	@Transactional
	@PreAuthorize(Access.EDITORS)
	public OrganizationDetails restore(long id, long version) {
		Organization organization = writable(id);
		this.writes.restore(organization, version);
		return OrganizationMapping.details(organization);
	}

	private Organization find(long id) {
		return this.organizations.findById(id).orElseThrow(() -> new IllegalArgumentException("No organisation " + id));
	}

	private Organization readable(long id) {
		Organization organization = find(id);
		if (!this.currentUser.readScope().includes(organization.getTownId())) {
			throw new AccessDeniedException("Organisation " + id + " is not in the caller's towns");
		}
		return organization;
	}

	private Organization writable(long id) {
		Organization organization = find(id);
		this.rules.requireWritable(organization.getTownId());
		return organization;
	}

}
