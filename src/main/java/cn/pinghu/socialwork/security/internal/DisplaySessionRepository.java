package cn.pinghu.socialwork.security.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DisplaySessionRepository extends JpaRepository<DisplaySession, String> {

	/** The device's sessions, the newest first. */
	@Query("""
			select s.sessionId from DisplaySession s where s.deviceId = :deviceId
			order by s.startedAt desc, s.sessionId desc""")
	List<String> newestFirst(@Param("deviceId") long deviceId);

	@Modifying
	@Query("delete from DisplaySession s where s.sessionId in :sessionIds")
	int deleteAllByIds(@Param("sessionIds") Collection<String> sessionIds);

	@Modifying
	@Query(value = "UPDATE display_session SET session_id = :newId WHERE session_id = :oldId", nativeQuery = true)
	int rename(@Param("oldId") String oldId, @Param("newId") String newId);

	/** Records that this node still holds these sessions. */
	@Modifying
	@Query("update DisplaySession s set s.seenAt = :now where s.sessionId in :sessionIds")
	int seen(@Param("sessionIds") Collection<String> sessionIds, @Param("now") Instant now);

	/** Forgets the sessions no node has held since {@code notSince}. */
	@Modifying
	@Query("delete from DisplaySession s where s.seenAt < :notSince")
	int deleteUnseenSince(@Param("notSince") Instant notSince);

}
