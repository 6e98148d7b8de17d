package cn.pinghu.socialwork.shared.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import cn.pinghu.socialwork.shared.events.internal.StoredEventRepository;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes outbox rows older than the retention (7 days by default) once a night, on one
 * node, in batches so that no delete holds locks for long.
 */
@Component
public class OutboxPruner {

	static final String LOCK = "outbox-prune";

	private static final Logger log = LoggerFactory.getLogger(OutboxPruner.class);

	private static final int BATCH = 5_000;

	private final StoredEventRepository outbox;

	private final Clock clock;

	private final Duration retention;

	OutboxPruner(StoredEventRepository outbox, Clock clock,
			@Value("${console.outbox.retention:P7D}") Duration retention) {
		this.outbox = outbox;
		this.clock = clock;
		this.retention = retention;
	}

	/** Prunes now, unless another node holds the lock. */
	@Scheduled(cron = "${console.outbox.prune-cron:0 17 3 * * *}", zone = "${console.zone}")
	@SchedulerLock(name = LOCK, lockAtMostFor = "PT30M")
	public void prune() {
		Instant before = this.clock.instant().minus(this.retention);
		long total = 0;
		int deleted;
		do {
			deleted = this.outbox.deleteOlderThan(before, BATCH);
			total += deleted;
		}
		while (deleted == BATCH);
		if (total > 0) {
			log.info("Pruned {} outbox rows older than {}", total, before);
		}
	}

}
