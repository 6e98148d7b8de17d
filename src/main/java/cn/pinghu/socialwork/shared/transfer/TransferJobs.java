package cn.pinghu.socialwork.shared.transfer;

import java.util.ArrayDeque;
import java.util.Queue;

import cn.pinghu.socialwork.shared.scheduling.Schedulers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs imports off the UI thread, as the user who started them, on a pool of their own
 * ({@link Schedulers#TRANSFERS}) so that a long import never takes the threads other work
 * needs; and one at a time on this node, whatever the pool's size, so that the memory the
 * reading and checking of a file take is needed once. Others wait, at most
 * {@link TransferLimits#MAX_WAITING_IMPORTS} of them, in the order they came.
 */
@Component
public class TransferJobs {

	private static final Logger log = LoggerFactory.getLogger(TransferJobs.class);

	private final TaskExecutor executor;

	private final SecurityContextHolderStrategy contexts;

	private final Queue<Runnable> waiting = new ArrayDeque<>();

	private boolean running;

	TransferJobs(@Qualifier(Schedulers.TRANSFERS) TaskExecutor executor, SecurityContextHolderStrategy contexts) {
		this.executor = executor;
		this.contexts = contexts;
	}

	/**
	 * Runs the task with the caller's security context, after the import that runs now
	 * and those that wait already.
	 * @return whether the task waits for another import to finish first
	 * @throws TaskRejectedException when too many imports wait already
	 */
	public boolean run(Runnable task) {
		DelegatingSecurityContextRunnable asCaller = new DelegatingSecurityContextRunnable(task,
				this.contexts.getContext());
		// The holder method security reads, not the static one.
		asCaller.setSecurityContextHolderStrategy(this.contexts);
		synchronized (this) {
			if (this.running) {
				if (this.waiting.size() >= TransferLimits.MAX_WAITING_IMPORTS) {
					throw new TaskRejectedException(
							TransferLimits.MAX_WAITING_IMPORTS + " imports wait already; another is refused");
				}
				this.waiting.add(asCaller);
				return true;
			}
			this.running = true;
		}
		try {
			this.executor.execute(() -> runThenNext(asCaller));
		}
		catch (RuntimeException ex) {
			synchronized (this) {
				this.running = false;
			}
			throw ex;
		}
		return false;
	}

	private void runThenNext(Runnable task) {
		try {
			task.run();
		}
		finally {
			next();
		}
	}

	private void next() {
		Runnable following;
		synchronized (this) {
			following = this.waiting.poll();
			if (following == null) {
				this.running = false;
				return;
			}
		}
		Runnable task = following;
		try {
			this.executor.execute(() -> runThenNext(task));
		}
		catch (RuntimeException ex) {
			// the pool is shutting down: the node stops, and the waiting imports with it
			log.warn("Waiting imports dropped", ex);
			synchronized (this) {
				this.waiting.clear();
				this.running = false;
			}
		}
	}

}
