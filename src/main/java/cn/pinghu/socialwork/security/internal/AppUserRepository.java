package cn.pinghu.socialwork.security.internal;

import java.time.Instant;
import java.util.Optional;

import cn.pinghu.socialwork.identity.Role;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Console users. The login counters change only through the update queries here, which
 * are atomic in the database, so concurrent failed logins are all counted.
 */
public interface AppUserRepository extends JpaRepository<AppUser, Long>, JpaSpecificationExecutor<AppUser> {

	boolean existsByUsername(String username);

	/** How many enabled users hold the role. */
	@Query("select count(u) from AppUser u join u.roles r where r = :role and u.enabled = true")
	long countEnabledWithRole(@Param("role") Role role);

	@Query("select u.passwordChangeRequired from AppUser u where u.username = :username")
	Optional<Boolean> findPasswordChangeRequired(@Param("username") String username);

	@EntityGraph(attributePaths = { "roles", "townIds" })
	Optional<AppUser> findByUsername(String username);

	@Query("""
			select new cn.pinghu.socialwork.security.internal.LoginState(u.failedLoginCount, u.lockedUntil)
			from AppUser u where u.username = :username""")
	Optional<LoginState> findLoginState(@Param("username") String username);

	/** Counts one more failed login; returns 0 when there is no such user. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update AppUser u set u.failedLoginCount = u.failedLoginCount + 1 where u.username = :username")
	int incrementFailedLoginCount(@Param("username") String username);

	/** Locks the account until the given instant and starts a new count for after it. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update AppUser u set u.lockedUntil = :until, u.failedLoginCount = 0 where u.username = :username")
	int lock(@Param("username") String username, @Param("until") Instant until);

	/** Clears the count and any lock, writing only when there is something to clear. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update AppUser u set u.failedLoginCount = 0, u.lockedUntil = null
			where u.username = :username and (u.failedLoginCount <> 0 or u.lockedUntil is not null)""")
	int resetFailedLogins(@Param("username") String username);

}
