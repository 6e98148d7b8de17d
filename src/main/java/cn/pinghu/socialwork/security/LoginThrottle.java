package cn.pinghu.socialwork.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.security.FailureCounter.Refusal;
import cn.pinghu.socialwork.security.internal.AppUserRepository;
import cn.pinghu.socialwork.security.internal.LoginState;
import cn.pinghu.socialwork.shared.Secrets;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Throttles password checks ({@link SignInSettings}), at sign-in and on
 * {@code /password}. An attempt is {@link #reserve reserved} before its password is
 * checked: one atomic step that checks the limits and counts the attempt as failed, so
 * that parallel guesses are all counted and none slips past a limit. A right password
 * then gives the reservation back ({@link #succeeded}).
 * <ul>
 * <li>Per client address and per account from that address, on this node: a growing wait,
 * and after many failures a block of the address.
 * <li>Per account, in the database so that every node agrees: the failures in a row, and
 * the addresses they came from. An account locks only after many failures from many
 * addresses, so that one client cannot lock anybody out; an administrator's never does.
 * </ul>
 * Unknown usernames are counted the same way, in memory, so that neither the answers nor
 * the lock tell which usernames exist.
 */
@Component
class LoginThrottle {

	private final AppUserRepository users;

	private final SignInSettings settings;

	private final Clock clock;

	private final FailureCounter addresses;

	private final FailureCounter accountsByAddress;

	private final Cache<String, UnknownName> unknownNames;

	private final TransactionOperations accountTransactions;

	private final SecurityLog securityLog;

	/**
	 * One account's attempts take its row in turn on this node, waiting here rather than
	 * in the database with a connection each: a burst of guesses at one account must not
	 * take the connection pool.
	 */
	private final Object[] stripes = new Object[64];

	@Autowired
	LoginThrottle(AppUserRepository users, SignInSettings settings, Clock clock,
			PlatformTransactionManager transactions, SecurityLog securityLog) {
		this(users, settings, clock, requiresNew(transactions), securityLog);
	}

	/**
	 * @param accountTransactions how the account's counts are written: in a transaction
	 * of their own, which a refusal of the caller's change does not roll back
	 */
	LoginThrottle(AppUserRepository users, SignInSettings settings, Clock clock,
			TransactionOperations accountTransactions, SecurityLog securityLog) {
		this.users = users;
		this.securityLog = securityLog;
		this.settings = settings;
		this.clock = clock;
		this.accountTransactions = accountTransactions;
		Arrays.setAll(this.stripes, i -> new Object());
		this.addresses = new FailureCounter(settings, settings.addressFreeFailures(), settings.addressBlockAfter(),
				clock, securityLog);
		this.accountsByAddress = new FailureCounter(settings, settings.freeFailures(), Integer.MAX_VALUE, clock,
				securityLog);
		this.unknownNames = Caffeine.newBuilder()
			.maximumSize(settings.maxTrackedAddresses())
			.expireAfterWrite(settings.accountLockDuration().plus(settings.failureWindow()).toMillis(),
					TimeUnit.MILLISECONDS)
			.build();
	}

	/**
	 * Checks the limits for an attempt and counts it as failed, in one step.
	 * @return {@link Verdict#check()} when the password may be checked now; else why not
	 */
	public Verdict reserve(String username, String address) {
		Optional<Refusal> byAddress = this.addresses.reserve(address);
		if (byAddress.isPresent()) {
			return refused(username, address, byAddress.get());
		}
		Optional<Refusal> byAccount = this.accountsByAddress.reserve(pair(username, address));
		if (byAccount.isPresent()) {
			this.addresses.release(address);
			return refused(username, address, byAccount.get());
		}
		Instant now = this.clock.instant();
		Optional<Instant> locked;
		synchronized (stripe(username)) {
			locked = this.accountTransactions.execute(transaction -> reserveAccount(username, address, now));
		}
		return Objects.requireNonNull(locked).map(Verdict::locked).orElseGet(Verdict::check);
	}

	/**
	 * The password was right: the attempt was no failure, and the account's count starts
	 * afresh.
	 */
	public void succeeded(String username, String address) {
		this.addresses.release(address);
		this.accountsByAddress.clear(pair(username, address));
		this.accountTransactions.executeWithoutResult(transaction -> {
			this.users.resetFailedLogins(username);
			this.users.clearFailedAddresses(username);
		});
	}

	/** An administrator lifted the account's lock: its count starts afresh. */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean unlock(String username) {
		this.unknownNames.invalidate(key(username));
		this.users.clearFailedAddresses(username);
		return this.users.resetFailedLogins(username) > 0;
	}

	/**
	 * Counts the attempt against the account, and locks it once enough failures from
	 * enough addresses came in a row.
	 * @return the end of the account's lock, if it is locked
	 */
	private Optional<Instant> reserveAccount(String username, String address, Instant now) {
		if (this.users.reserveSignIn(username, now) == 0) {
			return this.users.findLoginState(username)
				.map(state -> Optional.ofNullable(state.lockedUntil()))
				.orElseGet(() -> reserveUnknownName(username, address, now));
		}
		if (this.users.hasRole(username, Role.ADMIN)) {
			return Optional.empty();
		}
		Instant since = now.minus(this.settings.failureWindow());
		long seen = this.users.countFailedAddresses(username, since);
		if (seen < this.settings.accountLockAddresses()) {
			this.users.pruneFailedAddresses(username, since);
			this.users.recordFailedAddress(username, Secrets.sha256(address), now);
			seen = this.users.countFailedAddresses(username, since);
		}
		int failures = this.users.findLoginState(username).map(LoginState::failedLoginCount).orElse(0);
		if (failures <= this.settings.accountLockAfter() || seen < this.settings.accountLockAddresses()) {
			return Optional.empty();
		}
		Instant until = now.plus(this.settings.accountLockDuration());
		this.users.lock(username, until);
		this.users.clearFailedAddresses(username);
		this.securityLog.accountLocked(username, until);
		return Optional.of(until);
	}

	/** The same rules as {@link #reserveAccount} for a name that is nobody's. */
	private Optional<Instant> reserveUnknownName(String username, String address, Instant now) {
		UnknownName name = this.unknownNames.asMap()
			.compute(key(username), (key, earlier) -> countOneMore(earlier, address, now));
		return (name.lockedUntil() != null && name.lockedUntil().isAfter(now)) ? Optional.of(name.lockedUntil())
				: Optional.empty();
	}

	private UnknownName countOneMore(@Nullable UnknownName earlier, String address, Instant now) {
		if (earlier != null && earlier.lockedUntil() != null && earlier.lockedUntil().isAfter(now)) {
			return earlier;
		}
		int failures = (earlier != null && earlier.lockedUntil() == null) ? earlier.failures() + 1 : 1;
		Set<String> seen = new HashSet<>((earlier != null) ? earlier.addresses() : Set.of());
		if (seen.size() < this.settings.accountLockAddresses()) {
			seen.add(address);
		}
		if (failures > this.settings.accountLockAfter() && seen.size() >= this.settings.accountLockAddresses()) {
			return new UnknownName(0, Set.of(), now.plus(this.settings.accountLockDuration()));
		}
		return new UnknownName(failures, Set.copyOf(seen), null);
	}

	private Verdict refused(String username, String address, Refusal refusal) {
		this.securityLog.throttled(username, address, refusal.until());
		return refusal.blocked() ? Verdict.blocked(refusal.until()) : Verdict.waitUntil(refusal.until());
	}

	private Object stripe(String username) {
		return this.stripes[Math.floorMod(key(username).hashCode(), this.stripes.length)];
	}

	private static TransactionOperations requiresNew(PlatformTransactionManager transactions) {
		TransactionTemplate template = new TransactionTemplate(transactions);
		template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return template;
	}

	private static String pair(String username, String address) {
		return address + "\n" + key(username);
	}

	// The database compares usernames case-insensitively (utf8mb4_unicode_ci); so does
	// this.
	private static String key(String username) {
		return username.toLowerCase(Locale.ROOT);
	}

	/** Failures in a row for a name of no account, from these addresses. */
	private record UnknownName(int failures, Set<String> addresses, @Nullable Instant lockedUntil) {
	}

	/**
	 * Whether an attempt's password may be checked, and if not, until when it is refused.
	 */
	record Verdict(Outcome outcome, @Nullable Instant until) {

		enum Outcome {

			/** Check the password. */
			CHECK,
			/** The address or the account from this address must wait. */
			WAIT,
			/** The address is blocked. */
			ADDRESS_BLOCKED,
			/** The account is locked. */
			ACCOUNT_LOCKED

		}

		static Verdict check() {
			return new Verdict(Outcome.CHECK, null);
		}

		static Verdict waitUntil(Instant until) {
			return new Verdict(Outcome.WAIT, until);
		}

		static Verdict blocked(Instant until) {
			return new Verdict(Outcome.ADDRESS_BLOCKED, until);
		}

		static Verdict locked(Instant until) {
			return new Verdict(Outcome.ACCOUNT_LOCKED, until);
		}

		boolean mayCheck() {
			return this.outcome == Outcome.CHECK;
		}

	}

}
