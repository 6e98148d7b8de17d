package cn.pinghu.socialwork.elections;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditService;
import cn.pinghu.socialwork.audit.FieldChange;
import cn.pinghu.socialwork.audit.FieldDiff;
import cn.pinghu.socialwork.elections.ElectionRejectedException.Rejection;
import cn.pinghu.socialwork.elections.internal.CommunityElection;
import cn.pinghu.socialwork.elections.internal.ElectionMember;
import cn.pinghu.socialwork.elections.internal.ElectionRound;
import cn.pinghu.socialwork.identity.Access;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.places.CommunityKind;
import cn.pinghu.socialwork.places.CommunityService;
import cn.pinghu.socialwork.shared.data.StaleVersionException;
import cn.pinghu.socialwork.shared.events.DomainEvents;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee elections' (两委换届) stage changes: completing the stage under way, a failed
 * vote leading to a 重新选举 and open seats to a 另行选举, and taking an election back to an
 * earlier stage, with the rules every change keeps and who may make it. A coordinator
 * changes only the elections of their towns; every change writes its audit row and
 * publishes its event in its own transaction. {@link ElectionFigures} reads what they
 * change.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.READERS)
public class ElectionStages {

	/** The entity type elections have in the audit trail. */
	public static final String COMMUNITY_ELECTION = "CommunityElection";

	private final AuditService audit;

	private final DomainEvents events;

	private final ElectionLookup lookup;

	ElectionStages(AuditService audit, DomainEvents events, ElectionLookup lookup) {
		this.audit = audit;
		this.events = events;
		this.lookup = lookup;
	}

	/**
	 * Whether the caller may change the elections of a town, as the service checks it.
	 */
	public boolean mayChange(long townId) {
		return this.lookup.currentUser().writeScope().includes(townId);
	}

	/** Whether the caller may take elections back to an earlier stage. */
	public boolean mayReopen() {
		return this.lookup.currentUser().get().filter(user -> user.hasRole(Role.ADMIN)).isPresent();
	}

	/**
	 * Completes the stage under way in a community's election of the caller's towns. A
	 * Party meeting with no more than four fifths of its members present is held again; a
	 * vote in which no more than half of the registered voters voted leads to a 重新选举, a
	 * valid one that left seats open to a 另行选举, instead of the supervisory committee's.
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
		ElectionRound round = this.lookup.rounds().findById(election.getRoundId()).orElseThrow();
		CommunityKind kind = this.lookup.places().community(election.getCommunityId()).kind();
		LocalDate previous = previousDay(round, election);
		List<Rejection> rejections = StageRules.check(completion, this.lookup.today(), previous,
				stage == ElectionStage.AUDIT, election, kind);
		if (!rejections.isEmpty()) {
			throw new ElectionRejectedException(rejections);
		}
		Map<String, @Nullable Object> before = audited(election);
		LocalDate day = Objects.requireNonNull(completion.completedOn());
		ElectionChanged event = switch (stage) {
			case PARTY_ELECTION -> partyElection(election, completion, day);
			case VOTING, RE_VOTE -> vote(election, completion, day);
			case SUPPLEMENTARY_VOTE -> supplementaryVote(election, completion, day);
			case SUPERVISORY -> {
				replaceMembers(election, MemberBody.SUPERVISORY_COMMITTEE, completion.members());
				election.setCompletedOn(stage, day);
				yield moveOn(election, stage, day);
			}
			default -> {
				election.setCompletedOn(stage, day);
				switch (stage) {
					case VOTER_REGISTRATION -> election.registerVoters(completion.registeredVoters());
					case NOMINATION -> election.nominate(completion.candidates(), completion.seats());
					case HANDOVER -> {
						ElectionResults results = Objects.requireNonNull(completion.results());
						election.recordResults(results);
						election.flagWithoutWoman(
								VoteRules.womanRequired(kind) && Objects.requireNonNull(results.committeeWomen()) == 0);
					}
					default -> {
						// the audit and the election committee record their day only
					}
				}
				yield moveOn(election, stage, day);
			}
		};
		CommunityElection saved = save(election, completion.version());
		this.audit.record(AuditAction.UPDATE, COMMUNITY_ELECTION, saved.getId(), saved.getTownId(),
				FieldDiff.between(before, audited(saved)));
		this.events.publish((Record) event);
		return this.lookup.summary(saved);
	}

	/**
	 * A Party members' meeting: invalid with no more than four fifths of the members
	 * expected present, when it is held again; else its members are elected and the line
	 * goes on (《中国共产党基层组织选举工作条例》).
	 */
	private ElectionChanged partyElection(CommunityElection election, StageCompletion completion, LocalDate day) {
		PartyAttendance attendance = Objects.requireNonNull(completion.party());
		int expected = Objects.requireNonNull(attendance.membersExpected());
		int present = Objects.requireNonNull(attendance.membersPresent());
		if (!PartyElectionRules.meetingValid(present, expected)) {
			election.partyMeeting(expected, present, attendance.seats());
			return new PartyMeetingInvalid(election.getId(), election.getCommunityId(), election.getTownId(), day,
					present, expected);
		}
		// the members first, while the election itself is unchanged: one version per
		// change
		replaceMembers(election, MemberBody.PARTY_COMMITTEE, completion.members());
		election.partyMeeting(expected, present, attendance.seats());
		election.setCompletedOn(ElectionStage.PARTY_ELECTION, day);
		return moveOn(election, ElectionStage.PARTY_ELECTION, day);
	}

	private void replaceMembers(CommunityElection election, MemberBody body, List<ElectedMember> elected) {
		this.lookup.members().deleteBody(election.getId(), body);
		for (int i = 0; i < elected.size(); i++) {
			this.lookup.members().save(new ElectionMember(election.getId(), body, i + 1, elected.get(i)));
		}
	}

	/** The fields the audit trail follows, the members elected among them. */
	private Map<String, @Nullable Object> audited(CommunityElection election) {
		return ElectionRecords.audited(election, this.lookup.members().findByElectionIds(List.of(election.getId())));
	}

	/**
	 * A vote of the whole committee: invalid with no more than half of the registered
	 * voters voting, which calls a 重新选举; with seats left open, a 另行选举; else the line goes
	 * on (《村民委员会组织法》第十五条).
	 */
	private ElectionChanged vote(CommunityElection election, StageCompletion completion, LocalDate day) {
		int ballots = Objects.requireNonNull(completion.ballotsCast());
		int registered = Objects.requireNonNull(election.getRegisteredVoters());
		election.setCompletedOn(election.getStage(), day);
		if (!VoteRules.valid(ballots, registered)) {
			election.vote(ballots, 0);
			election.moveTo(ElectionStage.RE_VOTE);
			return new ElectionVoteFailed(election.getId(), election.getCommunityId(), election.getTownId(), day,
					ballots, registered);
		}
		int elected = Objects.requireNonNull(completion.elected());
		election.vote(ballots, elected);
		int seats = Objects.requireNonNull(election.getSeats());
		if (elected < seats) {
			ElectionStage stage = election.getStage();
			election.moveTo(ElectionStage.SUPPLEMENTARY_VOTE);
			return new ElectionStageCompleted(election.getId(), election.getCommunityId(), election.getTownId(), stage,
					ElectionStage.SUPPLEMENTARY_VOTE, day);
		}
		return moveOn(election, election.getStage(), day);
	}

	/**
	 * A 另行选举 for the open seats: the leading candidates with at least one third of the
	 * ballots cast win them; the seats filled before stay filled, and the line goes on.
	 */
	private ElectionChanged supplementaryVote(CommunityElection election, StageCompletion completion, LocalDate day) {
		int ballots = Objects.requireNonNull(completion.ballotsCast());
		int open = Objects.requireNonNull(election.getSeats()) - value(election.getElected());
		election.supplementaryVote(day, ballots,
				VoteRules.supplementaryWinners(completion.candidateVotes(), open, ballots));
		return moveOn(election, ElectionStage.SUPPLEMENTARY_VOTE, day);
	}

	private static ElectionStageCompleted moveOn(CommunityElection election, ElectionStage stage, LocalDate day) {
		ElectionStage next = stage.next().orElseThrow();
		election.moveTo(next);
		return new ElectionStageCompleted(election.getId(), election.getCommunityId(), election.getTownId(), stage,
				next, day);
	}

	private static int value(@Nullable Integer count) {
		return (count != null) ? count : 0;
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
		Map<String, @Nullable Object> before = audited(election);
		for (MemberBody body : MemberBody.values()) {
			if (ElectionRecords.clears(to, body)) {
				this.lookup.members().deleteBody(election.getId(), body);
			}
		}
		ElectionRecords.clearFrom(election, to);
		CommunityElection saved = save(election, reopening.version());
		List<FieldChange> changes = new ArrayList<>(FieldDiff.between(before, audited(saved)));
		changes.add(new FieldChange("reopenReason", null, reason));
		this.audit.record(AuditAction.UPDATE, COMMUNITY_ELECTION, saved.getId(), saved.getTownId(), changes);
		this.events
			.publish(new ElectionReopened(saved.getId(), saved.getCommunityId(), saved.getTownId(), from, to, reason));
		return this.lookup.summary(saved);
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
		if (stage == ElectionStage.SUPERVISORY && election.getSupplementaryVoteDoneOn() != null) {
			return election.getSupplementaryVoteDoneOn();
		}
		ElectionStage before = stage.isSidePath() ? ElectionStage.VOTING
				: ElectionStage.MAIN_LINE.get(stage.rank() - 1);
		LocalDate day = election.completedOn(before);
		return (day != null) ? day : round.getStartsOn();
	}

	/** The election to change, if the caller may change it as they saw it. */
	private CommunityElection actOn(long id, long seenVersion) {
		CommunityElection election = this.lookup.writable(id);
		// the community's own town decides as well: CommunityService refuses one outside
		// the towns the caller changes
		if (!this.lookup.places().mayChange(this.lookup.places().community(election.getCommunityId()).townId())) {
			throw new AccessDeniedException("Election " + id + " lies outside the towns the caller changes");
		}
		if (election.getVersion() != seenVersion) {
			throw new StaleVersionException(COMMUNITY_ELECTION, id);
		}
		if (this.lookup.rounds().findById(election.getRoundId()).orElseThrow().isClosed()) {
			throw new ElectionRejectedException(null, "elections.rejected.round-closed");
		}
		return election;
	}

	/** Flushes now, so that a concurrent change surfaces here as a stale version. */
	private CommunityElection save(CommunityElection election, long seenVersion) {
		try {
			return this.lookup.elections().saveAndFlush(election);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new StaleVersionException(COMMUNITY_ELECTION, election.getId(), ex);
		}
	}

}
