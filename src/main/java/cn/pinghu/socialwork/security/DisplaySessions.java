package cn.pinghu.socialwork.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.pinghu.socialwork.security.internal.DisplaySession;
import cn.pinghu.socialwork.security.internal.DisplaySessionRepository;
import cn.pinghu.socialwork.shared.Subscription;
import cn.pinghu.socialwork.shared.events.DomainEventFeed;
import cn.pinghu.socialwork.shared.events.DomainEvents;
import cn.pinghu.socialwork.shared.scheduling.Schedulers;
import jakarta.annotation.PreDestroy;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.security.web.session.HttpSessionIdChangedEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The wall displays' sessions on this node, and the rules they live by
 * ({@link DisplaySessionSettings}):
 * <ul>
 * <li>a session lives while its browser makes requests (an open screen's heartbeats) and
 * ends {@code timeout} after the last one; the HTTP session itself never times out, see
 * {@link DisplaySignInFilter};</li>
 * <li>one token has at most {@code maxPerToken} sessions on all nodes together
 * ({@code display_session}); a new one ends the oldest, through
 * {@link DisplaySessionsEnded};</li>
 * <li>revoking a display ({@link DisplayDeviceRevoked}) or giving it a new token
 * ({@link DisplayTokenRotated}) ends every session of its token on every node, whether a
 * screen is open in it or not.</li>
 * </ul>
 * A session told to end ends {@link #GRACE} later: a screen open in it hears the same
 * event and first sends its browser to the login view with the reason (the screens'
 * guard), which an invalidated session could no longer do.
 */
@Component
class DisplaySessions {

	/** How long a session told to end lives on, for its screen to leave first. */
	static final Duration GRACE = Duration.ofSeconds(1);

	/** How often the node looks for silent sessions. */
	static final long CHECK_INTERVAL_MS = 30_000;

	private static final Logger log = LoggerFactory.getLogger(DisplaySessions.class);

	private final DisplaySessionRepository sessions;

	private final TransactionTemplate transactions;

	private final DomainEvents events;

	private final Clock clock;

	private final DisplaySessionSettings settings;

	private final TaskScheduler endings;

	private final List<Subscription> subscriptions;

	/** The display sessions this node holds, by session id. */
	private final Map<String, Held> held = new ConcurrentHashMap<>();

	DisplaySessions(DisplaySessionRepository sessions, PlatformTransactionManager transactions, DomainEvents events,
			DomainEventFeed feed, Clock clock, DisplaySessionSettings settings,
			@Qualifier(Schedulers.SESSION_ENDINGS) TaskScheduler endings) {
		this.sessions = sessions;
		this.transactions = new TransactionTemplate(transactions);
		this.events = events;
		this.clock = clock;
		this.settings = settings;
		this.endings = endings;
		this.subscriptions = List.of(
				feed.subscribe(DisplayDeviceRevoked.class, (revoked) -> endAll(revoked.event().deviceId())),
				feed.subscribe(DisplayTokenRotated.class, (rotated) -> endAll(rotated.event().deviceId())),
				feed.subscribe(DisplaySessionsEnded.class, (ended) -> end(ended.event().sessionIds())));
	}

	/**
	 * A display signed in with {@code session} on this node: the session is counted
	 * against its token, and the token's oldest sessions beyond
	 * {@code console.security.display-session.max-per-token} end, on whichever node holds
	 * them.
	 */
	void started(long deviceId, HttpSession session) {
		String id = session.getId();
		this.held.put(id, new Held(deviceId, session));
		Instant now = this.clock.instant();
		this.transactions.executeWithoutResult((status) -> {
			this.sessions.saveAndFlush(new DisplaySession(id, deviceId, now));
			List<String> newestFirst = this.sessions.newestFirst(deviceId);
			int max = this.settings.maxPerToken();
			if (newestFirst.size() > max) {
				List<String> oldest = List.copyOf(newestFirst.subList(max, newestFirst.size()));
				this.sessions.deleteAllByIds(oldest);
				this.events.publish(new DisplaySessionsEnded(deviceId, oldest));
			}
		});
	}

	/** How many display sessions this node holds. */
	int held() {
		return this.held.size();
	}

	/** Whether this node holds the session as a display's. */
	boolean holds(String sessionId) {
		return this.held.containsKey(sessionId);
	}

	@Scheduled(fixedDelay = CHECK_INTERVAL_MS, initialDelay = CHECK_INTERVAL_MS)
	void sweep() {
		// The servlet container stamps each request on the session with the system
		// clock, so the sweep compares with it.
		sweep(System.currentTimeMillis());
	}

	/**
	 * Ends the sessions without a request for longer than the timeout at {@code now}
	 * (milliseconds since the epoch), tells the other nodes that this one still holds the
	 * rest, and forgets the sessions of nodes that stopped; how many sessions ended.
	 */
	int sweep(long now) {
		long timeout = this.settings.timeout().toMillis();
		int ended = 0;
		List<String> live = new ArrayList<>();
		for (Map.Entry<String, Held> entry : this.held.entrySet()) {
			long silent;
			try {
				silent = now - entry.getValue().session().getLastAccessedTime();
			}
			catch (IllegalStateException invalidated) {
				this.held.remove(entry.getKey());
				continue;
			}
			if (silent > timeout) {
				log.info("A display's session had no request for {} s; it ends", silent / 1000);
				invalidate(entry.getValue().session());
				ended++;
			}
			else {
				live.add(entry.getKey());
			}
		}
		Instant instant = this.clock.instant();
		this.transactions.executeWithoutResult((status) -> {
			if (!live.isEmpty()) {
				this.sessions.seen(live, instant);
			}
			this.sessions.deleteUnseenSince(instant.minus(this.settings.timeout()).minusMillis(2 * CHECK_INTERVAL_MS));
		});
		return ended;
	}

	private void endAll(long deviceId) {
		List<String> ids = this.held.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().deviceId() == deviceId)
			.map(Map.Entry::getKey)
			.toList();
		end(ids);
	}

	private void end(List<String> sessionIds) {
		List<HttpSession> ending = sessionIds.stream()
			.map(this.held::get)
			.filter((found) -> found != null)
			.map(Held::session)
			.toList();
		if (ending.isEmpty()) {
			return;
		}
		log.info("Ending {} display session(s)", ending.size());
		this.endings.schedule(() -> ending.forEach(DisplaySessions::invalidate),
				this.endings.getClock().instant().plus(GRACE));
	}

	@EventListener
	void idChanged(HttpSessionIdChangedEvent event) {
		Held session = this.held.remove(event.getOldSessionId());
		if (session != null) {
			this.held.put(event.getNewSessionId(), session);
			store(() -> this.sessions.rename(event.getOldSessionId(), event.getNewSessionId()));
		}
	}

	@EventListener
	void destroyed(HttpSessionDestroyedEvent event) {
		if (this.held.remove(event.getId()) != null) {
			store(() -> this.sessions.deleteAllByIds(List.of(event.getId())));
		}
	}

	/**
	 * Writes what became of a session. A failure (the database away) leaves a row that
	 * counts against its token until the nodes' sweeps forget it.
	 */
	private void store(Runnable write) {
		try {
			this.transactions.executeWithoutResult((status) -> write.run());
		}
		catch (DataAccessException | TransactionException ex) {
			log.warn("Could not record the end of a display session: {}", ex.getMessage());
		}
	}

	@PreDestroy
	void stop() {
		this.subscriptions.forEach(Subscription::cancel);
	}

	private static void invalidate(HttpSession session) {
		try {
			session.invalidate();
		}
		catch (IllegalStateException alreadyInvalid) {
			// it ended by itself meanwhile
		}
	}

	private record Held(long deviceId, HttpSession session) {
	}

}
