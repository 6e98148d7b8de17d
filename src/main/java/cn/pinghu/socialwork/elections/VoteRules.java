package cn.pinghu.socialwork.elections;

import java.util.Collection;
import java.util.Comparator;

import cn.pinghu.socialwork.places.CommunityKind;

/**
 * The laws' rules for the committee vote, in one place: how many seats a committee has,
 * when a vote is valid and who wins a 另行选举.
 * <ul>
 * <li>《中华人民共和国村民委员会组织法》第六条: a villagers' committee has three to seven members, and should
 * include a woman;</li>
 * <li>《中华人民共和国城市居民委员会组织法》第七条: a residents' committee has five to nine members;</li>
 * <li>《村民委员会组织法》第十五条: a vote is valid only when more than half of the registered voters
 * vote, a candidate is elected with more than half of the ballots cast, and the seats
 * left open go to a 另行选举 in which the most votes win with at least one third of the
 * ballots cast.</li>
 * </ul>
 */
public final class VoteRules {

	private VoteRules() {
	}

	/** The fewest seats a committee of this kind has. */
	public static int minSeats(CommunityKind kind) {
		return (kind == CommunityKind.VILLAGE) ? 3 : 5;
	}

	/** The most seats a committee of this kind has. */
	public static int maxSeats(CommunityKind kind) {
		return (kind == CommunityKind.VILLAGE) ? 7 : 9;
	}

	/** 过半: a vote elects only when more than half of the registered voters voted. */
	public static boolean valid(int ballotsCast, int registeredVoters) {
		return 2L * ballotsCast > registeredVoters;
	}

	/** 另行选举: a candidate wins with at least one third of the ballots cast. */
	public static boolean winsSupplementary(int votes, int ballotsCast) {
		return 3L * votes >= ballotsCast;
	}

	/**
	 * How many of the leading candidates of a 另行选举 win the open seats: the most votes
	 * first, each with at least one third of the ballots cast, no more than the open
	 * seats.
	 */
	public static int supplementaryWinners(Collection<Integer> votes, int openSeats, int ballotsCast) {
		return (int) votes.stream()
			.sorted(Comparator.reverseOrder())
			.limit(Math.max(0, openSeats))
			.filter(candidate -> winsSupplementary(candidate, ballotsCast))
			.count();
	}

	/** Whether a committee must include a woman member: a villagers' committee must. */
	public static boolean womanRequired(CommunityKind kind) {
		return kind == CommunityKind.VILLAGE;
	}

}
