package cn.pinghu.socialwork.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.pinghu.socialwork.shared.Subscription;
import cn.pinghu.socialwork.shared.events.DomainEventFeed;
import cn.pinghu.socialwork.shared.events.DomainEvents;
import jakarta.annotation.PreDestroy;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.session.HttpSessionCreatedEvent;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.security.web.session.HttpSessionIdChangedEvent;
import org.springframework.stereotype.Component;

/**
 * Ends a user's sessions on every node when their account is disabled, their password
 * reset or changed, or their roles or towns changed: {@link #revoke} publishes
 * {@link UserSessionsRevoked} through the outbox, and every node, hearing it (at once
 * here, within {@code console.outbox.poll-interval} elsewhere), ends the sessions it
 * holds. Spring Security's {@link SessionRegistry} knows each user's sessions on this
 * node (the login registers them); an expired one is signed out and sent to the login
 * page on its next HTTP request. A Vaadin view, once open, talks over its WebSocket,
 * which no filter sees: so the sessions are invalidated as well, which closes their views
 * at once. The HTTP sessions are known from the servlet container's events
 * ({@link org.springframework.security.web.session.HttpSessionEventPublisher}).
 */
@Component
class SignedInSessions {

	private static final Logger log = LoggerFactory.getLogger(SignedInSessions.class);

	private final SessionRegistry registry;

	private final DomainEvents events;

	private final CurrentSignIn currentSignIn;

	private final SecurityLog securityLog;

	private final Subscription revocations;

	private final Map<String, HttpSession> open = new ConcurrentHashMap<>();

	SignedInSessions(SessionRegistry registry, DomainEvents events, DomainEventFeed feed, CurrentSignIn currentSignIn,
			SecurityLog securityLog) {
		this.registry = registry;
		this.securityLog = securityLog;
		this.events = events;
		this.currentSignIn = currentSignIn;
		this.revocations = feed.subscribe(UserSessionsRevoked.class,
				(revoked) -> end(revoked.event().username(), revoked.event().keptSignIn()));
	}

	/**
	 * Ends the user's sessions on every node once the current transaction commits (a
	 * change that rolls back signs nobody out); must run inside that transaction. The
	 * caller's own session stays open when it is the user's: they are here, and may have
	 * to read the new password first.
	 */
	void revoke(String username, UserSessionsRevoked.Reason reason) {
		String kept = this.currentSignIn.username()
			.filter(caller -> caller.equalsIgnoreCase(username))
			.flatMap(caller -> this.currentSignIn.id())
			.orElse(null);
		this.events.publish(new UserSessionsRevoked(username, reason, kept));
		this.securityLog.sessionsRevoked(username, reason, this.currentSignIn.username().orElse(null));
	}

	/**
	 * Ends every session of the user on this node (user names compare as logins do,
	 * ignoring case), except the sign-in {@code kept}.
	 */
	void end(String username, @Nullable String kept) {
		int ended = 0;
		for (Object principal : this.registry.getAllPrincipals()) {
			if (!(principal instanceof UserDetails user) || !user.getUsername().equalsIgnoreCase(username)) {
				continue;
			}
			for (SessionInformation session : this.registry.getAllSessions(principal, false)) {
				if (kept != null && session.getPrincipal() instanceof ConsoleUserDetails details
						&& kept.equals(details.signInId())) {
					continue;
				}
				session.expireNow();
				invalidate(this.open.get(session.getSessionId()));
				ended++;
			}
		}
		if (ended > 0) {
			log.info("Ended {} session(s) of {}", ended, SecurityLog.clean(username));
		}
	}

	@PreDestroy
	void stop() {
		this.revocations.cancel();
	}

	private static void invalidate(@Nullable HttpSession session) {
		if (session == null) {
			return;
		}
		try {
			session.invalidate();
		}
		catch (IllegalStateException alreadyInvalid) {
			// it ended by itself meanwhile
		}
	}

	@EventListener
	void created(HttpSessionCreatedEvent event) {
		this.open.put(event.getSession().getId(), event.getSession());
	}

	@EventListener
	void idChanged(HttpSessionIdChangedEvent event) {
		HttpSession session = this.open.remove(event.getOldSessionId());
		if (session != null) {
			this.open.put(event.getNewSessionId(), session);
		}
	}

	@EventListener
	void destroyed(HttpSessionDestroyedEvent event) {
		this.open.remove(event.getId());
	}

}
