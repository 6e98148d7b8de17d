package cn.pinghu.socialwork.elections;

import java.time.LocalDate;

/**
 * No more than four fifths of the Party members expected were present: the meeting was
 * invalid and the Party election is held again (《中国共产党基层组织选举工作条例》).
 */
public record PartyMeetingInvalid(long electionId, long communityId, long townId, LocalDate heldOn, int membersPresent,
		int membersExpected) implements ElectionChanged {
}
