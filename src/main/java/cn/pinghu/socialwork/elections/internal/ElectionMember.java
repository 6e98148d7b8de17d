package cn.pinghu.socialwork.elections.internal;

import cn.pinghu.socialwork.elections.ElectedMember;
import cn.pinghu.socialwork.elections.Education;
import cn.pinghu.socialwork.elections.MemberBody;
import cn.pinghu.socialwork.elections.Sex;
import cn.pinghu.socialwork.shared.data.GeneratedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One member elected to a body of a community in its election, as the service checked it.
 */
@Entity
@Table(name = "election_member")
public class ElectionMember extends GeneratedIdEntity {

	@Column(name = "election_id", nullable = false)
	private long electionId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 24)
	private MemberBody body;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false, length = ElectedMember.NAME_LENGTH)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 8)
	private Sex sex;

	@Column(nullable = false)
	private int age;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Education education;

	@Column(nullable = false)
	private boolean secretary;

	@Column(name = "votes_for")
	private @Nullable Integer votesFor;

	protected ElectionMember() {
		this.body = MemberBody.PARTY_COMMITTEE;
		this.name = "";
		this.sex = Sex.MALE;
		this.education = Education.PRIMARY;
	}

	/** A member as the service checked it: every field given. */
	public ElectionMember(long electionId, MemberBody body, int position, ElectedMember member) {
		if (member.sex() == null || member.age() == null || member.education() == null) {
			throw new IllegalArgumentException("A member is stored with sex, age and education");
		}
		this.electionId = electionId;
		this.body = body;
		this.position = position;
		this.name = member.name().strip();
		this.sex = member.sex();
		this.age = member.age();
		this.education = member.education();
		this.secretary = member.secretary();
		this.votesFor = member.votesFor();
	}

	public long getElectionId() {
		return this.electionId;
	}

	public MemberBody getBody() {
		return this.body;
	}

	public ElectedMember toRecord() {
		return new ElectedMember(this.name, this.sex, this.age, this.education, this.secretary, this.votesFor);
	}

}
