package cn.pinghu.socialwork.bench;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AtmosphereFramesTest {

	private static final String HANDSHAKE = "5c1e26c3-2f4b-4a39-9d2e-6b1f0e2a7c11|0|X|";

	private static final String FIRST = "for(;;);[{\"syncId\":1,\"changes\":[{\"node\":37,\"key\":\"text\",\"value\":\"5883\"}]}]";

	private static final String SECOND = "for(;;);[{\"syncId\":2,\"changes\":[{\"node\":40,\"key\":\"text\",\"value\":\"平湖市 😀 当湖街道\"}]}]";

	private final AtmosphereFrames frames = new AtmosphereFrames();

	@Test
	void aWholeMessageInOneWebSocketMessageComesOutWithoutItsLength() {
		assertThat(this.frames.add(prefixed(FIRST), true)).containsExactly(FIRST);
		assertThat(this.frames.pending()).isZero();
	}

	@Test
	void severalMessagesInOnePartComeOutInOrder() {
		assertThat(this.frames.add(prefixed(FIRST) + prefixed(SECOND), true)).containsExactly(FIRST, SECOND);
	}

	@Test
	void theLengthCountsUtf16CharactersSoChineseAndEmojiTextIsCutAtTheRightPlace() {
		assertThat(SECOND.length()).isGreaterThan(SECOND.codePointCount(0, SECOND.length()));
		assertThat(this.frames.add(prefixed(SECOND) + prefixed(FIRST), true)).containsExactly(SECOND, FIRST);
	}

	@Test
	void aMessageCutInsideItsLengthWaitsForTheRestOfTheLength() {
		String whole = prefixed(FIRST);
		assertThat(this.frames.add(whole.substring(0, 1), false)).isEmpty();
		assertThat(this.frames.add(whole.substring(1), true)).containsExactly(FIRST);
	}

	@Test
	void aPartThatEndsInTheNextMessagesLengthKeepsThoseDigitsForIt() {
		String stream = prefixed(FIRST) + prefixed(SECOND);
		int cut = prefixed(FIRST).length() + 1;
		assertThat(this.frames.add(stream.substring(0, cut), false)).containsExactly(FIRST);
		assertThat(this.frames.add(stream.substring(cut), true)).containsExactly(SECOND);
	}

	@Test
	void aMessageMayEndInALaterWebSocketMessage() {
		String whole = prefixed(FIRST);
		assertThat(this.frames.add(whole.substring(0, 20), true)).isEmpty();
		assertThat(this.frames.add(whole.substring(20), true)).containsExactly(FIRST);
	}

	@Test
	void theUnprefixedHandshakeComesOutWholeOnceItsWebSocketMessageEnds() {
		assertThat(this.frames.add(HANDSHAKE.substring(0, 10), false)).isEmpty();
		assertThat(this.frames.add(HANDSHAKE.substring(10), true)).containsExactly(HANDSHAKE);
		assertThat(this.frames.add(prefixed(FIRST), true)).containsExactly(FIRST);
	}

	@Test
	void aStreamCutAtAnyPlaceGivesTheSameMessages() {
		String stream = prefixed(FIRST) + prefixed(SECOND) + prefixed(FIRST);
		for (int cut = 1; cut < stream.length(); cut++) {
			AtmosphereFrames split = new AtmosphereFrames();
			List<String> messages = new ArrayList<>(split.add(stream.substring(0, cut), false));
			messages.addAll(split.add(stream.substring(cut), true));
			assertThat(messages).as("cut at %d", cut).containsExactly(FIRST, SECOND, FIRST);
			assertThat(split.pending()).isZero();
		}
	}

	private static String prefixed(String message) {
		return message.length() + "|" + message;
	}

}
