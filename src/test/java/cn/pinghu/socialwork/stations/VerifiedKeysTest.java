package cn.pinghu.socialwork.stations;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

/** Checked API keys are believed for a bounded time, and forgotten on any change. */
class VerifiedKeysTest {

	private static final KeyedStation RS007 = new KeyedStation(7L, "RS007", StationStatus.OPEN, 1L);

	private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

	private final VerifiedKeys keys = new VerifiedKeys(this.nanos::get);

	@AfterEach
	void tearDown() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.clearSynchronization();
		}
	}

	@Test
	void a_checked_key_is_believed_until_its_time_is_up_and_then_asked_again() {
		remember("hash-7");

		this.nanos.addAndGet(VerifiedKeys.TTL.toNanos() - 1);
		assertThat(this.keys.find("hash-7")).contains(RS007);

		this.nanos.addAndGet(1);
		assertThat(this.keys.find("hash-7")).isEmpty();
	}

	@Test
	void the_time_counts_from_before_the_lookup_not_from_when_it_was_remembered() {
		long generation = this.keys.generation();
		long checkedAt = this.keys.now();
		this.nanos.addAndGet(VerifiedKeys.TTL.toNanos());

		this.keys.remember("hash-7", RS007, generation, checkedAt);

		assertThat(this.keys.find("hash-7")).isEmpty();
	}

	@Test
	void a_change_outside_a_transaction_forgets_every_key_at_once() {
		remember("hash-7");

		this.keys.changed();

		assertThat(this.keys.find("hash-7")).isEmpty();
	}

	@Test
	void a_change_in_a_transaction_forgets_the_keys_when_it_completes_not_before() {
		remember("hash-7");
		TransactionSynchronizationManager.initSynchronization();

		this.keys.changed();
		assertThat(this.keys.find("hash-7")).contains(RS007);

		TransactionSynchronizationManager.getSynchronizations()
			.forEach(sync -> sync.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
		assertThat(this.keys.find("hash-7")).isEmpty();
	}

	@Test
	void a_lookup_that_began_before_a_change_does_not_remember_what_it_read() {
		long generation = this.keys.generation();
		long checkedAt = this.keys.now();

		this.keys.forgetAll();
		this.keys.remember("hash-7", RS007, generation, checkedAt);

		assertThat(this.keys.find("hash-7")).isEmpty();
	}

	@Test
	void past_the_most_keys_it_forgets_some_and_stays_bounded() {
		for (int i = 0; i < VerifiedKeys.MAX_KEYS + 500; i++) {
			remember("hash-" + i);
		}

		assertThat(this.keys.size()).isEqualTo(VerifiedKeys.MAX_KEYS);
	}

	private void remember(String hash) {
		this.keys.remember(hash, RS007, this.keys.generation(), this.keys.now());
	}

}
