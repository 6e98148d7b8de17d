package cn.pinghu.socialwork.organizations;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import cn.pinghu.socialwork.identity.Access;
import cn.pinghu.socialwork.identity.CurrentUser;
import cn.pinghu.socialwork.identity.TownScope;
import cn.pinghu.socialwork.organizations.internal.Organization;
import cn.pinghu.socialwork.organizations.internal.PartyOrganization;
import cn.pinghu.socialwork.organizations.internal.PartyOrganizationRepository;
import cn.pinghu.socialwork.shared.ConsoleCalendar;
import cn.pinghu.socialwork.shared.data.FieldRejectedException;
import cn.pinghu.socialwork.shared.data.StaleVersionException;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Party organisations (党组织) and the organisations that belong to them. A Party
 * organisation of a town is changed by the administrators and that town's coordinators; a
 * city-wide one by administrators only. An organisation joins or moves by a write on the
 * organisation, so the caller must change the organisation's town, and the Party
 * organisation must be of that town or city-wide: a coordinator may put an organisation
 * of their town in a city-wide industry branch, but not change that branch. Every write
 * is audited, a move under {@link OrganizationService#ORGANIZATION} with the Party
 * organisation it left and the one it joined.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize(Access.READERS)
public class PartyOrganizationService {

	/** The entity type Party organisations have in the audit trail. */
	public static final String PARTY_ORGANIZATION = "PartyOrganization";

	private final PartyOrganizationRepository parties;

	private final OrganizationCoverageService organizations;

	private final CurrentUser currentUser;

	private final PartyOrganizationLinks links;

	private final ConsoleCalendar calendar;

	private final List<OrganizationEdits> edits;

	PartyOrganizationService(PartyOrganizationRepository parties, OrganizationCoverageService organizations,
			CurrentUser currentUser, PartyOrganizationLinks links, ConsoleCalendar calendar,
			ObjectProvider<OrganizationEdits> edits) {
		this.parties = parties;
		this.organizations = organizations;
		this.currentUser = currentUser;
		this.links = links;
		this.calendar = calendar;
		this.edits = edits.orderedStream().toList();
	}

	/** A Party organisation, archived or not. */
	public Optional<PartyOrganizationSummary> summary(long id) {
		return this.parties.findById(id).map(PartyOrganizationService::toSummary);
	}

	/**
	 * The Party organisations in use that an organisation of the town may join: the
	 * town's own and the city-wide ones, by name.
	 */
	public List<PartyOrganizationSummary> joinable(long townId) {
		return this.parties.findJoinable(townId).stream().map(PartyOrganizationService::toSummary).toList();
	}

	/**
	 * Whether the caller may change a Party organisation of this home town: a city-wide
	 * one ({@code null}) only administrators.
	 */
	public boolean mayEdit(@Nullable Long townId) {
		TownScope scope = this.currentUser.writeScope();
		return (townId == null) ? scope.allTowns() : scope.includes(townId);
	}

	/**
	 * Records a new Party organisation.
	 * @throws AccessDeniedException if the caller may not change Party organisations of
	 * its home town
	 * @throws FieldRejectedException if the parent is unknown, archived or of another
	 * town, or the formation date lies in the future
	 */
	@Transactional
	@PreAuthorize(Access.EDITORS)
	public PartyOrganizationSummary create(@Valid PartyOrganizationDraft draft) {
		requireWritable(draft.townId());
		check(draft);
		return toSummary(this.links.create(data(draft)));
	}

	/**
	 * Puts an organisation that no Party organisation covers yet into one, with
	 * {@code members} of its full members, who count to the Party organisation's.
	 * @throws AccessDeniedException if the organisation lies outside the caller's towns
	 * @throws StaleVersionException if the organisation changed since the caller read it
	 * @throws FieldRejectedException if the organisation is covered already (recording it
	 * again would move its formation date), or the Party organisation is unknown,
	 * archived, or of another town
	 */
	@Transactional
	@PreAuthorize(Access.EDITORS)
	public OrganizationSummary join(long organizationId, long seenVersion, long partyOrganizationId, int members) {
		if (members < 0) {
			throw new FieldRejectedException("members", "party.validation.members-negative");
		}
		return this.organizations.change(organizationId, seenVersion, organization -> {
			if (organization.getPartyOrganizationId() != null || organization.getBranchForm().covers()) {
				throw new FieldRejectedException("partyOrganizationId", "party.rejected.already-covered",
						organization.getName());
			}
			PartyOrganization party = joinable(partyOrganizationId, organization);
			organization.join(party, members);
			changeMembers(party, members);
		});
	}

	/**
	 * Moves a covered organisation to another Party organisation; its branch members go
	 * with it.
	 * @throws AccessDeniedException if the organisation lies outside the caller's towns
	 * @throws StaleVersionException if the organisation changed since the caller read it
	 * @throws FieldRejectedException if the organisation belongs to no Party organisation
	 * or already to that one, or that one is unknown, archived or of another town
	 */
	@Transactional
	@PreAuthorize(Access.EDITORS)
	public OrganizationSummary move(long organizationId, long seenVersion, long toPartyOrganizationId) {
		OrganizationSummary moved = this.organizations.change(organizationId, seenVersion, organization -> {
			Long from = organization.getPartyOrganizationId();
			if (from == null) {
				throw new FieldRejectedException("partyOrganizationId", "party.rejected.not-covered",
						organization.getName());
			}
			if (from == toPartyOrganizationId) {
				throw new FieldRejectedException("partyOrganizationId", "party.rejected.same");
			}
			PartyOrganization target = joinable(toPartyOrganizationId, organization);
			int members = Objects.requireNonNullElse(organization.getBranchMembers(), 0);
			this.parties.findById(from).ifPresent(left -> changeMembers(left, -members));
			organization.moveTo(target);
			changeMembers(target, members);
		});
		this.edits.forEach(listener -> listener.edited(moved.id(), moved.townId()));
		return moved;
	}

	private PartyOrganization joinable(long partyOrganizationId, Organization organization) {
		PartyOrganization party = this.parties.findById(partyOrganizationId)
			.orElseThrow(() -> new FieldRejectedException("partyOrganizationId", "party.rejected.unknown",
					partyOrganizationId));
		if (party.getArchivedAt() != null) {
			throw new FieldRejectedException("partyOrganizationId", "party.rejected.archived", party.getName());
		}
		Long town = party.getTownId();
		if (town != null && town != organization.getTownId()) {
			throw new FieldRejectedException("partyOrganizationId", "party.rejected.other-town", party.getName());
		}
		return party;
	}

	private void changeMembers(PartyOrganization party, int members) {
		if (members != 0) {
			this.links.change(party, changed -> changed.addFullMembers(members));
		}
	}

	private void requireWritable(@Nullable Long townId) {
		if (!mayEdit(townId)) {
			throw new AccessDeniedException(
					(townId == null) ? "City-wide Party organisations are changed by administrators"
							: "Town " + townId + " is not one the caller changes");
		}
	}

	private void check(PartyOrganizationDraft draft) {
		LocalDate formedOn = Objects.requireNonNull(draft.formedOn());
		if (formedOn.isAfter(this.calendar.today())) {
			throw new FieldRejectedException("formedOn", "party.validation.formed-on-future");
		}
		Long parentId = draft.parentId();
		if (parentId != null) {
			PartyOrganization parent = this.parties.findById(parentId)
				.orElseThrow(() -> new FieldRejectedException("parentId", "party.rejected.unknown", parentId));
			if (parent.getArchivedAt() != null) {
				throw new FieldRejectedException("parentId", "party.rejected.archived", parent.getName());
			}
			if (parent.getTownId() != null && !parent.getTownId().equals(draft.townId())) {
				throw new FieldRejectedException("parentId", "party.rejected.parent-other-town", parent.getName());
			}
		}
	}

	private static PartyOrganization.Data data(PartyOrganizationDraft draft) {
		String secretary = draft.secretaryName();
		return new PartyOrganization.Data(Objects.requireNonNull(draft.name()).strip(),
				Objects.requireNonNull(draft.level()), Objects.requireNonNull(draft.form()), draft.parentId(),
				(secretary == null || secretary.isBlank()) ? null : secretary.strip(), draft.formedOn(),
				draft.fullMembers(), draft.probationaryMembers(), draft.townId());
	}

	static PartyOrganizationSummary toSummary(PartyOrganization party) {
		return new PartyOrganizationSummary(party.getId(), party.getName(), party.getLevel(), party.getForm(),
				party.getParentId(), party.getSecretaryName(), party.getFormedOn(), party.getFullMembers(),
				party.getProbationaryMembers(), party.getTownId(), party.getArchivedAt(), party.getVersion());
	}

	static AuditedParty audited(PartyOrganization party) {
		return new AuditedParty(party.getName(), party.getLevel(), party.getForm(), party.getParentId(),
				party.getSecretaryName(), party.getFormedOn(), party.getFullMembers(), party.getProbationaryMembers(),
				party.getTownId());
	}

	/** The fields of a Party organisation that the audit trail follows. */
	record AuditedParty(String name, PartyOrganizationLevel level, BranchForm form, @Nullable Long parentId,
			@Nullable String secretaryName, @Nullable LocalDate formedOn, int fullMembers, int probationaryMembers,
			@Nullable Long townId) {
	}

}
