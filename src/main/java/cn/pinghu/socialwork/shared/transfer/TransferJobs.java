package cn.pinghu.socialwork.shared.transfer;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

/**
 * Runs imports off the UI thread, as the user who started them: a small pool of its own,
 * so that a long import never takes the threads other work needs. The pool is not a bean,
 * so that nothing else picks it up as the application's executor.
 */
@Component
public class TransferJobs implements DisposableBean {

	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	TransferJobs() {
		this.executor.setCorePoolSize(2);
		this.executor.setMaxPoolSize(2);
		this.executor.setQueueCapacity(50);
		this.executor.setThreadNamePrefix("transfer-");
		this.executor.initialize();
	}

	/**
	 * Runs the task with the caller's security context.
	 * @throws org.springframework.core.task.TaskRejectedException when too many imports
	 * wait already
	 */
	public void run(Runnable task) {
		this.executor.execute(new DelegatingSecurityContextRunnable(task));
	}

	@Override
	public void destroy() {
		this.executor.shutdown();
	}

}
