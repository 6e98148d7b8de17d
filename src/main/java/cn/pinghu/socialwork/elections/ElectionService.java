package cn.pinghu.socialwork.elections;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditEntry;
import cn.pinghu.socialwork.audit.AuditService;
import cn.pinghu.socialwork.audit.FieldChange;
import cn.pinghu.socialwork.audit.FieldDiff;
import cn.pinghu.socialwork.elections.ElectionRejectedException.Rejection;
import cn.pinghu.socialwork.elections.internal.CommunityElection;
import cn.pinghu.socialwork.elections.internal.CommunityElectionRepository;
import cn.pinghu.socialwork.elections.internal.ElectionRound;
import cn.pinghu.socialwork.elections.internal.ElectionRoundRepository;
import cn.pinghu.socialwork.identity.Access;
import cn.pinghu.socialwork.identity.CurrentUser;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.identity.TownScope;
import cn.pinghu.socialwork.places.CommunityFilter;
import cn.pinghu.socialwork.places.CommunitySummary;
import cn.pinghu.socialwork.places.PlaceService;
import cn.pinghu.socialwork.places.TownSummary;
import cn.pinghu.socialwork.shared.data.StaleVersionException;
import cn.pinghu.socialwork.shared.events.DomainEvents;
import cn.pinghu.socialwork.shared.events.PastEvent;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee elections (两委换届): each community's way through the stages, the rules
 * every stage change keeps, and the figures per town and for the city. A coordinator
 * changes only the elections of their towns; every change writes its audit row and
 * publishes its event in its own transaction.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.READERS)
public class ElectionService {

	/** The entity type elections have in the audit trail. */
	public static final String COMMUNITY_ELECTION = "CommunityElection";

	/**
	 * Who reads the round's figures: the users who may, and the wall displays' screens.
	 */

	/** The most completions {@link #latestCompletions} lists. */
	public static final int MAX_LATEST_COMPLETIONS = 50;

	private final ElectionRoundRepository rounds;

	private final CommunityElectionRepository elections;

	private final PlaceService places;

	private final CurrentUser currentUser;

	private final AuditService audit;

	private final DomainEvents events;

	private final Clock clock;

	private final ZoneId zone;

	ElectionService(ElectionRoundRepository rounds, CommunityElectionRepository elections, PlaceService places,
			CurrentUser currentUser, AuditService audit, DomainEvents events, Clock clock,
			@Value("${console.zone}") ZoneId zone) {
		this.rounds = rounds;
		this.elections = elections;
		this.places = places;
		this.currentUser = currentUser;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.zone = zone;
	}

	/** Today in the console's time zone. */
	@PreAuthorize(Access.SCREEN_READERS)
	public LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.zone);
	}

	/** The round under way today: the latest one started, else the first to come. */
	public Optional<RoundSummary> round() {
		return round(today()).map(ElectionRecords::toSummary);
	}

	/** The round under way today, as of today. */
	@PreAuthorize(Access.SCREEN_READERS)
	public Optional<ElectionOverview> overview() {
		return overview(today());
	}

	/** The round under way on a day, with each town's figures and signal on that day. */
	@PreAuthorize(Access.SCREEN_READERS)
	public Optional<ElectionOverview> overview(LocalDate asOf) {
		return round(asOf).map(round -> {
			Map<Long, List<CommunityElectionSummary>> byTown = this.elections.findByRoundId(round.getId())
				.stream()
				.map(election -> ElectionRecords.toSummary(round, election, "", asOf))
				.collect(Collectors.groupingBy(CommunityElectionSummary::townId));
			List<TownElections> towns = new ArrayList<>();
			List<CommunityElectionSummary> all = new ArrayList<>();
			for (TownSummary town : this.places.towns()) {
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
		Optional<ElectionRound> round = round(today());
		TownScope scope = this.currentUser.townScope();
		if (round.isEmpty() || (!scope.allTowns() && scope.townIds().isEmpty())) {
			return List.of();
		}
		Pageable page = PageRequest.of(0, limit);
		List<CommunityElection> completed = scope.allTowns()
				? this.elections.findLatestCompleted(round.get().getId(), page)
				: this.elections.findLatestCompletedIn(round.get().getId(), scope.townIds(), page);
		Map<Long, String> communities = this.places
			.communityNames(completed.stream().map(CommunityElection::getCommunityId).toList());
		Map<Long, String> towns = this.places.townNames();
		return completed.stream()
			.map(election -> new ElectionCompletion(election.getId(), election.getCommunityId(),
					communities.getOrDefault(election.getCommunityId(), String.valueOf(election.getCommunityId())),
					election.getTownId(),
					towns.getOrDefault(election.getTownId(), String.valueOf(election.getTownId())),
					Objects.requireNonNull(election.completedOn(ElectionStage.HANDOVER))))
			.toList();
	}

	/**
	 * The latest election stages completed in the caller's towns, the latest first, at
	 * most {@code limit}: the screens' ticker. Reads what the outbox still holds (a
	 * week).
	 * @throws IllegalArgumentException unless {@code limit} is 1 to
	 * {@value #MAX_LATEST_COMPLETIONS}
	 */
	@PreAuthorize(Access.SCREEN_READERS)
	public List<ElectionNews> latestNews(int limit) {
		if (limit < 1 || limit > MAX_LATEST_COMPLETIONS) {
			throw new IllegalArgumentException(
					"Between 1 and " + MAX_LATEST_COMPLETIONS + " events may be listed, not " + limit);
		}
		TownScope scope = this.currentUser.townScope();
		// A town's user reads further back, since the other towns' events are left out.
		List<ElectionStageCompleted> completed = new ArrayList<>();
		List<PastEvent> shown = this.events
			.latest(List.of(ElectionStageCompleted.class), scope.allTowns() ? limit : limit * 4)
			.stream()
			.filter(event -> scope.includes(((ElectionStageCompleted) event.event()).townId()))
			.limit(limit)
			.toList();
		shown.forEach(event -> completed.add((ElectionStageCompleted) event.event()));
		Map<Long, String> communities = this.places
			.communityNames(completed.stream().map(ElectionStageCompleted::communityId).distinct().toList());
		Map<Long, String> towns = this.places.townNames();
		return shown.stream().map(event -> {
			ElectionStageCompleted change = (ElectionStageCompleted) event.event();
			return new ElectionNews(event.outboxId(), event.occurredAt(), change,
					towns.getOrDefault(change.townId(), String.valueOf(change.townId())),
					communities.getOrDefault(change.communityId(), String.valueOf(change.communityId())));
		}).toList();
	}

	/**
	 * The elections of a town in the caller's towns, by community code.
	 * @throws AccessDeniedException if the town lies outside the caller's towns
	 */
	public List<CommunityElectionSummary> townElections(long townId) {
		if (!this.currentUser.townScope().includes(townId)) {
			throw new AccessDeniedException("Town " + townId + " lies outside the caller's towns");
		}
		Optional<ElectionRound> round = round(today());
		if (round.isEmpty()) {
			return List.of();
		}
		Map<Long, CommunitySummary> communities = this.places
			.communities(new CommunityFilter(null, townId, null, true), Pageable.unpaged())
			.stream()
			.collect(Collectors.toMap(CommunitySummary::id, community -> community));
		LocalDate today = today();
		return this.elections.findByRoundIdAndTownId(round.get().getId(), townId)
			.stream()
			.sorted(Comparator.comparing(election -> code(communities, election.getCommunityId())))
			.map(election -> ElectionRecords.toSummary(round.get(), election,
					name(communities, election.getCommunityId()), today))
			.toList();
	}

	/**
	 * One community's election, if it lies in the caller's towns.
	 * @throws AccessDeniedException if it lies elsewhere
	 */
	public CommunityElectionSummary election(long id) {
		CommunityElection election = inScope(id);
		return summary(election);
	}

	/** The audit trail of one election in the caller's towns, newest first. */
	public List<AuditEntry> history(long id) {
		inScope(id);
		return this.audit.history(COMMUNITY_ELECTION, id);
	}

	/** A town's name, for labels. */
	public String townName(long townId) {
		return this.places.townNames().getOrDefault(townId, String.valueOf(townId));
	}

	/** Whether the caller may open the elections of a town's communities. */
	public boolean mayOpen(long townId) {
		return this.currentUser.townScope().includes(townId);
	}

	/** Whether the caller may change the elections of a town. */
	public boolean mayChange(long townId) {
		return this.currentUser.get()
			.filter(user -> user.hasRole(Role.ADMIN) || user.hasRole(Role.COORDINATOR))
			.isPresent() && this.currentUser.townScope().includes(townId);
	}

	/** Whether the caller may take elections back to an earlier stage. */
	public boolean mayReopen() {
		return this.currentUser.get().filter(user -> user.hasRole(Role.ADMIN)).isPresent();
	}

	/**
	 * Completes the stage under way in a community's election of the caller's towns. A
	 * vote in which no more than half of the registered voters voted leads to a
	 * re-election instead of the handover.
	 * @throws AccessDeniedException if the election lies outside the caller's towns
	 * @throws StaleVersionException if the election changed since the caller read it
	 * @throws ElectionRejectedException if the completion breaks a rule; nothing is
	 * stored
	 */
	@Transactional
	@PreAuthorize(Access.EDITORS)
	public CommunityElectionSummary completeStage(StageCompletion completion) {
		CommunityElection election = actOn(completion.electionId(), completion.version());
		ElectionStage stage = election.getStage();
		if (stage == ElectionStage.COMPLETED) {
			throw new ElectionRejectedException(null, "elections.rejected.completed");
		}
		if (completion.stage() != stage) {
			throw new ElectionRejectedException(null, "elections.rejected.not-current-stage");
		}
		ElectionRound round = this.rounds.findById(election.getRoundId()).orElseThrow();
		LocalDate previous = previousDay(round, election);
		List<Rejection> rejections = StageRules.check(completion, today(), previous, stage == ElectionStage.AUDIT,
				election.getRegisteredVoters());
		if (!rejections.isEmpty()) {
			throw new ElectionRejectedException(rejections);
		}
		Map<String, @Nullable Object> before = ElectionRecords.audited(election);
		LocalDate day = Objects.requireNonNull(completion.completedOn());
		election.setCompletedOn(stage, day);
		ElectionChanged event;
		switch (stage) {
			case VOTER_REGISTRATION -> election.registerVoters(completion.registeredVoters());
			case NOMINATION -> election.nominate(completion.candidates(), completion.seats());
			case HANDOVER -> election.recordResults(completion.results());
			default -> {
				// the other stages record their day only; a vote is handled below
			}
		}
		if (stage.isVote()) {
			int ballots = Objects.requireNonNull(completion.ballotsCast());
			int registered = Objects.requireNonNull(election.getRegisteredVoters());
			election.vote(ballots);
			if (StageRules.valid(ballots, registered)) {
				election.moveTo(ElectionStage.HANDOVER);
				event = new ElectionStageCompleted(election.getId(), election.getCommunityId(), election.getTownId(),
						stage, ElectionStage.HANDOVER, day);
			}
			else {
				election.moveTo(ElectionStage.RE_ELECTION);
				event = new ElectionVoteFailed(election.getId(), election.getCommunityId(), election.getTownId(), day,
						ballots, registered);
			}
		}
		else {
			ElectionStage next = stage.next().orElseThrow();
			election.moveTo(next);
			event = new ElectionStageCompleted(election.getId(), election.getCommunityId(), election.getTownId(), stage,
					next, day);
		}
		CommunityElection saved = save(election, completion.version());
		this.audit.record(AuditAction.UPDATE, COMMUNITY_ELECTION, saved.getId(), saved.getTownId(),
				FieldDiff.between(before, ElectionRecords.audited(saved)));
		this.events.publish((Record) event);
		return summary(saved);
	}

	/**
	 * Takes a community's election back to an earlier stage of the main line, clearing
	 * what was recorded from that stage on; for administrators only.
	 * @throws StaleVersionException if the election changed since the caller read it
	 * @throws ElectionRejectedException without a reason or an earlier stage
	 */
	@Transactional
	@PreAuthorize(Access.ADMIN)
	public CommunityElectionSummary reopen(Reopening reopening) {
		CommunityElection election = actOn(reopening.electionId(), reopening.version());
		ElectionStage from = election.getStage();
		ElectionStage to = reopening.stage();
		String reason = (reopening.reason() != null) ? reopening.reason().strip() : "";
		List<Rejection> rejections = new ArrayList<>();
		if (to == null) {
			rejections.add(new Rejection("stage", "elections.validation.required", List.of()));
		}
		else if (!ElectionRecords.reopenable(from, to)) {
			rejections.add(new Rejection("stage", "elections.rejected.reopen-not-earlier", List.of()));
		}
		if (reason.isEmpty()) {
			rejections.add(new Rejection("reason", "elections.validation.reason-required", List.of()));
		}
		else if (reason.length() > 200) {
			rejections.add(new Rejection("reason", "elections.validation.reason-too-long", List.of(200)));
		}
		if (!rejections.isEmpty() || to == null) {
			throw new ElectionRejectedException(rejections);
		}
		Map<String, @Nullable Object> before = ElectionRecords.audited(election);
		ElectionRecords.clearFrom(election, to);
		CommunityElection saved = save(election, reopening.version());
		List<FieldChange> changes = new ArrayList<>(FieldDiff.between(before, ElectionRecords.audited(saved)));
		changes.add(new FieldChange("reopenReason", null, reason));
		this.audit.record(AuditAction.UPDATE, COMMUNITY_ELECTION, saved.getId(), saved.getTownId(), changes);
		this.events
			.publish(new ElectionReopened(saved.getId(), saved.getCommunityId(), saved.getTownId(), from, to, reason));
		return summary(saved);
	}

	/** The stages an election at {@code from} may be taken back to. */
	public static List<ElectionStage> reopenTargets(ElectionStage from) {
		return ElectionStage.MAIN_LINE.stream().filter(to -> ElectionRecords.reopenable(from, to)).toList();
	}

	private LocalDate previousDay(ElectionRound round, CommunityElection election) {
		ElectionStage stage = election.getStage();
		if (stage == ElectionStage.AUDIT) {
			return round.getStartsOn();
		}
		ElectionStage before = (stage == ElectionStage.RE_ELECTION) ? ElectionStage.VOTING
				: ElectionStage.MAIN_LINE.get(stage.rank() - 1);
		LocalDate day = election.completedOn(before);
		return (day != null) ? day : round.getStartsOn();
	}

	private CommunityElection inScope(long id) {
		CommunityElection election = this.elections.findById(id)
			.orElseThrow(() -> new IllegalArgumentException("No election " + id));
		if (!this.currentUser.townScope().includes(election.getTownId())) {
			throw new AccessDeniedException("Election " + id + " lies outside the caller's towns");
		}
		return election;
	}

	/** The election to change, if the caller may change it as they saw it. */
	private CommunityElection actOn(long id, long seenVersion) {
		CommunityElection election = inScope(id);
		// the community's own town decides as well: PlaceService refuses one outside the
		// caller's towns
		this.places.community(election.getCommunityId());
		if (election.getVersion() != seenVersion) {
			throw new StaleVersionException(COMMUNITY_ELECTION, id);
		}
		return election;
	}

	/** Flushes now, so that a concurrent change surfaces here as a stale version. */
	private CommunityElection save(CommunityElection election, long seenVersion) {
		try {
			return this.elections.saveAndFlush(election);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new StaleVersionException(COMMUNITY_ELECTION, election.getId(), ex);
		}
	}

	private Optional<ElectionRound> round(LocalDate day) {
		return this.rounds.findFirstByStartsOnLessThanEqualOrderByStartsOnDescIdDesc(day)
			.or(this.rounds::findFirstByOrderByStartsOnAscIdAsc);
	}

	private CommunityElectionSummary summary(CommunityElection election) {
		ElectionRound round = this.rounds.findById(election.getRoundId()).orElseThrow();
		String name = this.places.community(election.getCommunityId()).name();
		return ElectionRecords.toSummary(round, election, name, today());
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
