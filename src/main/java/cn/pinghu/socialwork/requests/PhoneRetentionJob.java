package cn.pinghu.socialwork.requests;

import java.time.Instant;
import java.time.Period;
import java.util.List;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditService;
import cn.pinghu.socialwork.audit.FieldChange;
import cn.pinghu.socialwork.requests.internal.RiderRequest;
import cn.pinghu.socialwork.requests.internal.RiderRequestRepository;
import cn.pinghu.socialwork.shared.ConsoleCalendar;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Pageable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes the phone numbers of requests closed more than two years ago
 * ({@code console.requests.phone-retention}), once a night on one node, in batches; each
 * removal is in the case's history.
 */
@Component
public class PhoneRetentionJob {

	static final String LOCK = "rider-request-phones";

	private static final Logger log = LoggerFactory.getLogger(PhoneRetentionJob.class);

	private static final int BATCH = 500;

	private final RiderRequestRepository requests;

	private final AuditService audit;

	private final ConsoleCalendar calendar;

	private final TransactionTemplate transactions;

	private final Period retention;

	PhoneRetentionJob(RiderRequestRepository requests, AuditService audit, ConsoleCalendar calendar,
			TransactionTemplate transactions, @Value("${console.requests.phone-retention:P2Y}") Period retention) {
		this.requests = requests;
		this.audit = audit;
		this.calendar = calendar;
		this.transactions = transactions;
		this.retention = retention;
	}

	/** Removes them now, unless another node holds the lock. */
	@Scheduled(cron = "${console.requests.phone-retention-cron:0 37 2 * * *}", zone = "${console.zone}")
	@SchedulerLock(name = LOCK, lockAtMostFor = "PT30M")
	public void removeExpiredPhones() {
		int total = removeClosedBefore(
				this.calendar.now().atZone(this.calendar.zone()).minus(this.retention).toInstant());
		if (total > 0) {
			log.info("Removed the phone numbers of {} requests closed more than {} ago", total, this.retention);
		}
	}

	/** Removes the numbers of requests closed before the instant; how many. */
	int removeClosedBefore(Instant before) {
		int total = 0;
		int removed;
		do {
			Integer batch = this.transactions.execute(status -> removeBatch(before));
			removed = (batch != null) ? batch : 0;
			total += removed;
		}
		while (removed == BATCH);
		return total;
	}

	private int removeBatch(Instant before) {
		List<RiderRequest> batch = this.requests.closedWithPhoneBefore(before, Pageable.ofSize(BATCH));
		Instant now = this.calendar.now();
		for (RiderRequest request : batch) {
			request.removePhone(now);
			this.audit.record(AuditAction.UPDATE, RiderRequestService.RIDER_REQUEST, request.getId(),
					request.getTownId(), List.of(new FieldChange("phone", "****", null)));
		}
		this.requests.flush();
		return batch.size();
	}

}
