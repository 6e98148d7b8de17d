package cn.pinghu.socialwork.visits;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the check-in devices whose last check-in is older than the repeat window, every
 * hour, on one node, in batches: past the window a device's row decides nothing.
 */
@Component
class CheckInDevicePruner {

	static final String LOCK = "check-in-device-prune";

	private static final Logger log = LoggerFactory.getLogger(CheckInDevicePruner.class);

	private static final int BATCH = 5_000;

	private final CheckInService checkIns;

	CheckInDevicePruner(CheckInService checkIns) {
		this.checkIns = checkIns;
	}

	@Scheduled(cron = "${console.checkin.prune-cron:0 41 * * * *}", zone = "${console.zone}")
	@SchedulerLock(name = LOCK, lockAtMostFor = "PT30M")
	void prune() {
		long total = 0;
		int deleted;
		do {
			deleted = this.checkIns.forgetDevices(BATCH);
			total += deleted;
		}
		while (deleted == BATCH);
		if (total > 0) {
			log.info("Forgot {} check-in devices past the repeat window", total);
		}
	}

}
