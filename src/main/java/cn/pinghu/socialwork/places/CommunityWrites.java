package cn.pinghu.socialwork.places;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditService;
import cn.pinghu.socialwork.audit.FieldChange;
import cn.pinghu.socialwork.audit.FieldDiff;
import cn.pinghu.socialwork.identity.CurrentUser;
import cn.pinghu.socialwork.places.internal.Community;
import cn.pinghu.socialwork.places.internal.CommunityRepository;
import cn.pinghu.socialwork.places.internal.Town;
import cn.pinghu.socialwork.places.internal.TownRepository;
import cn.pinghu.socialwork.shared.data.FieldRejectedException;
import cn.pinghu.socialwork.shared.data.VersionedWrites;
import cn.pinghu.socialwork.shared.events.DomainEvents;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * How {@link CommunityService} stores and archives a community, from the form and from an
 * import alike: the draft's town must be one the caller changes, the code stays unique,
 * every change is audited and publishes {@link CommunityEdited}. Runs inside the
 * service's transaction and access checks.
 */
@Component
class CommunityWrites {

	private static final VersionedWrites WRITES = VersionedWrites.of(CommunityService.COMMUNITY, "code",
			"places.validation.code-taken");

	private final TownRepository towns;

	private final CommunityRepository communities;

	private final CurrentUser currentUser;

	private final AuditService audit;

	private final DomainEvents events;

	private final Clock clock;

	CommunityWrites(TownRepository towns, CommunityRepository communities, CurrentUser currentUser, AuditService audit,
			DomainEvents events, Clock clock) {
		this.towns = towns;
		this.communities = communities;
		this.currentUser = currentUser;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	Community insert(CommunityDraft draft, @Nullable String batchId) {
		Town town = writableTown(draft);
		String code = Objects.requireNonNull(draft.getCode());
		WRITES.checkFree(this.communities.existsByCode(code));
		Community community = flush(
				new Community(code, name(draft), town, Objects.requireNonNull(draft.getKind()),
						Objects.requireNonNull(draft.getHouseholds()), Objects.requireNonNull(draft.getPopulation())),
				0L);
		this.audit.record((batchId == null) ? AuditAction.CREATE : AuditAction.IMPORT, CommunityService.COMMUNITY,
				community.getId(), town.getId(), batchId,
				FieldDiff.created(FieldDiff.fields(AuditedCommunity.of(community))));
		this.events.publish(new CommunityEdited(community.getId(), town.getId()));
		return community;
	}

	/**
	 * Changes a community as the form's draft says.
	 * @throws cn.pinghu.socialwork.shared.data.StaleVersionException when the community
	 * changed since the draft was read
	 */
	void update(Community community, CommunityDraft draft) {
		WRITES.checkVersion(community, draft.getVersion());
		change(community, draft, AuditAction.UPDATE, null);
	}

	/** Changes a community as the draft says; whether anything changed. */
	boolean change(Community community, CommunityDraft draft, AuditAction action, @Nullable String batchId) {
		long id = community.getId();
		Town town = writableTown(draft);
		String code = Objects.requireNonNull(draft.getCode());
		WRITES.checkFree(this.communities.existsByCodeAndIdNot(code, id));
		AuditedCommunity before = AuditedCommunity.of(community);
		community.change(code, name(draft), town, Objects.requireNonNull(draft.getKind()),
				Objects.requireNonNull(draft.getHouseholds()), Objects.requireNonNull(draft.getPopulation()));
		List<FieldChange> changes = FieldDiff.between(before, AuditedCommunity.of(community));
		if (changes.isEmpty()) {
			return false;
		}
		flush(community, id);
		this.audit.record(action, CommunityService.COMMUNITY, id, town.getId(), batchId, changes);
		this.events.publish(new CommunityEdited(id, town.getId()));
		return true;
	}

	/**
	 * Archives a community in use; an archived one stays as it is.
	 * @throws cn.pinghu.socialwork.shared.data.StaleVersionException when the community
	 * changed since it was read
	 */
	void archive(Community community, long version) {
		WRITES.checkVersion(community, version);
		if (community.getArchivedAt() == null) {
			long id = community.getId();
			Instant now = this.clock.instant();
			community.archive(now);
			flush(community, id);
			this.audit.record(AuditAction.ARCHIVE, CommunityService.COMMUNITY, id, community.getTown().getId(),
					List.of(new FieldChange("archivedAt", null, now.toString())));
			this.events.publish(new CommunityEdited(id, community.getTown().getId()));
		}
	}

	private Town writableTown(CommunityDraft draft) {
		long townId = Objects.requireNonNull(draft.getTownId());
		if (!this.currentUser.writeScope().includes(townId)) {
			throw new AccessDeniedException("Town " + townId + " is not in the towns the caller changes");
		}
		return this.towns.findById(townId)
			.orElseThrow(() -> new FieldRejectedException("townId", "places.validation.town-required"));
	}

	/**
	 * Writes now rather than at commit, so that a concurrent save or a duplicate code
	 * surfaces here as the exception the form understands.
	 */
	private Community flush(Community community, long id) {
		return WRITES.flush(id, () -> this.communities.saveAndFlush(community));
	}

	private static String name(CommunityDraft draft) {
		return Objects.requireNonNull(draft.getName()).strip();
	}

}
