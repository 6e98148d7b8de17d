package cn.pinghu.socialwork.shared.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A live view listens exactly while it is on screen, and hears each change in its UI.
 */
class LiveUpdatesTest {

	private final List<Consumer<String>> subscribed = new CopyOnWriteArrayList<>();

	private final AtomicInteger cancelled = new AtomicInteger();

	private final List<String> heard = new CopyOnWriteArrayList<>();

	private final Div view = new Div();

	@BeforeEach
	void setUp() {
		MockVaadin.setup();
		LiveUpdates.<String>whileAttached(this.view, (consumer) -> {
			this.subscribed.add(consumer);
			return () -> {
				this.subscribed.remove(consumer);
				this.cancelled.incrementAndGet();
			};
		}, (change) -> {
			assertThat(UI.getCurrent()).as("handled in the view's UI").isNotNull();
			this.heard.add(change);
		});
	}

	@AfterEach
	void tearDown() {
		MockVaadin.tearDown();
	}

	@Test
	void a_view_subscribes_when_it_attaches_and_hears_changes_in_its_ui() {
		assertThat(this.subscribed).isEmpty();

		UI.getCurrent().add(this.view);
		assertThat(this.subscribed).hasSize(1);
		Consumer<String> listener = this.subscribed.get(0);
		Thread background = new Thread(() -> listener.accept("建立支部"));
		background.start();
		join(background);
		MockVaadin.clientRoundtrip();

		assertThat(this.heard).containsExactly("建立支部");
	}

	@Test
	void a_detached_view_stops_listening_and_listens_again_when_it_comes_back() {
		UI.getCurrent().add(this.view);
		Consumer<String> first = this.subscribed.get(0);

		UI.getCurrent().remove(this.view);
		assertThat(this.subscribed).isEmpty();
		assertThat(this.cancelled).hasValue(1);

		UI.getCurrent().add(this.view);
		assertThat(this.subscribed).hasSize(1).doesNotContain(first);
	}

	private static void join(Thread thread) {
		try {
			thread.join(5000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
