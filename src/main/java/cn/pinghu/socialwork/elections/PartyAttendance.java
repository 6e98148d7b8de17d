package cn.pinghu.socialwork.elections;

import org.jspecify.annotations.Nullable;

/**
 * What a coordinator records of a Party members' meeting (党员大会) besides its members
 * elected.
 *
 * @param membersExpected 应到会有选举权党员数
 * @param membersPresent 实到会有选举权党员数
 * @param seats the Party committee's seats (应选名额)
 */
public record PartyAttendance(@Nullable Integer membersExpected, @Nullable Integer membersPresent,
		@Nullable Integer seats) {
}
