package cn.pinghu.socialwork.elections.internal;

import java.util.Collection;
import java.util.List;

import cn.pinghu.socialwork.elections.MemberBody;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ElectionMemberRepository extends JpaRepository<ElectionMember, Long> {

	/** The members of some elections, each body's in the order they were entered. */
	@Query("SELECT m FROM ElectionMember m WHERE m.electionId IN :electionIds ORDER BY m.electionId, m.body, m.position")
	List<ElectionMember> findByElectionIds(@Param("electionIds") Collection<Long> electionIds);

	/** Removes the members of an election's body. */
	@Modifying
	@Query("DELETE FROM ElectionMember m WHERE m.electionId = :electionId AND m.body = :body")
	void deleteBody(@Param("electionId") long electionId, @Param("body") MemberBody body);

}
