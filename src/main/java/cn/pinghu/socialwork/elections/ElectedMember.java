package cn.pinghu.socialwork.elections;

import org.jspecify.annotations.Nullable;

/**
 * One member elected to a body of the community: who they are, and for the Party
 * committee, whether they are the secretary and the votes for them. A field is
 * {@code null} only in a form not yet filled in; the service refuses such a member.
 *
 * @param secretary the Party secretary (党组织书记); always {@code false} on the supervisory
 * committee
 * @param votesFor votes for the member at the Party election (赞成票); {@code null} on the
 * supervisory committee, which records its members only
 */
public record ElectedMember(String name, @Nullable Sex sex, @Nullable Integer age, @Nullable Education education,
		boolean secretary, @Nullable Integer votesFor) {

	/** The most characters a member's name has. */
	public static final int NAME_LENGTH = 32;

	/** A supervisory committee member: who they are, nothing more. */
	public static ElectedMember supervisor(String name, Sex sex, int age, Education education) {
		return new ElectedMember(name, sex, age, education, false, null);
	}

	/** Whether the member has a college degree or higher (大专及以上). */
	public boolean collegeOrAbove() {
		return this.education != null && this.education.collegeOrAbove();
	}

}
