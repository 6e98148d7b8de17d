package cn.pinghu.socialwork.elections;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.pinghu.socialwork.elections.ElectionRejectedException.Rejection;
import org.jspecify.annotations.Nullable;

/**
 * The rules a stage completion must keep: the stage under way, dates in order and not in
 * the future, and what each stage records. Collects every broken rule so that a form can
 * show them all at once.
 */
final class StageRules {

	/** The youngest and oldest plausible average age of a committee. */
	static final BigDecimal MIN_AVERAGE_AGE = new BigDecimal("18.0");

	static final BigDecimal MAX_AVERAGE_AGE = new BigDecimal("80.0");

	private final List<Rejection> rejections = new ArrayList<>();

	private StageRules() {
	}

	/**
	 * The broken rules of a completion of the stage under way.
	 * @param previousDay the day the step before was completed (for the first stage, the
	 * round's start)
	 * @param registeredVoters the voters registered earlier, for a vote
	 */
	static List<Rejection> check(StageCompletion completion, LocalDate today, LocalDate previousDay,
			boolean previousIsRoundStart, @Nullable Integer registeredVoters) {
		StageRules rules = new StageRules();
		rules.checkDate(completion.completedOn(), today, previousDay, previousIsRoundStart);
		switch (completion.stage()) {
			case VOTER_REGISTRATION -> rules.positive("registeredVoters", completion.registeredVoters());
			case NOMINATION -> rules.checkNomination(completion.candidates(), completion.seats());
			case VOTING, RE_ELECTION -> rules.checkVote(completion.ballotsCast(), registeredVoters);
			case HANDOVER -> rules.checkResults(completion.results());
			default -> {
				// the audit and the election committee record their day only
			}
		}
		return List.copyOf(rules.rejections);
	}

	/** 过半: a vote elects only when more than half of the registered voters voted. */
	static boolean valid(int ballotsCast, int registeredVoters) {
		return 2L * ballotsCast > registeredVoters;
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

	private void checkNomination(@Nullable Integer candidates, @Nullable Integer seats) {
		boolean seatsGiven = positive("seats", seats);
		boolean candidatesGiven = positive("candidates", candidates);
		if (seatsGiven && candidatesGiven && candidates <= seats) {
			reject("candidates", "elections.validation.candidates-not-more-than-seats", String.valueOf(seats));
		}
	}

	private void checkVote(@Nullable Integer ballotsCast, @Nullable Integer registeredVoters) {
		if (ballotsCast == null) {
			reject("ballotsCast", "elections.validation.required");
		}
		else if (ballotsCast < 0) {
			reject("ballotsCast", "elections.validation.negative");
		}
		else if (registeredVoters != null && ballotsCast > registeredVoters) {
			reject("ballotsCast", "elections.validation.ballots-over-registered", String.valueOf(registeredVoters));
		}
	}

	private void checkResults(@Nullable ElectionResults results) {
		ElectionResults given = (results != null) ? results
				: new ElectionResults(null, null, null, null, null, null, null, null);
		boolean party = positive("partyCommitteeMembers", given.partyCommitteeMembers());
		boolean residents = positive("residentsCommitteeMembers", given.residentsCommitteeMembers());
		boolean cross = notNegative("crossHoldingCount", given.crossHoldingCount());
		if (given.secretaryIsDirector() == null) {
			reject("secretaryIsDirector", "elections.validation.required");
		}
		boolean counted = party && residents && cross;
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

	private boolean positive(String field, @Nullable Integer count) {
		if (count == null) {
			reject(field, "elections.validation.required");
			return false;
		}
		if (count <= 0) {
			reject(field, "elections.validation.positive");
			return false;
		}
		return true;
	}

	private boolean notNegative(String field, @Nullable Integer count) {
		if (count == null) {
			reject(field, "elections.validation.required");
			return false;
		}
		if (count < 0) {
			reject(field, "elections.validation.negative");
			return false;
		}
		return true;
	}

	private void reject(String field, String key, Object... arguments) {
		this.rejections.add(new Rejection(field, key, List.of(arguments)));
	}

}
