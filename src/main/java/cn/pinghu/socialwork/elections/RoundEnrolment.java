package cn.pinghu.socialwork.elections;

import java.util.Map;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditService;
import cn.pinghu.socialwork.audit.FieldDiff;
import cn.pinghu.socialwork.elections.internal.CommunityElection;
import cn.pinghu.socialwork.elections.internal.CommunityElectionRepository;
import cn.pinghu.socialwork.elections.internal.ElectionRound;
import cn.pinghu.socialwork.elections.internal.ElectionRoundRepository;
import cn.pinghu.socialwork.places.CommunityEdited;
import cn.pinghu.socialwork.places.CommunityService;
import cn.pinghu.socialwork.places.CommunitySummary;
import cn.pinghu.socialwork.shared.events.DomainEvents;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Takes communities into a round: every active one when it opens, and one created or
 * brought back into use while it is open. An archived community keeps its election, which
 * leaves the figures ({@link ElectionFigures}). Runs in the transaction of the change
 * that calls it, so that a community and its election are stored together.
 */
@Component
class RoundEnrolment {

	private final ElectionRoundRepository rounds;

	private final CommunityElectionRepository elections;

	private final CommunityService places;

	private final AuditService audit;

	private final DomainEvents events;

	RoundEnrolment(ElectionRoundRepository rounds, CommunityElectionRepository elections, CommunityService places,
			AuditService audit, DomainEvents events) {
		this.rounds = rounds;
		this.elections = elections;
		this.places = places;
		this.audit = audit;
		this.events = events;
	}

	/** A community's election in the round, at the first stage, with its audit row. */
	void takeIn(ElectionRound round, long communityId, long townId) {
		CommunityElection election = this.elections.save(new CommunityElection(round.getId(), communityId, townId));
		Map<String, Object> fields = Map.of("round", round.getId(), "communityId", communityId, "stage",
				election.getStage());
		this.audit.record(AuditAction.CREATE, ElectionStages.COMMUNITY_ELECTION, election.getId(), townId,
				FieldDiff.created(fields));
	}

	/**
	 * A community created, changed or archived: one in use without an election in the
	 * open round gets one. Synchronous, inside the community's transaction.
	 */
	@EventListener
	void on(CommunityEdited edited) {
		this.rounds.findFirstByClosedAtIsNullOrderByIdDesc().ifPresent(round -> {
			CommunitySummary community = this.places.community(edited.communityId());
			if (community.archived()
					|| this.elections.findByRoundIdAndCommunityId(round.getId(), community.id()).isPresent()) {
				return;
			}
			takeIn(round, community.id(), community.townId());
			this.events.publish(new ElectionRoundEdited(round.getId()));
		});
	}

}
