package cn.pinghu.socialwork.security;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import cn.pinghu.socialwork.shared.web.RateBuckets;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What junk keys and tokens may cost: each refusal is charged to the client's address,
 * which gets {@code console.security.refused-credentials.burst} (20) refusals at once and
 * {@code ...per-minute} (10) more a minute; past that its keys and tokens are not even
 * looked up ({@link TooManyRefusalsException}, a 429 on the API). A refused key or token
 * is remembered for {@code ...remember} (30 s) and refused again without a lookup. Both
 * caches are bounded, so neither a flood of addresses nor of keys fills the heap. Every
 * refusal is one line in the security log ({@value #EVENTS_LOGGER}), without the key, and
 * counted for the audit trail, which keeps each minute's sum ({@link SecurityTrail}).
 */
@Component
public class RefusedCredentials {

	/** The logger of security events: refused keys and tokens. */
	public static final String EVENTS_LOGGER = "cn.pinghu.socialwork.security.events";

	/** Addresses, and refused keys, remembered at most each. */
	static final int MAX_ENTRIES = 20_000;

	private static final Logger events = LoggerFactory.getLogger(EVENTS_LOGGER);

	private final RateBuckets<String> addresses;

	private final Cache<String, Boolean> refused;

	private final SecurityTrail trail;

	@Autowired
	RefusedCredentials(@Value("${console.security.refused-credentials.burst:20}") int burst,
			@Value("${console.security.refused-credentials.per-minute:10}") int perMinute,
			@Value("${console.security.refused-credentials.remember:30s}") Duration remember, SecurityTrail trail) {
		this(burst, perMinute, remember, System::nanoTime, trail);
	}

	RefusedCredentials(int burst, int perMinute, Duration remember, LongSupplier nanoTime, SecurityTrail trail) {
		this.trail = trail;
		this.addresses = new RateBuckets<>(burst, perMinute, Duration.ofMinutes(1), MAX_ENTRIES, nanoTime);
		this.refused = Caffeine.newBuilder()
			.maximumSize(MAX_ENTRIES)
			.expireAfterWrite(remember)
			.ticker(nanoTime::getAsLong)
			.executor(Runnable::run)
			.build();
	}

	/**
	 * Checks a key or token with {@code lookUp}, unless its address was refused too often
	 * or the same credential was refused a moment ago; an empty answer is a refusal.
	 * @param kind what is checked, for the log: {@code "API key"},
	 * {@code "display token"}
	 * @param hash the credential's hash, never the credential
	 * @param clientAddress where the request came from
	 * @return what {@code lookUp} found, or empty for a refusal
	 * @throws TooManyRefusalsException when the address must wait: nothing was looked up
	 */
	public <T> Optional<T> check(String kind, String hash, String clientAddress, Supplier<Optional<T>> lookUp) {
		long wait = this.addresses.waitFor(clientAddress);
		if (wait > 0) {
			throw new TooManyRefusalsException(wait);
		}
		String refusedKey = kind + ':' + hash;
		if (this.refused.getIfPresent(refusedKey) != null) {
			refuse(kind, clientAddress, "refused a moment ago");
			return Optional.empty();
		}
		Optional<T> found = lookUp.get();
		if (found.isEmpty()) {
			this.refused.put(refusedKey, Boolean.TRUE);
			refuse(kind, clientAddress, "unknown or revoked");
		}
		return found;
	}

	private void refuse(String kind, String clientAddress, String why) {
		this.trail.refused(kind, clientAddress);
		this.addresses.take(clientAddress, 1);
		long wait = this.addresses.waitFor(clientAddress);
		if (wait > 0) {
			events.warn("{} refused from {}: {}; its next keys and tokens are refused unchecked for {} s", kind,
					clientAddress, why, wait);
		}
		else {
			events.info("{} refused from {}: {}", kind, clientAddress, why);
		}
	}

}
