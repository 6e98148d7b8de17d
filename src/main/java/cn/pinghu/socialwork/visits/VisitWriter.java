package cn.pinghu.socialwork.visits;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import cn.pinghu.socialwork.stations.KeyedStation;
import cn.pinghu.socialwork.visits.VisitService.BatchOutcome;
import cn.pinghu.socialwork.visits.VisitStore.Posted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Stores the visits that stations post one per request, several requests in one
 * transaction (group commit). Every visit waits only for the transaction that stores it:
 * a writer takes whatever visits are waiting, up to {@value #MAX_GROUP}, records them
 * with {@link VisitStore}, answers each, and takes the next group. A visit that arrives
 * alone is stored alone, at once; under load the visits that arrive while a group is
 * stored go together in the next one, so that hundreds of stations posting at once cost
 * tens of transactions a second, not hundreds.
 * <p>
 * Each visit's answer is what it would be alone. Should another request store one of a
 * group's keys meanwhile, the group stores nothing and its visits are recorded one by
 * one. When the database cannot be reached, every visit of the group and every visit
 * waiting behind it is answered with that error at once, rather than each waiting for a
 * connection in turn.
 */
@Component
class VisitWriter implements DisposableBean {

	/** Visits stored in one transaction at most. */
	static final int MAX_GROUP = 500;

	private static final String CLOSING = "The console is shutting down and stores no more visits";

	private static final Logger log = LoggerFactory.getLogger(VisitWriter.class);

	private final VisitStore store;

	private final BlockingQueue<Pending> waiting = new LinkedBlockingQueue<>();

	private final List<Thread> writers = new ArrayList<>();

	private volatile boolean closed;

	/**
	 * @param writers how many groups may be stored at once
	 */
	VisitWriter(VisitStore store, @Value("${console.api.visit-writers:2}") int writers) {
		this.store = store;
		for (int i = 1; i <= Math.max(1, writers); i++) {
			Thread writer = new Thread(this::write, "visit-writer-" + i);
			writer.setDaemon(true);
			writer.start();
			this.writers.add(writer);
		}
	}

	/**
	 * Records one visit and waits until its transaction has committed.
	 * @throws VisitRejectedException when nothing was stored, with the reason
	 * @throws DataIntegrityViolationException when a concurrent request stored the same
	 * key first
	 */
	RecordedVisit record(KeyedStation station, VisitRequest request) {
		return record(new Posted(station, request));
	}

	/**
	 * Records one visit or check-in and waits until its transaction has committed.
	 * @throws VisitRejectedException when nothing was stored, with the reason
	 * @throws DataIntegrityViolationException when a concurrent request stored the same
	 * key first
	 */
	RecordedVisit record(Posted posted) {
		Pending pending = new Pending(posted);
		this.waiting.add(pending);
		if (this.closed && this.waiting.remove(pending)) {
			throw new IllegalStateException(CLOSING);
		}
		return pending.await();
	}

	/** How many visits wait for a writer. */
	int waiting() {
		return this.waiting.size();
	}

	private void write() {
		List<Pending> group = new ArrayList<>();
		while (!this.closed) {
			try {
				Pending first = this.waiting.poll(1, TimeUnit.SECONDS);
				if (first == null) {
					continue;
				}
				group.add(first);
				this.waiting.drainTo(group, MAX_GROUP - 1);
				store(group);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			catch (RuntimeException | Error ex) {
				log.error("Could not store a group of visits", ex);
				group.forEach((pending) -> pending.fail(ex));
			}
			finally {
				group.clear();
			}
		}
	}

	private void store(List<Pending> group) {
		List<BatchOutcome> outcomes;
		try {
			outcomes = this.store.record(group.stream().map(Pending::posted).toList());
		}
		catch (DataIntegrityViolationException ex) {
			group.forEach(this::storeAlone);
			return;
		}
		catch (RuntimeException ex) {
			group.forEach((pending) -> pending.fail(ex));
			// Those waiting would most likely fail the same way, one connection timeout
			// after another: they hear now, and a retry is safe.
			List<Pending> behind = new ArrayList<>();
			this.waiting.drainTo(behind);
			behind.forEach((pending) -> pending.fail(ex));
			return;
		}
		for (int i = 0; i < group.size(); i++) {
			group.get(i).answer(outcomes.get(i));
		}
	}

	private void storeAlone(Pending pending) {
		try {
			pending.answer(this.store.record(List.of(pending.posted())).get(0));
		}
		catch (RuntimeException ex) {
			pending.fail(ex);
		}
	}

	@Override
	public void destroy() throws InterruptedException {
		this.closed = true;
		for (Thread writer : this.writers) {
			writer.interrupt();
		}
		for (Thread writer : this.writers) {
			writer.join(TimeUnit.SECONDS.toMillis(10));
		}
		IllegalStateException closing = new IllegalStateException(CLOSING);
		List<Pending> left = new ArrayList<>();
		this.waiting.drainTo(left);
		left.forEach((pending) -> pending.fail(closing));
	}

	/** A visit waiting for its transaction, and its answer once there is one. */
	private record Pending(Posted posted, CompletableFuture<RecordedVisit> answer) {

		Pending(Posted posted) {
			this(posted, new CompletableFuture<>());
		}

		void answer(BatchOutcome outcome) {
			try {
				this.answer.complete(outcome.visit());
			}
			catch (VisitRejectedException ex) {
				this.answer.completeExceptionally(ex);
			}
		}

		void fail(Throwable ex) {
			this.answer.completeExceptionally(ex);
		}

		RecordedVisit await() {
			try {
				return this.answer.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while the visit was stored", ex);
			}
			catch (ExecutionException ex) {
				Throwable cause = ex.getCause();
				if (cause instanceof RuntimeException runtime) {
					throw runtime;
				}
				if (cause instanceof Error error) {
					throw error;
				}
				throw new IllegalStateException(cause);
			}
		}

	}

}
