package cn.pinghu.socialwork.stations;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * API keys checked lately, by their hash, with what the API needs of their station, so
 * that a station posting one visit after another costs no key and station lookups. An
 * entry lives at most {@link #TTL}; a change of a station or of its keys on this node
 * empties the cache when its transaction commits. Another node's change reaches this node
 * when the entry expires: a rotated or revoked key, a suspended station or a changed code
 * is refused or taken into account everywhere within {@link #TTL} of the commit. Keys
 * that fail the check are not remembered here (see
 * {@link cn.pinghu.socialwork.security.RefusedCredentials}). A bounded Caffeine cache:
 * past {@link #MAX_KEYS} the least used keys are forgotten first.
 */
@Component
class VerifiedKeys {

	/** How long a checked key is believed without asking the database again. */
	static final Duration TTL = Duration.ofSeconds(5);

	/** Keys remembered at most. */
	static final int MAX_KEYS = 10_000;

	private final Cache<String, Entry> byHash;

	/**
	 * Counts the changes: a lookup that began before a change must not store what it
	 * read.
	 */
	private final AtomicLong generation = new AtomicLong();

	private final LongSupplier nanoTime;

	@Autowired
	VerifiedKeys() {
		this(System::nanoTime);
	}

	VerifiedKeys(LongSupplier nanoTime) {
		this.nanoTime = nanoTime;
		// an entry lives TTL from when its lookup began, not from when it was stored
		this.byHash = Caffeine.newBuilder()
			.maximumSize(MAX_KEYS)
			.expireAfter(Expiry.<String, Entry>writing((hash, entry) -> Duration
				.ofNanos(Math.max(0, TTL.toNanos() - (nanoTime.getAsLong() - entry.checkedAt())))))
			.ticker(nanoTime::getAsLong)
			.executor(Runnable::run)
			.build();
	}

	/** The station of a key checked less than {@link #TTL} ago, if any. */
	Optional<KeyedStation> find(String keyHash) {
		Entry entry = this.byHash.getIfPresent(keyHash);
		if (entry == null || this.nanoTime.getAsLong() - entry.checkedAt() >= TTL.toNanos()) {
			return Optional.empty();
		}
		return Optional.of(entry.station());
	}

	/** Where the changes stand: taken before a lookup, handed to {@link #remember}. */
	long generation() {
		return this.generation.get();
	}

	/**
	 * Remembers a key the database confirmed, unless a station or key changed since the
	 * lookup began (at {@code generation}).
	 */
	void remember(String keyHash, KeyedStation station, long generation, long checkedAt) {
		if (this.generation.get() != generation) {
			return;
		}
		Entry entry = new Entry(station, checkedAt);
		this.byHash.put(keyHash, entry);
		if (this.generation.get() != generation) {
			// a change committed meanwhile: what was read may be older than it
			this.byHash.asMap().remove(keyHash, entry);
		}
	}

	/** The time to hand to {@link #remember}: taken before the lookup. */
	long now() {
		return this.nanoTime.getAsLong();
	}

	/**
	 * A station or its keys change in the current transaction: everything is forgotten
	 * when it commits (at once without a transaction).
	 */
	void changed() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			forgetAll();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				forgetAll();
			}
		});
	}

	void forgetAll() {
		this.generation.incrementAndGet();
		this.byHash.invalidateAll();
	}

	/** How many keys are remembered now. */
	long size() {
		this.byHash.cleanUp();
		return this.byHash.estimatedSize();
	}

	private record Entry(KeyedStation station, long checkedAt) {
	}

}
