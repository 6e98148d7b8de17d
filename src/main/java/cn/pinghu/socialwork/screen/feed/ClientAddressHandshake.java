package cn.pinghu.socialwork.screen.feed;

import java.net.InetSocketAddress;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * Keeps the client's address with the WebSocket session, so that a wrong token in the
 * CONNECT frame is charged to it ({@link DisplayTokenChannelInterceptor}).
 */
class ClientAddressHandshake implements HandshakeInterceptor {

	/** The session attribute that holds the address. */
	static final String CLIENT_ADDRESS = ClientAddressHandshake.class.getName() + ".clientAddress";

	@Override
	public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
			Map<String, Object> attributes) {
		attributes.put(CLIENT_ADDRESS, address(request));
		return true;
	}

	@Override
	public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
			@Nullable Exception exception) {
	}

	/** As the servlet request sees it: the proxy's client when forward headers are on. */
	private static String address(ServerHttpRequest request) {
		if (request instanceof ServletServerHttpRequest servlet) {
			return servlet.getServletRequest().getRemoteAddr();
		}
		InetSocketAddress remote = request.getRemoteAddress();
		return (remote != null) ? remote.getHostString() : "unknown";
	}

}
