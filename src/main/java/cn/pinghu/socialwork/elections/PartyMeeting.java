package cn.pinghu.socialwork.elections;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The Party members' meeting that elects the Party committee (党组织换届选举), as recorded: the
 * members expected with the right to vote (应到会有选举权党员数), those present, the seats, how
 * many meetings were held (an invalid one is held again), and the members elected by the
 * latest valid one. A field is {@code null} where a record from before the Party stage
 * was kept (members unknown).
 */
public record PartyMeeting(@Nullable Integer membersExpected, @Nullable Integer membersPresent, @Nullable Integer seats,
		int meetingsHeld, List<ElectedMember> members) {

	public PartyMeeting {
		members = List.copyOf(members);
	}

	/** Whether the latest meeting was valid: more than four fifths present. */
	public boolean valid() {
		return this.membersExpected != null && this.membersPresent != null
				&& PartyElectionRules.meetingValid(this.membersPresent, this.membersExpected);
	}

	/** The secretary among the members elected, if one was named. */
	public @Nullable ElectedMember secretary() {
		return this.members.stream().filter(ElectedMember::secretary).findFirst().orElse(null);
	}

}
