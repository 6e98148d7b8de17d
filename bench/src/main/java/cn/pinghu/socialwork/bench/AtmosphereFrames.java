package cn.pinghu.socialwork.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits what Vaadin's push WebSocket delivers into messages. Vaadin's server sends each
 * message as {@code <length>|<message>} (Atmosphere's message length tracking, the length
 * in UTF-16 characters, delimiter {@code |}); a UIDL message is {@code for(;;);[...]}, a
 * JSON array of UIDL objects behind a guard. What is not length-prefixed (Atmosphere's
 * handshake and its heartbeat padding) comes through as one message per WebSocket message
 * and is ignored by the caller.
 * <p>
 * The JDK's WebSocket hands a text message over in parts ({@code onText(..., last)}), cut
 * wherever its read buffer ended: inside a message, between two messages, or inside the
 * digits of the next length. So text is only taken for unprefixed once its WebSocket
 * message is complete, a prefix is only read once its {@code |} has arrived, and a
 * prefixed message may span parts and WebSocket messages; one part may hold several
 * messages.
 */
final class AtmosphereFrames {

	static final String UIDL_PREFIX = "for(;;);";

	/** Longer lengths are not a prefix: Atmosphere's handshake starts with a UUID. */
	private static final int MAX_LENGTH_DIGITS = 9;

	/** The prefix is not complete yet. */
	private static final int WAIT = -1;

	/** The text does not start with a length. */
	private static final int NOT_PREFIXED = -2;

	private final StringBuilder buffer = new StringBuilder();

	/** Adds one complete WebSocket text message; returns the messages that are now complete. */
	List<String> add(CharSequence text) {
		return add(text, true);
	}

	/**
	 * Adds a part of a WebSocket text message; {@code last} tells whether it ends that
	 * message. Returns the messages that are now complete, in order.
	 */
	List<String> add(CharSequence text, boolean last) {
		this.buffer.append(text);
		List<String> messages = new ArrayList<>(1);
		while (this.buffer.length() > 0) {
			int length = prefixedLength();
			if (length == WAIT) {
				break;
			}
			if (length == NOT_PREFIXED) {
				if (last) {
					messages.add(this.buffer.toString());
					this.buffer.setLength(0);
				}
				break;
			}
			int bar = this.buffer.indexOf("|");
			if (this.buffer.length() < bar + 1 + length) {
				break;
			}
			messages.add(this.buffer.substring(bar + 1, bar + 1 + length));
			this.buffer.delete(0, bar + 1 + length);
		}
		return messages;
	}

	/** Text that arrived but is not a whole message yet. */
	int pending() {
		return this.buffer.length();
	}

	/**
	 * The length in the buffer's {@code <digits>|} prefix; {@link #WAIT} while the buffer
	 * holds only digits (the rest of the prefix is still to come), {@link #NOT_PREFIXED} if
	 * it does not start with a length.
	 */
	private int prefixedLength() {
		int value = 0;
		for (int i = 0; i < this.buffer.length(); i++) {
			char c = this.buffer.charAt(i);
			if (c == '|') {
				return i == 0 ? NOT_PREFIXED : value;
			}
			if (c < '0' || c > '9' || i >= MAX_LENGTH_DIGITS) {
				return NOT_PREFIXED;
			}
			value = value * 10 + (c - '0');
		}
		return WAIT;
	}

}
