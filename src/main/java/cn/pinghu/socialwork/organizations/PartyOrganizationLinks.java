package cn.pinghu.socialwork.organizations;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditService;
import cn.pinghu.socialwork.audit.FieldChange;
import cn.pinghu.socialwork.audit.FieldDiff;
import cn.pinghu.socialwork.organizations.internal.Organization;
import cn.pinghu.socialwork.organizations.internal.PartyOrganization;
import cn.pinghu.socialwork.organizations.internal.PartyOrganizationRepository;
import org.springframework.stereotype.Component;

/**
 * Keeps an organisation's Party organisation in step with the branch its master data
 * names (the organisation form and the ledger import): a covered organisation keeps the
 * Party organisation it has while the branch's form and name stay, joins the town's joint
 * or industry branch of that form and name if there is one, and otherwise gets a new one,
 * formed on the day the data gives. Runs inside the writing service's transaction, after
 * its access checks; every Party organisation it creates or changes is audited.
 */
@Component
class PartyOrganizationLinks {

	private final PartyOrganizationRepository parties;

	private final AuditService audit;

	PartyOrganizationLinks(PartyOrganizationRepository parties, AuditService audit) {
		this.parties = parties;
		this.audit = audit;
	}

	/**
	 * Links the organisation, whose master data was just set, to its Party organisation.
	 */
	void link(Organization organization) {
		BranchForm form = organization.getBranchForm();
		if (!form.covers()) {
			return;
		}
		String name = Objects.requireNonNullElse(organization.getBranchName(), organization.getName());
		int members = Objects.requireNonNullElse(organization.getBranchMembers(), organization.getFullMembers());
		LocalDate formedOn = organization.getBranchFormedOn();
		Long current = organization.getPartyOrganizationId();
		PartyOrganization linked = (current != null) ? this.parties.findById(current).orElse(null) : null;
		if (linked != null && linked.getForm() == form && linked.getName().equals(name)) {
			if (formedOn != null && !formedOn.equals(linked.getFormedOn())) {
				// the data gives another formation day: the Party organisation's moves
				change(linked,
						party -> party.change(new PartyOrganization.Data(party.getName(), party.getLevel(),
								party.getForm(), party.getParentId(), party.getSecretaryName(), formedOn,
								party.getFullMembers(), party.getProbationaryMembers(), party.getTownId())));
			}
			organization.moveTo(linked);
			return;
		}
		if (linked != null) {
			change(linked, party -> party.addFullMembers(-members));
		}
		PartyOrganization shared = (form == BranchForm.STANDALONE) ? null
				: this.parties
					.findFirstByTownIdAndFormAndNameAndArchivedAtIsNullOrderByIdAsc(organization.getTownId(), form,
							name)
					.orElse(null);
		if (shared != null) {
			change(shared, party -> party.addFullMembers(members));
			organization.moveTo(shared);
			return;
		}
		organization.moveTo(create(new PartyOrganization.Data(name, PartyOrganizationLevel.BRANCH, form, null, null,
				formedOn, members, 0, organization.getTownId())));
	}

	/** Creates a Party organisation and audits it. */
	PartyOrganization create(PartyOrganization.Data data) {
		PartyOrganization created = this.parties.saveAndFlush(new PartyOrganization(data));
		this.audit.record(AuditAction.CREATE, PartyOrganizationService.PARTY_ORGANIZATION, created.getId(),
				created.getTownId(), FieldDiff.created(FieldDiff.fields(PartyOrganizationService.audited(created))));
		return created;
	}

	/** Changes a Party organisation, writes it now and audits what moved. */
	void change(PartyOrganization party, Consumer<PartyOrganization> change) {
		PartyOrganizationService.AuditedParty before = PartyOrganizationService.audited(party);
		change.accept(party);
		PartyOrganization saved = this.parties.saveAndFlush(party);
		List<FieldChange> changes = FieldDiff.between(before, PartyOrganizationService.audited(saved));
		if (!changes.isEmpty()) {
			this.audit.record(AuditAction.UPDATE, PartyOrganizationService.PARTY_ORGANIZATION, saved.getId(),
					saved.getTownId(), changes);
		}
	}

}
