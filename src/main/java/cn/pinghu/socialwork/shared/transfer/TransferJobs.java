package cn.pinghu.socialwork.shared.transfer;

import cn.pinghu.socialwork.shared.scheduling.Schedulers;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs imports off the UI thread, as the user who started them: on a small pool of their
 * own ({@link Schedulers#TRANSFERS}), so that a long import never takes the threads other
 * work needs.
 */
@Component
public class TransferJobs {

	private final TaskExecutor executor;

	private final SecurityContextHolderStrategy contexts;

	TransferJobs(@Qualifier(Schedulers.TRANSFERS) TaskExecutor executor, SecurityContextHolderStrategy contexts) {
		this.executor = executor;
		this.contexts = contexts;
	}

	/**
	 * Runs the task with the caller's security context.
	 * @throws org.springframework.core.task.TaskRejectedException when too many imports
	 * wait already
	 */
	public void run(Runnable task) {
		DelegatingSecurityContextRunnable asCaller = new DelegatingSecurityContextRunnable(task,
				this.contexts.getContext());
		// The holder method security reads, not the static one.
		asCaller.setSecurityContextHolderStrategy(this.contexts);
		this.executor.execute(asCaller);
	}

}
