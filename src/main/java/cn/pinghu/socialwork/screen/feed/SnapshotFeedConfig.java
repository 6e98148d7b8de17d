package cn.pinghu.socialwork.screen.feed;

import java.util.List;

import cn.pinghu.socialwork.security.DisplayDeviceService;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.converter.MappingJackson2MessageConverter;
import org.springframework.messaging.converter.MessageConverter;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;

/**
 * STOMP over WebSocket at {@value #ENDPOINT}: other systems (a provincial screen, a city
 * dashboard) subscribe to {@value #TOPIC} and receive the same snapshot JSON as
 * {@code GET /api/v1/dashboard/snapshot}, coalesced the same way. A display token in the
 * CONNECT frame authenticates the client; revoking the display closes its connections
 * ({@link DisplayFeedSessions}).
 */
@Configuration
@EnableWebSocketMessageBroker
class SnapshotFeedConfig implements WebSocketMessageBrokerConfigurer {

	static final String ENDPOINT = "/ws";

	static final String TOPIC = "/topic/snapshot";

	private final DisplayDeviceService displays;

	private final ObjectMapper json;

	private final DisplayFeedSessions sessions;

	SnapshotFeedConfig(DisplayDeviceService displays, ObjectMapper json, DisplayFeedSessions sessions) {
		this.displays = displays;
		this.json = json;
		this.sessions = sessions;
	}

	@Override
	public void registerStompEndpoints(StompEndpointRegistry registry) {
		// Any origin: the token, not the page's origin, decides who may listen.
		registry.addEndpoint(ENDPOINT).setAllowedOriginPatterns("*").addInterceptors(new ClientAddressHandshake());
	}

	@Override
	public void configureMessageBroker(MessageBrokerRegistry registry) {
		registry.enableSimpleBroker("/topic");
	}

	@Override
	public void configureClientInboundChannel(ChannelRegistration registration) {
		registration.interceptors(new DisplayTokenChannelInterceptor(this.displays, this.sessions));
	}

	@Override
	public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
		registration.addDecoratorFactory(this.sessions);
	}

	@Override
	public boolean configureMessageConverters(List<MessageConverter> converters) {
		// The REST API's ObjectMapper, so that both feeds write the same JSON.
		converters.add(new MappingJackson2MessageConverter(this.json));
		return false;
	}

}
