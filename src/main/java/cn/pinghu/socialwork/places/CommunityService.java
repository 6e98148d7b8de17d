package cn.pinghu.socialwork.places;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditEntry;
import cn.pinghu.socialwork.audit.AuditService;
import cn.pinghu.socialwork.identity.Access;
import cn.pinghu.socialwork.identity.CurrentUser;
import cn.pinghu.socialwork.identity.TownScope;
import cn.pinghu.socialwork.places.internal.Communities;
import cn.pinghu.socialwork.places.internal.Community;
import cn.pinghu.socialwork.places.internal.CommunityRepository;
import cn.pinghu.socialwork.places.internal.Town;
import cn.pinghu.socialwork.places.internal.TownRepository;
import cn.pinghu.socialwork.shared.data.FieldRejectedException;
import cn.pinghu.socialwork.shared.data.SortMapping;
import cn.pinghu.socialwork.shared.data.StaleVersionException;
import cn.pinghu.socialwork.shared.data.TownNames;
import cn.pinghu.socialwork.shared.data.UpsertOutcome;
import jakarta.validation.Valid;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Towns and communities: read access for every feature, and the master-data commands on
 * communities. A coordinator reads and changes only the communities of their towns; every
 * command writes its audit row in its own transaction and publishes
 * {@link CommunityEdited}, since the campaigns' figures name communities.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class CommunityService implements TownNames {

	/** The entity type communities have in the audit trail. */
	public static final String COMMUNITY = "Community";

	/**
	 * The properties the community list sorts by, as {@link CommunitySummary} names them,
	 * and the entity paths they sort in the database.
	 */
	private static final SortMapping COMMUNITY_SORTS = SortMapping.of("Communities",
			Map.of("code", "code", "name", "name", "townId", "town.sortOrder", "kind", "kind", "households",
					"households", "population", "population", "archivedAt", "archivedAt"),
			"code");

	private final TownRepository towns;

	private final CommunityRepository communities;

	private final CurrentUser currentUser;

	private final AuditService audit;

	private final CommunityWrites writes;

	CommunityService(TownRepository towns, CommunityRepository communities, CurrentUser currentUser, AuditService audit,
			CommunityWrites writes) {
		this.towns = towns;
		this.communities = communities;
		this.currentUser = currentUser;
		this.audit = audit;
		this.writes = writes;
	}

	/** All towns in their display order. */
	public List<TownSummary> towns() {
		return this.towns.findAllByOrderBySortOrderAscIdAsc().stream().map(CommunityService::toSummary).toList();
	}

	@Override
	public Map<Long, String> townNames() {
		Map<Long, String> names = new LinkedHashMap<>();
		towns().forEach(town -> names.put(town.id(), town.name()));
		return names;
	}

	/** The towns whose communities the caller may see, in their display order. */
	public List<TownSummary> townsInScope() {
		TownScope scope = this.currentUser.readScope();
		return towns().stream().filter(town -> scope.includes(town.id())).toList();
	}

	/**
	 * The towns in which the caller may create and change records, in their display
	 * order: what the forms offer.
	 */
	public List<TownSummary> writableTowns() {
		TownScope scope = this.currentUser.writeScope();
		return towns().stream().filter(town -> scope.includes(town.id())).toList();
	}

	/** Whether the caller may change the communities of a town. */
	public boolean mayChange(long townId) {
		return this.currentUser.writeScope().includes(townId);
	}

	/**
	 * A page of the communities in the caller's towns that match the filter, without
	 * counting them: the count is {@link #countCommunities}. Sort properties are those of
	 * {@link CommunitySummary}; the code breaks ties.
	 */
	@PreAuthorize(Access.READERS)
	public Slice<CommunitySummary> communities(CommunityFilter filter, Pageable pageable) {
		// the fluent query orders a slice by the pageable's sort alone
		return this.communities
			.findBy(Communities.matching(filter, this.currentUser.readScope()),
					query -> query.slice(COMMUNITY_SORTS.toEntitySort(pageable)))
			.map(CommunityService::toSummary);
	}

	/** How many communities in the caller's towns match the filter. */
	@PreAuthorize(Access.READERS)
	public long countCommunities(CommunityFilter filter) {
		return this.communities.count(Communities.matching(filter, this.currentUser.readScope()));
	}

	/** One community, if it exists and is in the caller's towns. */
	@PreAuthorize(Access.READERS)
	public CommunitySummary community(long id) {
		return toSummary(readable(id));
	}

	/**
	 * The names of the given communities that lie in the caller's towns, by id; for views
	 * that list other features' records by community, the wall displays' screens among
	 * them.
	 */
	@PreAuthorize(Access.SCREEN_READERS)
	public Map<Long, String> communityNames(Collection<Long> ids) {
		TownScope scope = this.currentUser.readScope();
		Map<Long, String> names = new HashMap<>();
		for (Community community : this.communities.findAllById(ids)) {
			if (scope.includes(community.getTown().getId())) {
				names.put(community.getId(), community.getName());
			}
		}
		return names;
	}

	/** The audit trail of one community in the caller's towns, newest first. */
	@PreAuthorize(Access.READERS)
	public List<AuditEntry> communityHistory(long id) {
		readable(id);
		return this.audit.history(COMMUNITY, id);
	}

	@Transactional
	@PreAuthorize(Access.EDITORS)
	public CommunitySummary createCommunity(@Valid CommunityDraft draft) {
		return toSummary(this.writes.insert(draft, null));
	}

	/**
	 * Changes a community as the draft says.
	 * @throws StaleVersionException when the community changed since the draft was read
	 */
	@Transactional
	@PreAuthorize(Access.EDITORS)
	public CommunitySummary updateCommunity(long id, @Valid CommunityDraft draft) {
		Community community = writable(id);
		this.writes.update(community, draft);
		return toSummary(community);
	}

	/**
	 * Creates or changes the community with the draft's code, whatever version the draft
	 * carries: what an import does with each row, with the rules and the audit trail of
	 * the form; {@code batchId} ties the audit rows of one import together.
	 * @throws FieldRejectedException at the first rule of the form the draft breaks
	 * @throws AccessDeniedException when the community or the draft's town is not the
	 * caller's
	 */
	@Transactional
	@PreAuthorize(Access.EDITORS)
	public UpsertOutcome upsertCommunity(@Valid CommunityDraft draft, String batchId) {
		return UpsertOutcome.byKey(this.communities.findByCode(Objects.requireNonNull(draft.getCode())),
				() -> this.writes.insert(draft, batchId),
				stored -> this.writes.change(requireWritable(stored), draft, AuditAction.IMPORT, batchId));
	}

	/**
	 * Archives a community: it stays for the stations and history that name it, but is
	 * listed only when archived rows are asked for.
	 * @throws StaleVersionException when the community changed since it was read
	 */
	@Transactional
	@PreAuthorize(Access.EDITORS)
	public CommunitySummary archiveCommunity(long id, long version) {
		Community community = writable(id);
		this.writes.archive(community, version);
		return toSummary(community);
	}

	private Community find(long id) {
		return this.communities.findById(id).orElseThrow(() -> new IllegalArgumentException("No community " + id));
	}

	private Community readable(long id) {
		Community community = find(id);
		if (!this.currentUser.readScope().includes(community.getTown().getId())) {
			throw new AccessDeniedException("Community " + id + " is not in the caller's towns");
		}
		return community;
	}

	private Community writable(long id) {
		return requireWritable(find(id));
	}

	private Community requireWritable(Community community) {
		if (!this.currentUser.writeScope().includes(community.getTown().getId())) {
			throw new AccessDeniedException(
					"Community " + community.getId() + " is not in the towns the caller changes");
		}
		return community;
	}

	private static TownSummary toSummary(Town town) {
		return new TownSummary(town.getId(), town.getCode(), town.getName(), town.getKind(), town.getSortOrder());
	}

	private static CommunitySummary toSummary(Community community) {
		return new CommunitySummary(community.getId(), community.getCode(), community.getName(),
				community.getTown().getId(), community.getKind(), community.getHouseholds(), community.getPopulation(),
				community.getArchivedAt(), community.getVersion());
	}

}
