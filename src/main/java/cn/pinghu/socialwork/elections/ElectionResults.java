package cn.pinghu.socialwork.elections;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * What a completed election brought: the members elected to each committee and who they
 * are. A field is {@code null} only in a form not yet filled in; the service refuses such
 * results.
 *
 * @param partyCommitteeMembers members elected to the Party committee (党组织委员会)
 * @param residentsCommitteeMembers members elected to the villagers'/residents' committee
 * @param secretaryIsDirector 一肩挑: the Party secretary is also the committee director
 * @param crossHoldingCount 交叉任职: members on both committees
 * @param womenMembers women among the members
 * @param membersUnder35 members under 35
 * @param averageAge the members' average age
 * @param collegeMembers members with a college degree or higher (大专及以上)
 * @param committeeWomen women on the villagers'/residents' committee: a villagers'
 * committee should have one (《村民委员会组织法》第六条)
 */
public record ElectionResults(@Nullable Integer partyCommitteeMembers, @Nullable Integer residentsCommitteeMembers,
		@Nullable Boolean secretaryIsDirector, @Nullable Integer crossHoldingCount, @Nullable Integer womenMembers,
		@Nullable Integer membersUnder35, @Nullable BigDecimal averageAge, @Nullable Integer collegeMembers,
		@Nullable Integer committeeWomen) {

	/**
	 * The people elected to the two committees, each counted once: those holding posts on
	 * both count once.
	 */
	public int members() {
		return value(this.partyCommitteeMembers) + value(this.residentsCommitteeMembers)
				- value(this.crossHoldingCount);
	}

	private static int value(@Nullable Integer count) {
		return (count != null) ? count : 0;
	}

}
