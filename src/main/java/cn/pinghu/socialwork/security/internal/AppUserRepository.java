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

	/**
	 * Counts one more sign-in attempt as failed until it proves right, unless the account
	 * is locked at {@code now}; returns 0 when there is no such user or it is locked. The
	 * row stays locked until the transaction ends, so that concurrent attempts are
	 * counted one after the other.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update AppUser u set u.failedLoginCount = u.failedLoginCount + 1
			where u.username = :username and (u.lockedUntil is null or u.lockedUntil <= :now)""")
	int reserveSignIn(@Param("username") String username, @Param("now") Instant now);

	@Query("select count(u) > 0 from AppUser u join u.roles r where u.username = :username and r = :role")
	boolean hasRole(@Param("username") String username, @Param("role") Role role);

	/**
	 * Records that a sign-in to the account failed from this (hashed) address, or when it
	 * last did.
	 */
	@Modifying
	@Query(nativeQuery = true, value = """
			INSERT INTO app_user_failed_address (user_id, address_hash, failed_at)
			SELECT id, :addressHash, :now FROM app_user WHERE username = :username
			ON DUPLICATE KEY UPDATE failed_at = VALUES(failed_at)""")
	int recordFailedAddress(@Param("username") String username, @Param("addressHash") String addressHash,
			@Param("now") Instant now);

	/** How many addresses failed to sign in to the account since {@code since}. */
	@Query(nativeQuery = true, value = """
			SELECT COUNT(*) FROM app_user_failed_address a JOIN app_user u ON u.id = a.user_id
			WHERE u.username = :username AND a.failed_at > :since""")
	long countFailedAddresses(@Param("username") String username, @Param("since") Instant since);

	/** Forgets the account's failed addresses from before {@code before}. */
	@Modifying
	@Query(nativeQuery = true, value = """
			DELETE FROM app_user_failed_address
			WHERE user_id = (SELECT id FROM app_user WHERE username = :username) AND failed_at <= :before""")
	int pruneFailedAddresses(@Param("username") String username, @Param("before") Instant before);

	/** Forgets the addresses that failed to sign in to the account. */
	@Modifying
	@Query(nativeQuery = true, value = """
			DELETE FROM app_user_failed_address
			WHERE user_id = (SELECT id FROM app_user WHERE username = :username)""")
	int clearFailedAddresses(@Param("username") String username);

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
