package cn.pinghu.socialwork.shared.concurrent;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

import cn.pinghu.socialwork.support.ManualScheduler;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The coalescer on a scheduler whose clock and queue the test moves by hand: no sleeps,
 * no threads.
 */
class CoalescerTest {

	private static final Duration DELAY = Duration.ofMillis(250);

	private final ManualScheduler scheduler = new ManualScheduler();

	private final List<Instant> runs = new ArrayList<>();

	private final Coalescer coalescer = Coalescer.on(this.scheduler)
		.after(DELAY)
		.build(() -> this.runs.add(this.scheduler.now));

	@Test
	void a_trigger_runs_the_task_once_the_delay_has_passed() {
		this.coalescer.trigger();
		this.scheduler.advance(DELAY.minusMillis(1));
		assertThat(this.runs).isEmpty();

		this.scheduler.advance(Duration.ofMillis(1));

		assertThat(this.runs).containsExactly(ManualScheduler.START.plus(DELAY));
	}

	@Test
	void triggers_while_a_run_is_pending_are_folded_into_it() {
		for (int i = 0; i < 1000; i++) {
			this.coalescer.trigger();
		}

		this.scheduler.advance(Duration.ofSeconds(10));

		assertThat(this.runs).hasSize(1);
	}

	@Test
	void a_trigger_during_a_run_gets_exactly_one_more_run_after_it_never_a_second_run_in_flight() {
		AtomicInteger inFlight = new AtomicInteger();
		AtomicInteger overlaps = new AtomicInteger();
		List<Instant> started = new ArrayList<>();
		Coalescer[] self = new Coalescer[1];
		self[0] = Coalescer.on(this.scheduler).after(DELAY).build(() -> {
			if (inFlight.incrementAndGet() > 1) {
				overlaps.incrementAndGet();
			}
			started.add(this.scheduler.now);
			if (started.size() == 1) {
				// Changes that come while the first run reads.
				self[0].trigger();
				self[0].trigger();
				self[0].trigger();
				assertThat(this.scheduler.queued()).as("nothing is scheduled while the run is in flight").isZero();
			}
			inFlight.decrementAndGet();
		});

		self[0].trigger();
		this.scheduler.advance(Duration.ofSeconds(10));

		assertThat(started).containsExactly(ManualScheduler.START.plus(DELAY),
				ManualScheduler.START.plus(DELAY.multipliedBy(2)));
		assertThat(overlaps).hasValue(0);
	}

	@Test
	void a_trigger_after_the_run_has_begun_is_served_by_a_run_of_its_own() {
		this.coalescer.trigger();
		this.scheduler.advance(DELAY);
		this.coalescer.trigger();

		this.scheduler.advance(DELAY);

		assertThat(this.runs).hasSize(2);
		assertThat(this.coalescer.busy()).isFalse();
	}

	@Test
	void at_most_every_runs_at_once_after_a_quiet_spell_and_keeps_runs_the_interval_apart() {
		List<Instant> emitted = new ArrayList<>();
		Coalescer limited = Coalescer.on(this.scheduler)
			.atMostEvery(Duration.ofMillis(100))
			.build(() -> emitted.add(this.scheduler.now));

		limited.trigger();
		this.scheduler.advance(Duration.ZERO);
		this.scheduler.advance(Duration.ofMillis(30));
		limited.trigger();
		this.scheduler.advance(Duration.ofMillis(69));
		assertThat(emitted).hasSize(1);
		this.scheduler.advance(Duration.ofMillis(1));

		assertThat(emitted).containsExactly(ManualScheduler.START, ManualScheduler.START.plusMillis(100));
	}

	@Test
	void a_failing_run_is_reported_and_the_next_trigger_runs_again() {
		List<RuntimeException> failures = new ArrayList<>();
		AtomicInteger attempts = new AtomicInteger();
		Coalescer failing = Coalescer.on(this.scheduler).after(DELAY).onFailure(failures::add).build(() -> {
			attempts.incrementAndGet();
			throw new IllegalStateException("the database is away");
		});

		failing.trigger();
		this.scheduler.advance(DELAY);
		failing.trigger();
		this.scheduler.advance(DELAY);

		assertThat(attempts).hasValue(2);
		assertThat(failures).hasSize(2).allMatch((ex) -> ex.getMessage().equals("the database is away"));
	}

	@Test
	void a_failure_is_logged_by_default_and_does_not_stop_later_triggers() {
		AtomicInteger attempts = new AtomicInteger();
		Coalescer failing = Coalescer.on(this.scheduler).after(DELAY).build(() -> {
			attempts.incrementAndGet();
			throw new IllegalStateException("boom");
		});

		failing.trigger();
		this.scheduler.advance(DELAY);
		failing.trigger();
		this.scheduler.advance(DELAY);

		assertThat(attempts).hasValue(2);
	}

	@Test
	void a_closed_coalescer_drops_its_pending_run_and_ignores_triggers() {
		this.coalescer.trigger();

		this.coalescer.close();
		this.coalescer.trigger();
		this.scheduler.advance(Duration.ofSeconds(10));

		assertThat(this.runs).isEmpty();
		assertThat(this.scheduler.cancelled).isOne();
	}

	@Test
	void a_scheduler_that_refuses_the_run_leaves_the_next_trigger_free_to_try_again() {
		this.scheduler.refusing = true;
		this.coalescer.trigger();
		assertThat(this.coalescer.busy()).isFalse();

		this.scheduler.refusing = false;
		this.coalescer.trigger();
		this.scheduler.advance(DELAY);

		assertThat(this.runs).hasSize(1);
	}

	@Test
	void a_run_handed_to_an_executor_stays_in_flight_until_the_executor_runs_it() {
		List<Runnable> queue = new ArrayList<>();
		AtomicInteger refreshes = new AtomicInteger();
		Coalescer handedOff = Coalescer.immediate().handingOffTo(queue::add).build(refreshes::incrementAndGet);

		handedOff.trigger();
		handedOff.trigger();
		assertThat(queue).hasSize(1);
		queue.remove(0).run();
		handedOff.trigger();

		assertThat(queue).hasSize(1);
		assertThat(refreshes).hasValue(1);
	}

	@Test
	void an_executor_that_refuses_the_run_leaves_the_next_trigger_free_to_try_again() {
		AtomicInteger refreshes = new AtomicInteger();
		boolean[] refusing = { true };
		Coalescer handedOff = Coalescer.immediate().handingOffTo((run) -> {
			if (refusing[0]) {
				throw new RejectedExecutionException("the UI is gone");
			}
			run.run();
		}).build(refreshes::incrementAndGet);

		handedOff.trigger();
		refusing[0] = false;
		handedOff.trigger();

		assertThat(refreshes).hasValue(1);
	}

	@Test
	void only_a_coalescer_on_a_scheduler_can_wait() {
		assertThatIllegalStateException().isThrownBy(() -> Coalescer.immediate().after(DELAY).build(() -> {
		}));
	}

}
