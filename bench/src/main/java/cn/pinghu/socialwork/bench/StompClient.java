package cn.pinghu.socialwork.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * A raw STOMP 1.2 subscriber to the snapshot feed, over the JDK's WebSocket: CONNECT with the
 * display token, SUBSCRIBE to {@code /topic/snapshot}, and a timestamp for every MESSAGE. No
 * library between the socket and the clock, so that the feed's latency is the server's.
 */
final class StompClient implements WebSocket.Listener {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Arrivals arrivals = new Arrivals();

	private final CompletableFuture<Void> subscribed = new CompletableFuture<>();

	private final StringBuilder pending = new StringBuilder();

	private WebSocket socket;

	/** Connects and subscribes; returns once the server has confirmed the connection. */
	void open(HttpClient http, URI wsUri, String displayToken) throws Exception {
		this.socket = http.newWebSocketBuilder().buildAsync(wsUri, this).get(15, TimeUnit.SECONDS);
		this.socket
			.sendText("CONNECT\naccept-version:1.2\nhost:" + wsUri.getHost() + "\nheart-beat:0,0\nAuthorization:Bearer "
					+ displayToken + "\n\n\0", true)
			.get(5, TimeUnit.SECONDS);
		this.subscribed.get(15, TimeUnit.SECONDS);
		this.socket.sendText("SUBSCRIBE\nid:sub-0\ndestination:/topic/snapshot\n\n\0", true).get(5, TimeUnit.SECONDS);
	}

	Arrivals arrivals() {
		return this.arrivals;
	}

	void close() {
		if (this.socket != null) {
			this.socket.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(ex -> null);
		}
	}

	@Override
	public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
		long at = Micros.now();
		this.pending.append(data);
		if (last) {
			String frame = this.pending.toString();
			this.pending.setLength(0);
			handle(at, frame);
		}
		webSocket.request(1);
		return null;
	}

	private void handle(long at, String frame) {
		String trimmed = frame.stripLeading();
		if (trimmed.startsWith("CONNECTED")) {
			this.subscribed.complete(null);
		}
		else if (trimmed.startsWith("ERROR")) {
			this.subscribed.completeExceptionally(new IllegalStateException("STOMP ERROR: " + trimmed));
		}
		else if (trimmed.startsWith("MESSAGE")) {
			int bodyStart = trimmed.indexOf("\n\n");
			int end = trimmed.lastIndexOf('\0');
			String body = trimmed.substring(bodyStart + 2, end < 0 ? trimmed.length() : end);
			try {
				this.arrivals.frame(at, JSON.readTree(body).path("visitsToday").asLong());
			}
			catch (Exception ex) {
				this.arrivals.frame();
			}
		}
	}

	@Override
	public void onError(WebSocket webSocket, Throwable error) {
		this.subscribed.completeExceptionally(error);
	}

}
