package cn.pinghu.socialwork.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends a user's open sessions when an administrator disables the account or resets its
 * password. Spring Security's {@link SessionRegistry} knows each user's sessions (the
 * login registers them); an expired one is signed out and sent to the login page on its
 * next HTTP request. A Vaadin view, once open, talks over its WebSocket, which no filter
 * sees: so the sessions are invalidated as well, which closes their views at once. The
 * HTTP sessions are known from the servlet container's events
 * ({@link org.springframework.security.web.session.HttpSessionEventPublisher}).
 */
@Component
class SignedInSessions {

	private static final Logger log = LoggerFactory.getLogger(SignedInSessions.class);

	private final SessionRegistry registry;

	private final Map<String, HttpSession> open = new ConcurrentHashMap<>();

	SignedInSessions(SessionRegistry registry) {
		this.registry = registry;
	}

	/**
	 * Ends the user's sessions when the current transaction commits, at once without one:
	 * a change that rolls back signs nobody out.
	 */
	void endAfterCommit(String username) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			end(username);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				end(username);
			}
		});
	}

	/**
	 * Ends every session of the user (user names compare as logins do, ignoring case).
	 */
	void end(String username) {
		int ended = 0;
		for (Object principal : this.registry.getAllPrincipals()) {
			if (!(principal instanceof UserDetails user) || !user.getUsername().equalsIgnoreCase(username)) {
				continue;
			}
			for (SessionInformation session : this.registry.getAllSessions(principal, false)) {
				session.expireNow();
				invalidate(this.open.get(session.getSessionId()));
				ended++;
			}
		}
		if (ended > 0) {
			log.info("Ended {} session(s) of {}", ended, username);
		}
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
