package cn.pinghu.socialwork.screen.feed;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.pinghu.socialwork.identity.AuthenticatedDisplay;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.security.DisplayDeviceService;
import cn.pinghu.socialwork.security.TooManyRefusalsException;
import org.jspecify.annotations.Nullable;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Authenticates a STOMP client by the display token in its CONNECT frame
 * ({@code Authorization: Bearer <token>}), and lets an authenticated client subscribe to
 * the snapshot topic only. A bad token ends the connection with an ERROR frame; wrong
 * tokens are charged to the client's address ({@link ClientAddressHandshake}), which past
 * a limit gets its tokens refused unchecked.
 */
class DisplayTokenChannelInterceptor implements ChannelInterceptor {

	private static final String BEARER = "Bearer ";

	private final DisplayDeviceService displays;

	private final DisplayFeedSessions sessions;

	DisplayTokenChannelInterceptor(DisplayDeviceService displays, DisplayFeedSessions sessions) {
		this.displays = displays;
		this.sessions = sessions;
	}

	@Override
	public Message<?> preSend(Message<?> message, MessageChannel channel) {
		StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
		if (stomp == null || stomp.getCommand() == null) {
			return message;
		}
		StompCommand command = stomp.getCommand();
		if (command == StompCommand.CONNECT) {
			AuthenticatedDisplay display = authenticate(stomp)
				.orElseThrow(() -> new MessageDeliveryException("A valid display token is required"));
			stomp.setUser(new UsernamePasswordAuthenticationToken(display, null,
					List.of(new SimpleGrantedAuthority("ROLE_" + Role.Names.DISPLAY))));
			String sessionId = stomp.getSessionId();
			if (sessionId != null) {
				this.sessions.signedIn(sessionId, display.id());
			}
		}
		else if (command == StompCommand.SUBSCRIBE) {
			if (stomp.getUser() == null || !SnapshotFeedConfig.TOPIC.equals(stomp.getDestination())) {
				throw new MessageDeliveryException("Only " + SnapshotFeedConfig.TOPIC + " may be subscribed to");
			}
		}
		else if (command == StompCommand.SEND) {
			throw new MessageDeliveryException("The snapshot feed takes no messages");
		}
		return message;
	}

	/**
	 * The display of the frame's token; empty for a wrong token, and unchecked when the
	 * client's address had too many tokens refused lately.
	 */
	private Optional<AuthenticatedDisplay> authenticate(StompHeaderAccessor stomp) {
		Map<String, Object> attributes = stomp.getSessionAttributes();
		Object address = (attributes != null) ? attributes.get(ClientAddressHandshake.CLIENT_ADDRESS) : null;
		try {
			return this.displays.authenticate(token(stomp), String.valueOf(address));
		}
		catch (TooManyRefusalsException ex) {
			throw new MessageDeliveryException(
					"Too many wrong tokens from this address: try again in " + ex.retryAfterSeconds() + " s");
		}
	}

	private static @Nullable String token(StompHeaderAccessor stomp) {
		String authorization = stomp.getFirstNativeHeader("Authorization");
		if (authorization == null || !authorization.startsWith(BEARER)) {
			return null;
		}
		return authorization.substring(BEARER.length()).trim();
	}

}
