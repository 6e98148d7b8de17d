package cn.pinghu.socialwork.screen.feed;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import cn.pinghu.socialwork.security.DisplayDeviceService;
import cn.pinghu.socialwork.shared.Subscription;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.handler.WebSocketHandlerDecoratorFactory;

/**
 * The STOMP feed's open connections and the display each one signed in as. Revoking a
 * display closes its connections on every node at once: a revoked token stops receiving
 * now, not at its next reconnect (which it would then fail).
 */
@Component
class DisplayFeedSessions implements WebSocketHandlerDecoratorFactory {

	/** WebSocket close code 1008: the display's token was revoked. */
	static final CloseStatus REVOKED = CloseStatus.POLICY_VIOLATION.withReason("display revoked");

	private static final Logger log = LoggerFactory.getLogger(DisplayFeedSessions.class);

	private final DisplayDeviceService displays;

	private final Map<String, WebSocketSession> open = new ConcurrentHashMap<>();

	private final Map<String, Long> displayBySession = new ConcurrentHashMap<>();

	/**
	 * Displays revoked since this node started: a CONNECT authenticated just before its
	 * revocation arrived here is closed as it registers.
	 */
	private final Set<Long> revoked = ConcurrentHashMap.newKeySet();

	private @Nullable Subscription subscription;

	DisplayFeedSessions(DisplayDeviceService displays) {
		this.displays = displays;
	}

	@PostConstruct
	void listen() {
		this.subscription = this.displays.onAnyRevoked(this::revoked);
	}

	@PreDestroy
	void stopListening() {
		if (this.subscription != null) {
			this.subscription.cancel();
		}
	}

	@Override
	public WebSocketHandler decorate(WebSocketHandler handler) {
		return new WebSocketHandlerDecorator(handler) {
			@Override
			public void afterConnectionEstablished(WebSocketSession session) throws Exception {
				DisplayFeedSessions.this.open.put(session.getId(), session);
				super.afterConnectionEstablished(session);
			}

			@Override
			public void afterConnectionClosed(WebSocketSession session, CloseStatus closeStatus) throws Exception {
				DisplayFeedSessions.this.open.remove(session.getId());
				DisplayFeedSessions.this.displayBySession.remove(session.getId());
				super.afterConnectionClosed(session, closeStatus);
			}
		};
	}

	/** A STOMP CONNECT on this WebSocket session was authenticated as this display. */
	void signedIn(String sessionId, long displayId) {
		this.displayBySession.put(sessionId, displayId);
		if (this.revoked.contains(displayId)) {
			close(sessionId);
		}
	}

	int openCount() {
		return this.open.size();
	}

	private void revoked(long displayId) {
		this.revoked.add(displayId);
		this.displayBySession.forEach((sessionId, id) -> {
			if (id == displayId) {
				close(sessionId);
			}
		});
	}

	private void close(String sessionId) {
		WebSocketSession session = this.open.get(sessionId);
		if (session == null) {
			return;
		}
		try {
			session.close(REVOKED);
		}
		catch (IOException | RuntimeException ex) {
			log.debug("Could not close feed session {} of a revoked display", sessionId, ex);
		}
	}

}
