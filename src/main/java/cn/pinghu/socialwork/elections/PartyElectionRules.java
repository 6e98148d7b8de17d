package cn.pinghu.socialwork.elections;

/**
 * The rules of the Party organisation's election (党组织换届选举), from 《中国共产党基层组织选举工作条例》:
 * <ul>
 * <li>"有选举权的到会人数超过应到会人数的五分之四，会议有效": the members' meeting is valid only when more than
 * four fifths of the members expected with the right to vote are present; an invalid
 * meeting is held again;</li>
 * <li>"被选举人获得的赞成票超过应到会有选举权人数的半数，始得当选": a member is elected only with votes for from more
 * than half of the members expected, not of those present.</li>
 * </ul>
 */
public final class PartyElectionRules {

	private PartyElectionRules() {
	}

	/** 超过五分之四: the meeting is valid with more than four fifths present. */
	public static boolean meetingValid(int membersPresent, int membersExpected) {
		return 5L * membersPresent > 4L * membersExpected;
	}

	/** 超过半数: elected with votes for from more than half of the members expected. */
	public static boolean elected(int votesFor, int membersExpected) {
		return 2L * votesFor > membersExpected;
	}

}
