package cn.pinghu.socialwork.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits what Vaadin's push WebSocket delivers into messages. Vaadin's server sends each
 * message as {@code <length>|<message>} (Atmosphere's message length tracking, the length
 * in UTF-16 characters, delimiter {@code |}); a UIDL message is {@code for(;;);[...]}, a
 * JSON array of UIDL objects behind a guard. A message may span WebSocket frames, and one
 * frame may hold several messages. What is not length-prefixed (Atmosphere's handshake and
 * its heartbeat padding) comes through as one message per frame and is ignored by the
 * caller.
 */
final class AtmosphereFrames {

	static final String UIDL_PREFIX = "for(;;);";

	private final StringBuilder buffer = new StringBuilder();

	/** Adds received text; returns the messages that are now complete. */
	List<String> add(CharSequence text) {
		this.buffer.append(text);
		List<String> messages = new ArrayList<>(1);
		while (this.buffer.length() > 0) {
			int bar = this.buffer.indexOf("|");
			int length = bar > 0 ? digits(bar) : -1;
			if (length < 0) {
				messages.add(this.buffer.toString());
				this.buffer.setLength(0);
				break;
			}
			if (this.buffer.length() < bar + 1 + length) {
				break;
			}
			messages.add(this.buffer.substring(bar + 1, bar + 1 + length));
			this.buffer.delete(0, bar + 1 + length);
		}
		return messages;
	}

	private int digits(int end) {
		if (end > 9) {
			return -1;
		}
		int value = 0;
		for (int i = 0; i < end; i++) {
			char c = this.buffer.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

}
