package cn.pinghu.socialwork.elections;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditService;
import cn.pinghu.socialwork.audit.FieldChange;
import cn.pinghu.socialwork.audit.FieldDiff;
import cn.pinghu.socialwork.elections.ElectionRejectedException.Rejection;
import cn.pinghu.socialwork.elections.RoundIntake.TownIntake;
import cn.pinghu.socialwork.elections.internal.CommunityElectionRepository;
import cn.pinghu.socialwork.elections.internal.ElectionRound;
import cn.pinghu.socialwork.elections.internal.ElectionRoundRepository;
import cn.pinghu.socialwork.elections.internal.TownStagePlan;
import cn.pinghu.socialwork.identity.Access;
import cn.pinghu.socialwork.places.CommunityFilter;
import cn.pinghu.socialwork.places.CommunityService;
import cn.pinghu.socialwork.places.CommunitySummary;
import cn.pinghu.socialwork.places.TownSummary;
import cn.pinghu.socialwork.shared.data.StaleVersionException;
import cn.pinghu.socialwork.shared.events.DomainEvents;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators open a round over every active community and close it; one round is open
 * at a time, and the election pages, screens and reports show the open one. Both are
 * audited under {@link #ROUND} and published ({@link ElectionRoundEdited}).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.ADMIN)
public class ElectionRoundService {

	/** The entity type rounds have in the audit trail. */
	public static final String ROUND = "ElectionRound";

	/** The longest name of a round. */
	public static final int NAME_LENGTH = 64;

	/** The longest reason for closing a round with communities not completed. */
	public static final int REASON_LENGTH = 200;

	private final ElectionRoundRepository rounds;

	private final CommunityElectionRepository elections;

	private final CommunityService places;

	private final AuditService audit;

	private final DomainEvents events;

	private final RoundEnrolment enrolment;

	private final Clock clock;

	ElectionRoundService(ElectionRoundRepository rounds, CommunityElectionRepository elections, CommunityService places,
			AuditService audit, DomainEvents events, RoundEnrolment enrolment, Clock clock) {
		this.enrolment = enrolment;
		this.rounds = rounds;
		this.elections = elections;
		this.places = places;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** The open round, if any. */
	public Optional<RoundSummary> current() {
		return this.rounds.findFirstByClosedAtIsNullOrderByIdDesc().map(ElectionRecords::toSummary);
	}

	/** The towns, in their order: those a round may give dates of their own. */
	public List<TownSummary> towns() {
		return this.places.towns();
	}

	/** How many of a round's active communities are not completed yet. */
	public long unfinished(long roundId) {
		return this.elections.countActiveUnfinished(roundId);
	}

	/**
	 * What opening the draft would take in now: the active communities of each town.
	 * @throws ElectionRejectedException if the draft breaks a rule, or a round is open
	 */
	public RoundIntake preview(RoundDraft draft) {
		refuseWhileOpen();
		check(draft);
		Map<Long, Long> perTown = activeCommunities().stream()
			.collect(Collectors.groupingBy(CommunitySummary::townId, Collectors.counting()));
		List<TownIntake> towns = new ArrayList<>();
		for (TownSummary town : this.places.towns()) {
			towns.add(new TownIntake(town.id(), town.name(), perTown.getOrDefault(town.id(), 0L)));
		}
		return new RoundIntake(towns, towns.stream().mapToLong(TownIntake::communities).sum());
	}

	/**
	 * Opens a round with one election for every active community, at its first stage.
	 * @return the new round's id
	 * @throws ElectionRejectedException if the draft breaks a rule, or a round is open
	 * (rule: one round at a time); nothing is stored
	 */
	@Transactional
	public long open(RoundDraft draft) {
		refuseWhileOpen();
		check(draft);
		Set<TownStagePlan> townPlan = new HashSet<>();
		draft.townPlans()
			.forEach((town, dates) -> dates
				.forEach((stage, dueOn) -> townPlan.add(new TownStagePlan(town, stage, dueOn))));
		ElectionRound round = new ElectionRound(Objects.requireNonNull(draft.name()).strip(),
				Objects.requireNonNull(draft.startsOn()), Objects.requireNonNull(draft.endsOn()), draft.plan(),
				townPlan, this.clock.instant());
		try {
			this.rounds.saveAndFlush(round);
		}
		catch (DataIntegrityViolationException ex) {
			// Another administrator opened one in the meantime: the database allows one.
			throw new ElectionRejectedException(null, "elections.round.rejected.opened-meanwhile");
		}
		this.audit.record(AuditAction.CREATE, ROUND, round.getId(), null, FieldDiff.created(audited(draft)));
		for (CommunitySummary community : activeCommunities()) {
			this.enrolment.takeIn(round, community.id(), community.townId());
		}
		this.events.publish(new ElectionRoundEdited(round.getId()));
		return round.getId();
	}

	/**
	 * Closes a round: its elections stay, read-only, and no round is under way until
	 * another is opened. With communities not completed, only with a reason.
	 * @throws StaleVersionException if the round changed since it was read
	 * @throws ElectionRejectedException if it is closed already, or a reason is missing
	 * or too long
	 */
	@Transactional
	public void close(long roundId, long version, @Nullable String reason) {
		ElectionRound round = this.rounds.findById(roundId)
			.orElseThrow(() -> new IllegalArgumentException("No round " + roundId));
		if (round.isClosed()) {
			throw new ElectionRejectedException(null, "elections.round.rejected.closed", round.getName());
		}
		if (round.getVersion() != version) {
			throw new StaleVersionException(ROUND, roundId);
		}
		String why = (reason != null) ? reason.strip() : "";
		long unfinished = unfinished(roundId);
		if (unfinished > 0 && why.isEmpty()) {
			throw new ElectionRejectedException("reason", "elections.round.rejected.reason-required", unfinished);
		}
		if (why.length() > REASON_LENGTH) {
			throw new ElectionRejectedException("reason", "elections.round.validation.reason-too-long", REASON_LENGTH);
		}
		Instant now = this.clock.instant();
		round.close(now, why.isEmpty() ? null : why);
		try {
			this.rounds.saveAndFlush(round);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new StaleVersionException(ROUND, roundId, ex);
		}
		List<FieldChange> changes = new ArrayList<>();
		changes.add(new FieldChange("closedAt", null, now.toString()));
		if (!why.isEmpty()) {
			changes.add(new FieldChange("closedReason", null, why));
		}
		this.audit.record(AuditAction.UPDATE, ROUND, roundId, null, changes);
		this.events.publish(new ElectionRoundEdited(roundId));
	}

	private void refuseWhileOpen() {
		this.rounds.findFirstByClosedAtIsNullOrderByIdDesc().ifPresent(open -> {
			throw new ElectionRejectedException(null, "elections.round.rejected.already-open", open.getName());
		});
	}

	private void check(RoundDraft draft) {
		Set<Long> towns = this.places.towns().stream().map(TownSummary::id).collect(Collectors.toSet());
		List<Rejection> rejections = RoundRules.check(draft, towns);
		if (!rejections.isEmpty()) {
			throw new ElectionRejectedException(rejections);
		}
	}

	private List<CommunitySummary> activeCommunities() {
		return this.places.communities(CommunityFilter.inUse(), Pageable.unpaged()).getContent();
	}

	/** The fields of a new round that the audit trail keeps. */
	private static Map<String, @Nullable Object> audited(RoundDraft draft) {
		Map<String, @Nullable Object> fields = new LinkedHashMap<>();
		fields.put("name", Objects.requireNonNull(draft.name()).strip());
		fields.put("startsOn", draft.startsOn());
		fields.put("endsOn", draft.endsOn());
		for (ElectionStage stage : RoundRules.plannedStages()) {
			fields.put("plan." + stage.name(), draft.plan().get(stage));
		}
		Map<String, LocalDate> towns = new HashMap<>();
		draft.townPlans()
			.forEach((town, dates) -> dates
				.forEach((stage, dueOn) -> towns.put("townPlans." + town + "." + stage.name(), dueOn)));
		towns.keySet().stream().sorted().forEach(key -> fields.put(key, towns.get(key)));
		return fields;
	}

}
