package cn.pinghu.socialwork.organizations;

import java.time.Instant;
import java.util.List;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditService;
import cn.pinghu.socialwork.audit.FieldChange;
import cn.pinghu.socialwork.audit.FieldDiff;
import cn.pinghu.socialwork.organizations.internal.Organization;
import cn.pinghu.socialwork.organizations.internal.OrganizationRepository;
import cn.pinghu.socialwork.shared.data.VersionedWrites;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * How {@link OrganizationService} stores an organisation from a draft, checked by
 * {@link OrganizationRules}, and audits every change and tells the
 * {@link OrganizationEdits}. Runs inside the service's transaction and access checks.
 */
@Component
class OrganizationWrites {

	private static final VersionedWrites WRITES = VersionedWrites.of(OrganizationService.ORGANIZATION, "creditCode",
			"organizations.validation.credit-code-taken");

	private final OrganizationRepository organizations;

	private final OrganizationRules rules;

	private final AuditService audit;

	private final List<OrganizationEdits> edits;

	private final PartyOrganizationLinks parties;

	OrganizationWrites(OrganizationRepository organizations, OrganizationRules rules, AuditService audit,
			ObjectProvider<OrganizationEdits> edits, PartyOrganizationLinks parties) {
		this.organizations = organizations;
		this.rules = rules;
		this.audit = audit;
		this.parties = parties;
		this.edits = edits.orderedStream().toList();
	}

	/**
	 * @throws cn.pinghu.socialwork.shared.data.StaleVersionException when the
	 * organisation's version is not {@code version}
	 */
	void checkVersion(Organization organization, long version) {
		WRITES.checkVersion(organization, version);
	}

	Organization insert(OrganizationDraft draft, @Nullable String batchId) {
		this.rules.check(draft, null);
		Organization organization = new Organization(OrganizationMapping.masterData(draft));
		this.parties.link(organization);
		organization = flush(organization, 0L);
		recordCreation(organization, batchId);
		return organization;
	}

	/**
	 * Inserts a new organisation of an import's chunk without flushing the rest of the
	 * persistence context, and adds it to the chunk for the rows after it.
	 */
	Organization insert(OrganizationDraft draft, @Nullable String batchId, OrganizationImportChunk chunk) {
		this.rules.check(draft, null, chunk);
		Organization organization = new Organization(OrganizationMapping.masterData(draft));
		this.parties.link(organization);
		organization = persist(organization);
		chunk.add(organization);
		recordCreation(organization, batchId);
		return organization;
	}

	private void recordCreation(Organization organization, @Nullable String batchId) {
		record(organization, (batchId == null) ? AuditAction.CREATE : AuditAction.IMPORT, batchId,
				FieldDiff.created(FieldDiff.fields(AuditedOrganization.of(organization))));
	}

	Organization change(Organization organization, OrganizationDraft draft, AuditAction action,
			@Nullable String batchId) {
		this.rules.check(draft, organization);
		List<FieldChange> changes = apply(organization, draft);
		if (changes.isEmpty()) {
			return organization;
		}
		Organization saved = flush(organization, organization.getId());
		record(saved, action, batchId, changes);
		return saved;
	}

	/**
	 * Changes the organisation as the draft says; returns the audited fields that
	 * changed.
	 */
	List<FieldChange> apply(Organization organization, OrganizationDraft draft) {
		AuditedOrganization before = AuditedOrganization.of(organization);
		organization.change(OrganizationMapping.masterData(draft));
		this.parties.link(organization);
		return FieldDiff.between(before, AuditedOrganization.of(organization));
	}

	/**
	 * Every change of an organisation is audited, and told to the features that follow
	 * the edits (the coverage drive publishes it for its figures).
	 */
	void record(Organization organization, AuditAction action, @Nullable String batchId, List<FieldChange> changes) {
		this.audit.record(action, OrganizationService.ORGANIZATION, organization.getId(), organization.getTownId(),
				batchId, changes);
		this.edits.forEach(listener -> listener.edited(organization.getId(), organization.getTownId()));
	}

	/**
	 * Archives an organisation in use now; an archived one stays as it is.
	 * @throws cn.pinghu.socialwork.shared.data.StaleVersionException when it changed
	 * since it was read
	 */
	void archive(Organization organization, long version, Instant now) {
		checkVersion(organization, version);
		if (organization.getArchivedAt() == null) {
			organization.archive(now);
			record(flush(organization, organization.getId()), AuditAction.ARCHIVE, null,
					List.of(new FieldChange("archivedAt", null, now.toString())));
		}
	}

	/**
	 * Puts an archived organisation back in use; one in use stays as it is.
	 * @throws cn.pinghu.socialwork.shared.data.StaleVersionException when it changed
	 * since it was read
	 */
	void restore(Organization organization, long version) {
		checkVersion(organization, version);
		Instant archivedAt = organization.getArchivedAt();
		if (archivedAt != null) {
			organization.restore();
			record(flush(organization, organization.getId()), AuditAction.UPDATE, null,
					List.of(new FieldChange("archivedAt", archivedAt.toString(), null)));
		}
	}

	/**
	 * Writes now rather than at commit, so that a concurrent save or a duplicate code
	 * surfaces here as the exception the form understands.
	 */
	Organization flush(Organization organization, long id) {
		return WRITES.flush(id, () -> this.organizations.saveAndFlush(organization));
	}

	/**
	 * Inserts a new organisation (its id comes from the insert) without flushing the rest
	 * of the persistence context; a duplicate code surfaces here.
	 */
	private Organization persist(Organization organization) {
		return WRITES.insert(() -> this.organizations.save(organization));
	}

}
