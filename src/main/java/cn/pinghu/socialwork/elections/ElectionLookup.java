package cn.pinghu.socialwork.elections;

import java.time.LocalDate;
import java.util.List;

import cn.pinghu.socialwork.elections.internal.CommunityElection;
import cn.pinghu.socialwork.elections.internal.CommunityElectionRepository;
import cn.pinghu.socialwork.elections.internal.ElectionMemberRepository;
import cn.pinghu.socialwork.elections.internal.ElectionRound;
import cn.pinghu.socialwork.elections.internal.ElectionRoundRepository;
import cn.pinghu.socialwork.identity.CurrentUser;
import cn.pinghu.socialwork.places.CommunityService;
import cn.pinghu.socialwork.shared.ConsoleCalendar;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What {@link ElectionFigures} and {@link ElectionStages} both read: the stores of
 * rounds, elections and their members, the communities, the signed-in user, today in the
 * console's time zone, one election if it lies in the caller's towns, and its summary.
 * Runs in the transaction and under the access check of the service that calls it.
 */
@Component
class ElectionLookup {

	private final ElectionRoundRepository rounds;

	private final CommunityElectionRepository elections;

	private final CommunityService places;

	private final CurrentUser currentUser;

	private final ConsoleCalendar calendar;

	private final ElectionMemberRepository members;

	ElectionLookup(ElectionRoundRepository rounds, CommunityElectionRepository elections, CommunityService places,
			CurrentUser currentUser, ConsoleCalendar calendar, ElectionMemberRepository members) {
		this.members = members;
		this.rounds = rounds;
		this.elections = elections;
		this.places = places;
		this.currentUser = currentUser;
		this.calendar = calendar;
	}

	ElectionRoundRepository rounds() {
		return this.rounds;
	}

	CommunityElectionRepository elections() {
		return this.elections;
	}

	ElectionMemberRepository members() {
		return this.members;
	}

	CommunityService places() {
		return this.places;
	}

	CurrentUser currentUser() {
		return this.currentUser;
	}

	LocalDate today() {
		return this.calendar.today();
	}

	/** An election the caller reads. */
	CommunityElection readable(long id) {
		CommunityElection election = find(id);
		if (!this.currentUser.readScope().includes(election.getTownId())) {
			throw new AccessDeniedException("Election " + id + " lies outside the caller's towns");
		}
		return election;
	}

	/** An election the caller changes. */
	CommunityElection writable(long id) {
		CommunityElection election = find(id);
		if (!this.currentUser.writeScope().includes(election.getTownId())) {
			throw new AccessDeniedException("Election " + id + " lies outside the towns the caller changes");
		}
		return election;
	}

	private CommunityElection find(long id) {
		return this.elections.findById(id).orElseThrow(() -> new IllegalArgumentException("No election " + id));
	}

	CommunityElectionSummary summary(CommunityElection election) {
		ElectionRound round = this.rounds.findById(election.getRoundId()).orElseThrow();
		String name = this.places.community(election.getCommunityId()).name();
		return ElectionRecords.toSummary(round, election, name, today(),
				this.members.findByElectionIds(List.of(election.getId())));
	}

}
