package cn.pinghu.socialwork.shared.transfer;

import cn.pinghu.socialwork.shared.scheduling.Schedulers;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

/**
 * Runs imports off the UI thread, as the user who started them: on a small pool of their
 * own ({@link Schedulers#TRANSFERS}), so that a long import never takes the threads other
 * work needs.
 */
@Component
public class TransferJobs {

	private final TaskExecutor executor;

	TransferJobs(@Qualifier(Schedulers.TRANSFERS) TaskExecutor executor) {
		this.executor = executor;
	}

	/**
	 * Runs the task with the caller's security context.
	 * @throws org.springframework.core.task.TaskRejectedException when too many imports
	 * wait already
	 */
	public void run(Runnable task) {
		this.executor.execute(new DelegatingSecurityContextRunnable(task));
	}

}
