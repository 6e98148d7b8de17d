package cn.pinghu.socialwork.elections;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.pinghu.socialwork.audit.AuditEntry;
import cn.pinghu.socialwork.audit.AuditService;
import cn.pinghu.socialwork.elections.internal.CommunityElection;
import cn.pinghu.socialwork.elections.internal.ElectionMember;
import cn.pinghu.socialwork.elections.internal.ElectionRound;
import cn.pinghu.socialwork.identity.Access;
import cn.pinghu.socialwork.identity.TownScope;
import cn.pinghu.socialwork.places.CommunityFilter;
import cn.pinghu.socialwork.places.CommunitySummary;
import cn.pinghu.socialwork.places.TownSummary;
import cn.pinghu.socialwork.shared.events.DomainEvents;
import cn.pinghu.socialwork.shared.events.PastEvent;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee elections' (两委换届) figures, read-only: the round under way, the figures
 * and signal per town and for the city, each community's election and its audit trail,
 * and the latest completions, as the dashboards, screens, reports and the snapshot API
 * read them. The stage changes are {@link ElectionStages}.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.READERS)
public class ElectionFigures {

	/** The most completions {@link #latestCompletions} lists. */
	public static final int MAX_LATEST_COMPLETIONS = 50;

	private final AuditService audit;

	private final DomainEvents events;

	private final ElectionLookup lookup;

	ElectionFigures(AuditService audit, DomainEvents events, ElectionLookup lookup) {
		this.audit = audit;
		this.events = events;
		this.lookup = lookup;
	}

	/** Today in the console's time zone. */
	@PreAuthorize(Access.SCREEN_READERS)
	public LocalDate today() {
		return this.lookup.today();
	}

	/** The round under way: the open one. */
	public Optional<RoundSummary> round() {
		return openRound().map(ElectionRecords::toSummary);
	}

	/** The open round, as of today. */
	@PreAuthorize(Access.SCREEN_READERS)
	public Optional<ElectionOverview> overview() {
		return overview(today());
	}

	/**
	 * The open round, with each town's figures and signal on a day. Archived communities
	 * keep their elections but are left out of every figure.
	 */
	@PreAuthorize(Access.SCREEN_READERS)
	public Optional<ElectionOverview> overview(LocalDate asOf) {
		return openRound().map(round -> {
			List<CommunityElection> active = this.lookup.elections().findActiveByRoundId(round.getId());
			Map<Long, List<ElectionMember>> elected = membersOf(active);
			Map<Long, List<CommunityElectionSummary>> byTown = active.stream()
				.map(election -> ElectionRecords.toSummary(round, election, "", asOf,
						elected.getOrDefault(election.getId(), List.of())))
				.collect(Collectors.groupingBy(CommunityElectionSummary::townId));
			List<TownElections> towns = new ArrayList<>();
			List<CommunityElectionSummary> all = new ArrayList<>();
			for (TownSummary town : this.lookup.places().towns()) {
				List<CommunityElectionSummary> ofTown = byTown.getOrDefault(town.id(), List.of());
				all.addAll(ofTown);
				towns.add(new TownElections(town.id(), town.name(), ElectionKpis.of(ofTown),
						ElectionSignals.worst(ofTown)));
			}
			return new ElectionOverview(ElectionRecords.toSummary(round), asOf, towns, ElectionKpis.of(all),
					ElectionSignals.worst(all));
		});
	}

	/**
	 * The latest elections of the round under way to complete, in the caller's towns: the
	 * latest handover first, at most {@code limit} of them.
	 * @throws IllegalArgumentException unless {@code limit} is 1 to
	 * {@value #MAX_LATEST_COMPLETIONS}
	 */
	@PreAuthorize(Access.SCREEN_READERS)
	public List<ElectionCompletion> latestCompletions(int limit) {
		if (limit < 1 || limit > MAX_LATEST_COMPLETIONS) {
			throw new IllegalArgumentException(
					"Between 1 and " + MAX_LATEST_COMPLETIONS + " completions may be listed, not " + limit);
		}
		Optional<ElectionRound> round = openRound();
		TownScope scope = this.lookup.currentUser().readScope();
		if (round.isEmpty() || (!scope.allTowns() && scope.townIds().isEmpty())) {
			return List.of();
		}
		Pageable page = PageRequest.of(0, limit);
		List<CommunityElection> completed = scope.allTowns()
				? this.lookup.elections().findLatestCompleted(round.get().getId(), page)
				: this.lookup.elections().findLatestCompletedIn(round.get().getId(), scope.townIds(), page);
		Map<Long, String> communities = this.lookup.places()
			.communityNames(completed.stream().map(CommunityElection::getCommunityId).toList());
		Map<Long, String> towns = this.lookup.places().townNames();
		return completed.stream()
			.map(election -> new ElectionCompletion(election.getId(), election.getCommunityId(),
					communities.getOrDefault(election.getCommunityId(), String.valueOf(election.getCommunityId())),
					election.getTownId(),
					towns.getOrDefault(election.getTownId(), String.valueOf(election.getTownId())),
					Objects.requireNonNull(election.completedOn(ElectionStage.HANDOVER))))
			.toList();
	}

	/**
	 * The latest election stages completed and votes failed in the caller's towns, the
	 * latest first, at most {@code limit}: the screens' ticker, which announces a 重新选举 (a
	 * vote failed), a 另行选举 (a vote that left seats open), a Party election completed and
	 * a Party meeting held again as such. Reads what the outbox still holds (a week).
	 * @throws IllegalArgumentException unless {@code limit} is 1 to
	 * {@value #MAX_LATEST_COMPLETIONS}
	 */
	@PreAuthorize(Access.SCREEN_READERS)
	public List<ElectionNews> latestNews(int limit) {
		if (limit < 1 || limit > MAX_LATEST_COMPLETIONS) {
			throw new IllegalArgumentException(
					"Between 1 and " + MAX_LATEST_COMPLETIONS + " events may be listed, not " + limit);
		}
		TownScope scope = this.lookup.currentUser().readScope();
		// A town's user reads further back, since the other towns' events are left out.
		List<PastEvent> shown = this.events
			.latest(List.of(ElectionStageCompleted.class, ElectionVoteFailed.class, PartyMeetingInvalid.class),
					scope.allTowns() ? limit : limit * 4)
			.stream()
			.filter(event -> scope.includes(((ElectionChanged) event.event()).townId()))
			.limit(limit)
			.toList();
		Map<Long, String> communities = this.lookup.places()
			.communityNames(
					shown.stream().map(event -> ((ElectionChanged) event.event()).communityId()).distinct().toList());
		Map<Long, String> towns = this.lookup.places().townNames();
		return shown.stream().map(event -> {
			ElectionChanged change = (ElectionChanged) event.event();
			return new ElectionNews(event.outboxId(), event.occurredAt(), change,
					towns.getOrDefault(change.townId(), String.valueOf(change.townId())),
					communities.getOrDefault(change.communityId(), String.valueOf(change.communityId())));
		}).toList();
	}

	/**
	 * The elections of the open round in a town of the caller's towns, by community code;
	 * archived communities are left out.
	 * @throws AccessDeniedException if the town lies outside the caller's towns
	 */
	public List<CommunityElectionSummary> townElections(long townId) {
		if (!this.lookup.currentUser().readScope().includes(townId)) {
			throw new AccessDeniedException("Town " + townId + " lies outside the caller's towns");
		}
		Optional<ElectionRound> round = openRound();
		if (round.isEmpty()) {
			return List.of();
		}
		Map<Long, CommunitySummary> communities = this.lookup.places()
			.communities(new CommunityFilter(null, townId, null, true), Pageable.unpaged())
			.stream()
			.collect(Collectors.toMap(CommunitySummary::id, community -> community));
		LocalDate today = today();
		List<CommunityElection> ofTown = this.lookup.elections()
			.findActiveByRoundIdAndTownId(round.get().getId(), townId);
		Map<Long, List<ElectionMember>> elected = membersOf(ofTown);
		return ofTown.stream()
			.sorted(Comparator.comparing(election -> code(communities, election.getCommunityId())))
			.map(election -> ElectionRecords.toSummary(round.get(), election,
					name(communities, election.getCommunityId()), today,
					elected.getOrDefault(election.getId(), List.of())))
			.toList();
	}

	/** The members elected in some elections, by election. */
	private Map<Long, List<ElectionMember>> membersOf(List<CommunityElection> of) {
		if (of.isEmpty()) {
			return Map.of();
		}
		return this.lookup.members()
			.findByElectionIds(of.stream().map(CommunityElection::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(ElectionMember::getElectionId));
	}

	/**
	 * One community's election, if it lies in the caller's towns.
	 * @throws AccessDeniedException if it lies elsewhere
	 */
	public CommunityElectionSummary election(long id) {
		CommunityElection election = this.lookup.readable(id);
		return this.lookup.summary(election);
	}

	/** The audit trail of one election in the caller's towns, newest first. */
	public List<AuditEntry> history(long id) {
		this.lookup.readable(id);
		return this.audit.history(ElectionStages.COMMUNITY_ELECTION, id);
	}

	/** A town's name, for labels. */
	public String townName(long townId) {
		return this.lookup.places().townNames().getOrDefault(townId, String.valueOf(townId));
	}

	/** Whether the caller may open the elections of a town's communities. */
	public boolean mayOpen(long townId) {
		return this.lookup.currentUser().readScope().includes(townId);
	}

	private Optional<ElectionRound> openRound() {
		return this.lookup.rounds().findFirstByClosedAtIsNullOrderByIdDesc();
	}

	private static String name(Map<Long, CommunitySummary> communities, long id) {
		CommunitySummary community = communities.get(id);
		return (community != null) ? community.name() : String.valueOf(id);
	}

	private static String code(Map<Long, CommunitySummary> communities, long id) {
		CommunitySummary community = communities.get(id);
		return (community != null) ? community.code() : String.valueOf(id);
	}

}
