package cn.pinghu.socialwork.shared.transfer;

import java.util.concurrent.atomic.AtomicInteger;

import cn.pinghu.socialwork.shared.scheduling.Schedulers;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs imports off the UI thread, as the user who started them, on a pool of their own
 * ({@link Schedulers#TRANSFERS}): one thread, so that a long import never takes the
 * threads other work needs and the memory the reading and checking of a file take is
 * needed once on this node. Others wait in the pool's queue, in the order they came, at
 * most {@link TransferLimits#MAX_WAITING_IMPORTS} of them.
 */
@Component
public class TransferJobs {

	private final TaskExecutor executor;

	private final SecurityContextHolderStrategy contexts;

	/** Imports handed to the pool and not finished: running, or waiting their turn. */
	private final AtomicInteger inFlight = new AtomicInteger();

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
		boolean waits = this.inFlight.getAndIncrement() > 0;
		try {
			this.executor.execute(() -> {
				try {
					asCaller.run();
				}
				finally {
					this.inFlight.decrementAndGet();
				}
			});
		}
		catch (RuntimeException ex) {
			this.inFlight.decrementAndGet();
			throw ex;
		}
		return waits;
	}

}
