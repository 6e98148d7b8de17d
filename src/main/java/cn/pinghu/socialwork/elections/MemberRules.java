package cn.pinghu.socialwork.elections;

import java.util.List;

import cn.pinghu.socialwork.elections.ElectionRejectedException.Rejection;
import org.jspecify.annotations.Nullable;

/**
 * The rules of the stages that elect members one by one: the Party election
 * ({@link PartyElectionRules}) and the supervisory committee's. A member's rejection is
 * on the field {@code members} and names the member by their place in the list, from 1.
 */
final class MemberRules extends CheckedFields {

	/** The youngest and oldest age a member may have. */
	static final int MIN_AGE = 18;

	static final int MAX_AGE = 100;

	private MemberRules() {
	}

	/**
	 * A Party election: the attendance given, the meeting valid or not; a valid one
	 * elects at least one member and no more than the seats, each with votes for from
	 * more than half of the members expected, at most one of them the secretary; an
	 * invalid one elects nobody.
	 */
	static List<Rejection> checkPartyElection(@Nullable PartyAttendance attendance, List<ElectedMember> members) {
		MemberRules rules = new MemberRules();
		PartyAttendance given = (attendance != null) ? attendance : new PartyAttendance(null, null, null);
		boolean expected = rules.positive("membersExpected", given.membersExpected());
		boolean present = rules.notNegative("membersPresent", given.membersPresent());
		boolean seats = rules.positive("partySeats", given.seats());
		if (!expected || !present) {
			return rules.rejections;
		}
		int membersExpected = given.membersExpected();
		int membersPresent = given.membersPresent();
		if (membersPresent > membersExpected) {
			rules.reject("membersPresent", "elections.validation.present-over-expected",
					String.valueOf(membersExpected));
			return rules.rejections;
		}
		if (!PartyElectionRules.meetingValid(membersPresent, membersExpected)) {
			if (!members.isEmpty()) {
				rules.reject("members", "elections.validation.members-in-invalid-meeting");
			}
			return rules.rejections;
		}
		if (members.isEmpty()) {
			rules.reject("members", "elections.validation.members-required");
		}
		if (seats && members.size() > given.seats()) {
			rules.reject("members", "elections.validation.members-over-seats", String.valueOf(given.seats()));
		}
		for (int i = 0; i < members.size(); i++) {
			ElectedMember member = members.get(i);
			rules.checkPerson(i + 1, member);
			Integer votes = member.votesFor();
			if (votes == null || votes < 0 || votes > membersPresent) {
				rules.reject("members", "elections.validation.member-votes-range", String.valueOf(i + 1),
						String.valueOf(membersPresent));
			}
			else if (!PartyElectionRules.elected(votes, membersExpected)) {
				rules.reject("members", "elections.validation.member-not-elected", String.valueOf(i + 1),
						member.name().strip(), String.valueOf(votes), String.valueOf(membersExpected));
			}
		}
		if (members.stream().filter(ElectedMember::secretary).count() > 1) {
			rules.reject("members", "elections.validation.one-secretary");
		}
		return rules.rejections;
	}

	/** A supervisory committee: at least one member, each complete, none a secretary. */
	static List<Rejection> checkSupervisory(List<ElectedMember> members) {
		MemberRules rules = new MemberRules();
		if (members.isEmpty()) {
			rules.reject("members", "elections.validation.members-required");
		}
		for (int i = 0; i < members.size(); i++) {
			rules.checkPerson(i + 1, members.get(i));
		}
		return rules.rejections;
	}

	private void checkPerson(int place, ElectedMember member) {
		String name = member.name().strip();
		if (name.isEmpty()) {
			reject("members", "elections.validation.member-name-required", String.valueOf(place));
		}
		else if (name.length() > ElectedMember.NAME_LENGTH) {
			reject("members", "elections.validation.member-name-too-long", String.valueOf(place),
					String.valueOf(ElectedMember.NAME_LENGTH));
		}
		if (member.sex() == null || member.education() == null || member.age() == null) {
			reject("members", "elections.validation.member-incomplete", String.valueOf(place));
		}
		else if (member.age() < MIN_AGE || member.age() > MAX_AGE) {
			reject("members", "elections.validation.member-age-range", String.valueOf(place), String.valueOf(MIN_AGE),
					String.valueOf(MAX_AGE));
		}
	}

}
