package cn.pinghu.socialwork.elections;

import java.util.List;

/**
 * What a round would take in if opened now: the active communities of each town.
 *
 * @param towns every town, in the towns' order, with its active communities
 * @param communities the active communities of the city
 */
public record RoundIntake(List<TownIntake> towns, long communities) {

	public RoundIntake {
		towns = List.copyOf(towns);
	}

	/** A town and how many of its communities the round takes in. */
	public record TownIntake(long townId, String townName, long communities) {
	}

}
