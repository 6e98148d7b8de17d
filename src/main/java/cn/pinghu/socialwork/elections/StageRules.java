package cn.pinghu.socialwork.elections;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.pinghu.socialwork.elections.ElectionRejectedException.Rejection;
import cn.pinghu.socialwork.elections.internal.CommunityElection;
import cn.pinghu.socialwork.places.CommunityKind;
import org.jspecify.annotations.Nullable;

/**
 * The rules a stage completion must keep: the stage under way, dates in order and not in
 * the future, and what each stage records. Collects every broken rule so that a form can
 * show them all at once.
 */
final class StageRules extends CheckedFields {

	/** The youngest and oldest plausible average age of a committee. */
	static final BigDecimal MIN_AVERAGE_AGE = new BigDecimal("18.0");

	static final BigDecimal MAX_AVERAGE_AGE = new BigDecimal("80.0");

	private StageRules() {
	}

	/**
	 * The broken rules of a completion of the stage under way.
	 * @param previousDay the day the step before was completed (for the first stage, the
	 * round's start)
	 * @param election the election as stored: the voters registered and the seats, for a
	 * vote
	 * @param kind the community's kind, whose committee has its own size
	 */
	static List<Rejection> check(StageCompletion completion, LocalDate today, LocalDate previousDay,
			boolean previousIsRoundStart, CommunityElection election, CommunityKind kind) {
		StageRules rules = new StageRules();
		rules.checkDate(completion.completedOn(), today, previousDay, previousIsRoundStart);
		Integer registered = election.getRegisteredVoters();
		switch (completion.stage()) {
			case PARTY_ELECTION ->
				rules.rejections.addAll(MemberRules.checkPartyElection(completion.party(), completion.members()));
			case SUPERVISORY -> rules.rejections.addAll(MemberRules.checkSupervisory(completion.members()));
			case VOTER_REGISTRATION -> rules.positive("registeredVoters", completion.registeredVoters());
			case NOMINATION -> rules.checkNomination(completion.candidates(), completion.seats(), kind);
			case VOTING, RE_VOTE -> {
				if (rules.checkBallots(completion.ballotsCast(), registered) && registered != null) {
					rules.checkElected(completion.elected(), election.getSeats(),
							VoteRules.valid(completion.ballotsCast(), registered));
				}
			}
			case SUPPLEMENTARY_VOTE -> {
				if (rules.checkBallots(completion.ballotsCast(), registered)) {
					rules.checkCandidateVotes(completion.candidateVotes(), completion.ballotsCast());
				}
			}
			case HANDOVER -> rules.checkResults(completion.results(), election.getSeats());
			default -> {
				// the audit and the election committee record their day only
			}
		}
		return List.copyOf(rules.rejections);
	}

	private void checkDate(@Nullable LocalDate day, LocalDate today, LocalDate previousDay,
			boolean previousIsRoundStart) {
		if (day == null) {
			reject("completedOn", "elections.validation.date-required");
			return;
		}
		if (day.isAfter(today)) {
			reject("completedOn", "elections.validation.date-future", day.toString());
		}
		else if (day.isBefore(previousDay)) {
			reject("completedOn", previousIsRoundStart ? "elections.validation.date-before-round"
					: "elections.validation.date-before-previous", previousDay.toString());
		}
	}

	private void checkNomination(@Nullable Integer candidates, @Nullable Integer seats, CommunityKind kind) {
		boolean seatsGiven = positive("seats", seats);
		boolean candidatesGiven = positive("candidates", candidates);
		if (seatsGiven && (seats < VoteRules.minSeats(kind) || seats > VoteRules.maxSeats(kind))) {
			reject("seats", "elections.validation.seats-" + kind.name().toLowerCase(Locale.ROOT),
					String.valueOf(VoteRules.minSeats(kind)), String.valueOf(VoteRules.maxSeats(kind)));
			seatsGiven = false;
		}
		if (seatsGiven && candidatesGiven && candidates <= seats) {
			reject("candidates", "elections.validation.candidates-not-more-than-seats", String.valueOf(seats));
		}
	}

	/** Whether the ballots are given and possible. */
	private boolean checkBallots(@Nullable Integer ballotsCast, @Nullable Integer registeredVoters) {
		if (ballotsCast == null) {
			reject("ballotsCast", "elections.validation.required");
		}
		else if (ballotsCast < 0) {
			reject("ballotsCast", "elections.validation.negative");
		}
		else if (registeredVoters != null && ballotsCast > registeredVoters) {
			reject("ballotsCast", "elections.validation.ballots-over-registered", String.valueOf(registeredVoters));
		}
		else {
			return true;
		}
		return false;
	}

	/**
	 * A valid vote says how many it elected, never beyond the seats; an invalid one
	 * elected nobody.
	 */
	private void checkElected(@Nullable Integer elected, @Nullable Integer seats, boolean valid) {
		if (!valid) {
			if (elected != null && elected != 0) {
				reject("elected", "elections.validation.elected-in-invalid-vote");
			}
			return;
		}
		if (notNegative("elected", elected) && seats != null && elected > seats) {
			reject("elected", "elections.validation.elected-over-seats", String.valueOf(seats));
		}
	}

	/** A 另行选举 has ballots, and its leading candidates' votes fit in them. */
	private void checkCandidateVotes(List<Integer> votes, int ballotsCast) {
		if (ballotsCast == 0) {
			reject("ballotsCast", "elections.validation.positive");
		}
		if (votes.isEmpty()) {
			reject("candidateVotes", "elections.validation.required");
		}
		else if (votes.stream().anyMatch(count -> count < 0 || count > ballotsCast)) {
			reject("candidateVotes", "elections.validation.candidate-votes-range", String.valueOf(ballotsCast));
		}
	}

	private void checkResults(@Nullable ElectionResults results, @Nullable Integer seats) {
		ElectionResults given = (results != null) ? results
				: new ElectionResults(null, null, null, null, null, null, null, null, null);
		boolean party = positive("partyCommitteeMembers", given.partyCommitteeMembers());
		boolean residents = positive("residentsCommitteeMembers", given.residentsCommitteeMembers());
		boolean cross = notNegative("crossHoldingCount", given.crossHoldingCount());
		if (given.secretaryIsDirector() == null) {
			reject("secretaryIsDirector", "elections.validation.required");
		}
		boolean counted = party && residents && cross;
		if (residents && seats != null && given.residentsCommitteeMembers() > seats) {
			reject("residentsCommitteeMembers", "elections.validation.elected-over-seats", String.valueOf(seats));
		}
		if (notNegative("committeeWomen", given.committeeWomen()) && residents
				&& given.committeeWomen() > given.residentsCommitteeMembers()) {
			reject("committeeWomen", "elections.validation.more-than-committee",
					String.valueOf(given.residentsCommitteeMembers()));
		}
		if (counted && given.crossHoldingCount() > Math.min(given.partyCommitteeMembers(),
				given.residentsCommitteeMembers())) {
			reject("crossHoldingCount", "elections.validation.cross-holding-too-many");
			counted = false;
		}
		if (cross && Boolean.TRUE.equals(given.secretaryIsDirector()) && given.crossHoldingCount() < 1) {
			reject("crossHoldingCount", "elections.validation.secretary-is-director-holds-both");
		}
		int members = given.members();
		for (String field : List.of("womenMembers", "membersUnder35", "collegeMembers")) {
			Integer count = switch (field) {
				case "womenMembers" -> given.womenMembers();
				case "membersUnder35" -> given.membersUnder35();
				default -> given.collegeMembers();
			};
			if (notNegative(field, count) && counted && count > members) {
				reject(field, "elections.validation.more-than-members", String.valueOf(members));
			}
		}
		BigDecimal age = given.averageAge();
		if (age == null) {
			reject("averageAge", "elections.validation.required");
		}
		else if (age.compareTo(MIN_AVERAGE_AGE) < 0 || age.compareTo(MAX_AVERAGE_AGE) > 0) {
			reject("averageAge", "elections.validation.average-age-range", MIN_AVERAGE_AGE.toPlainString(),
					MAX_AVERAGE_AGE.toPlainString());
		}
	}

}
