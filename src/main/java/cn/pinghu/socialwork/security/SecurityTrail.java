package cn.pinghu.socialwork.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditService;
import cn.pinghu.socialwork.audit.FieldChange;
import cn.pinghu.socialwork.audit.SecurityEvent;
import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the security log's events in the audit trail too, where administrators filter
 * them on the audit page. The request that raised an event never waits for the database:
 * events are held here and stored together every few seconds
 * ({@code console.security.trail.flush-ms}).
 * <p>
 * Bounded, so that an attack cannot fill the table: at most
 * {@code console.security.trail.per-minute} (120) events a minute are stored one by one
 * on each node; those past it are counted and stored as one {@code EVENTS_DROPPED} row
 * (the log still has every line). Refused keys and tokens, which a flood sends by the
 * thousand, are never stored one by one: each minute's refusals are one
 * {@code CREDENTIALS_REFUSED} row per kind, with the count, the number of addresses (the
 * first {@value #MAX_ADDRESSES} told apart) and the busiest address.
 */
@Component
public class SecurityTrail {

	/** Addresses told apart within a minute's refusals of one kind. */
	static final int MAX_ADDRESSES = 1_000;

	private static final Duration MINUTE = Duration.ofMinutes(1);

	private static final Logger log = LoggerFactory.getLogger(SecurityTrail.class);

	private final Consumer<List<SecurityEvent>> store;

	private final Clock clock;

	private final int perMinute;

	private final List<SecurityEvent> held = new ArrayList<>();

	private final Map<String, Refusals> refusals = new LinkedHashMap<>();

	private Instant minuteStart;

	private int takenThisMinute;

	private long dropped;

	@Autowired
	SecurityTrail(AuditService audit, Clock clock, @Value("${console.security.trail.per-minute:120}") int perMinute) {
		this(audit::recordSecurityEvents, clock, perMinute);
	}

	/**
	 * @param store writes a batch of events; called from {@link #flush} only
	 */
	SecurityTrail(Consumer<List<SecurityEvent>> store, Clock clock, int perMinute) {
		this.store = store;
		this.clock = clock;
		this.perMinute = perMinute;
		this.minuteStart = clock.instant();
	}

	/** Holds an event for the trail, unless this minute's allowance is used up. */
	synchronized void add(AuditAction action, String username, List<FieldChange> details) {
		Instant now = this.clock.instant();
		nextMinute(now);
		if (this.takenThisMinute >= this.perMinute) {
			this.dropped++;
			return;
		}
		this.takenThisMinute++;
		this.held.add(new SecurityEvent(now, username, action, details));
	}

	/** Counts a refused key or token; stored as the minute's sum. */
	synchronized void refused(String kind, String address) {
		this.refusals.computeIfAbsent(kind, k -> new Refusals(this.clock.instant())).count(address);
	}

	/**
	 * Stores what is held, the dropped events' count and the refusals of each kind whose
	 * minute is over. A failure is logged and the batch given up: the security log has
	 * every event still.
	 */
	@Scheduled(fixedDelayString = "${console.security.trail.flush-ms:5000}")
	public void flush() {
		flush(false);
	}

	/**
	 * Stores everything held now, the refusals of the current minute included: at
	 * shutdown, and for tests.
	 */
	@PreDestroy
	public void flushAll() {
		flush(true);
	}

	private void flush(boolean all) {
		List<SecurityEvent> batch;
		synchronized (this) {
			Instant now = this.clock.instant();
			nextMinute(now);
			batch = new ArrayList<>(this.held);
			this.held.clear();
			if (this.dropped > 0) {
				batch.add(new SecurityEvent(now, AuditService.SYSTEM, AuditAction.EVENTS_DROPPED,
						List.of(detail("count", this.dropped), detail("perMinute", this.perMinute))));
				this.dropped = 0;
			}
			var kinds = this.refusals.entrySet().iterator();
			while (kinds.hasNext()) {
				Map.Entry<String, Refusals> kind = kinds.next();
				if (all || !kind.getValue().since.plus(MINUTE).isAfter(now)) {
					batch.add(kind.getValue().event(kind.getKey(), now));
					kinds.remove();
				}
			}
		}
		if (batch.isEmpty()) {
			return;
		}
		try {
			this.store.accept(batch);
		}
		catch (RuntimeException ex) {
			log.warn("{} security event(s) could not be stored in the audit trail: {}", batch.size(), ex.toString());
		}
	}

	private void nextMinute(Instant now) {
		if (!this.minuteStart.plus(MINUTE).isAfter(now)) {
			this.minuteStart = now;
			this.takenThisMinute = 0;
		}
	}

	static FieldChange detail(String field, @Nullable Object value) {
		return new FieldChange(field, null, (value != null) ? value.toString() : null);
	}

	/** One kind's refusals since the first of the minute. */
	private static final class Refusals {

		private final Instant since;

		private final Map<String, Long> byAddress = new HashMap<>();

		private long count;

		private boolean moreAddresses;

		Refusals(Instant since) {
			this.since = since;
		}

		void count(String address) {
			this.count++;
			if (this.byAddress.containsKey(address) || this.byAddress.size() < MAX_ADDRESSES) {
				this.byAddress.merge(address, 1L, Long::sum);
			}
			else {
				this.moreAddresses = true;
			}
		}

		SecurityEvent event(String kind, Instant now) {
			Map.Entry<String, Long> busiest = this.byAddress.entrySet()
				.stream()
				.max(Map.Entry.comparingByValue())
				.orElseThrow();
			String addresses = this.byAddress.size() + (this.moreAddresses ? "+" : "");
			return new SecurityEvent(now, AuditService.SYSTEM, AuditAction.CREDENTIALS_REFUSED,
					List.of(detail("kind", kind), detail("count", this.count), detail("addresses", addresses),
							detail("busiestAddress", SecurityLog.clean(busiest.getKey())),
							detail("busiestCount", busiest.getValue()), detail("since", this.since)));
		}

	}

}
