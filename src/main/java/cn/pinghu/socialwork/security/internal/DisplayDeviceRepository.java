package cn.pinghu.socialwork.security.internal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DisplayDeviceRepository extends JpaRepository<DisplayDevice, Long> {

	Optional<DisplayDevice> findByTokenHash(String tokenHash);

	/**
	 * Records that the device was seen now, unless that was already recorded after
	 * {@code notBefore}: a display polls every few seconds, and one write a minute is
	 * enough to tell whether it is alive.
	 */
	@Modifying
	@Query("""
			update DisplayDevice d set d.lastSeenAt = :now
			where d.id = :id and (d.lastSeenAt is null or d.lastSeenAt < :notBefore)""")
	int touch(@Param("id") long id, @Param("now") Instant now, @Param("notBefore") Instant notBefore);

}
