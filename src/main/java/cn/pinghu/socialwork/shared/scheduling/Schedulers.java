package cn.pinghu.socialwork.shared.scheduling;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The small thread pools that live features keep for themselves, so that their work never
 * queues behind the application's other scheduled work, nor behind each other's. They are
 * beans so that Spring starts and stops them, but not default candidates: none of them
 * becomes the scheduler that {@code @Scheduled} jobs run on or the executor that anything
 * else picks up by type, and each is injected only where its name asks for it.
 * <p>
 * Their thread names are those the logs have always shown.
 */
@Configuration(proxyBeanMethods = false)
public class Schedulers {

	/** Reads the campaign figures again after a change. */
	public static final String CAMPAIGN_FIGURES = "campaignFiguresScheduler";

	/** Reads the wall screens' figures and ticker again after a change. */
	public static final String SCREEN_REFRESH = "screenRefreshScheduler";

	/** Times the live numbers' emissions and heartbeats. */
	public static final String DASHBOARD_NOTIFIER = "dashboardNotifierScheduler";

	/** Hands the live numbers to the screens, one per core. */
	public static final String DASHBOARD_DELIVERY = "dashboardDeliveryExecutor";

	/** Ends sessions a moment after they were told to end (wall displays). */
	public static final String SESSION_ENDINGS = "sessionEndingsScheduler";

	/** Reads the outbox: the polls and the wakes after a local commit. */
	public static final String OUTBOX_TAILER = "outboxTailerScheduler";

	/**
	 * Runs the imports off the UI thread, one at a time on this node: one thread, and at
	 * most {@link #TRANSFERS_WAITING} waiting in turn (a further one is refused).
	 */
	public static final String TRANSFERS = "transferExecutor";

	/** How many imports may wait while another runs on this node. */
	public static final int TRANSFERS_WAITING = 20;

	@Bean(name = OUTBOX_TAILER, defaultCandidate = false)
	ThreadPoolTaskScheduler outboxTailerScheduler() {
		return singleThread("outbox-tailer-");
	}

	@Bean(name = SESSION_ENDINGS, defaultCandidate = false)
	ThreadPoolTaskScheduler sessionEndingsScheduler() {
		return singleThread("session-endings-");
	}

	@Bean(name = TRANSFERS, defaultCandidate = false)
	ThreadPoolTaskExecutor transferExecutor() {
		return transfers();
	}

	/** The {@link #TRANSFERS} pool, not yet initialized. */
	public static ThreadPoolTaskExecutor transfers() {
		ThreadPoolTaskExecutor executor = pool("transfer-", 1);
		executor.setQueueCapacity(TRANSFERS_WAITING);
		return executor;
	}

	@Bean(name = CAMPAIGN_FIGURES, defaultCandidate = false)
	ThreadPoolTaskScheduler campaignFiguresScheduler() {
		return singleThread("campaign-figures-");
	}

	@Bean(name = SCREEN_REFRESH, defaultCandidate = false)
	ThreadPoolTaskScheduler screenRefreshScheduler() {
		return singleThread("screen-refresh-");
	}

	@Bean(name = DASHBOARD_NOTIFIER, defaultCandidate = false)
	ThreadPoolTaskScheduler dashboardNotifierScheduler() {
		return singleThread("dashboard-notifier-");
	}

	@Bean(name = DASHBOARD_DELIVERY, defaultCandidate = false)
	ThreadPoolTaskExecutor dashboardDeliveryExecutor() {
		return pool("dashboard-delivery-", Runtime.getRuntime().availableProcessors());
	}

	/**
	 * One daemon thread, named with {@code prefix}. Not yet initialized: Spring does that
	 * for a bean, a test that builds one calls {@code initialize()} and later
	 * {@code shutdown()}.
	 */
	public static ThreadPoolTaskScheduler singleThread(String prefix) {
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setPoolSize(1);
		scheduler.setThreadNamePrefix(prefix);
		scheduler.setDaemon(true);
		return scheduler;
	}

	/** A fixed pool of daemon threads; not yet initialized, as {@link #singleThread}. */
	public static ThreadPoolTaskExecutor pool(String prefix, int threads) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(Math.max(1, threads));
		executor.setMaxPoolSize(Math.max(1, threads));
		executor.setThreadNamePrefix(prefix);
		executor.setDaemon(true);
		return executor;
	}

}
