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

	private final AtomicInteger refreshes = new AtomicInteger();

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
		}, (change) -> !change.isEmpty(), () -> {
			assertThat(UI.getCurrent()).as("refreshed in the view's UI").isNotNull();
			this.refreshes.incrementAndGet();
		});
	}

	@AfterEach
	void tearDown() {
		MockVaadin.tearDown();
	}

	@Test
	void a_view_subscribes_when_it_attaches_and_refreshes_in_its_ui_for_relevant_changes() {
		assertThat(this.subscribed).isEmpty();

		UI.getCurrent().add(this.view);
		assertThat(this.subscribed).hasSize(1);
		fromBackground(this.subscribed.get(0), "建立支部");
		MockVaadin.clientRoundtrip();
		assertThat(this.refreshes).hasValue(1);

		fromBackground(this.subscribed.get(0), "");
		MockVaadin.clientRoundtrip();
		assertThat(this.refreshes).as("an irrelevant change refreshes nothing").hasValue(1);
	}

	@Test
	void a_burst_of_changes_waiting_for_the_ui_costs_one_refresh_and_a_later_change_another() {
		UI.getCurrent().add(this.view);
		Consumer<String> listener = this.subscribed.get(0);

		fromBackground(listener, "导入第1行", "导入第2行", "导入第3行", "导入第1000行");
		MockVaadin.clientRoundtrip();
		assertThat(this.refreshes).hasValue(1);

		fromBackground(listener, "记录活动");
		MockVaadin.clientRoundtrip();
		assertThat(this.refreshes).hasValue(2);
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

	/** Hands changes to the listener from another thread, as a feature's feed does. */
	private static void fromBackground(Consumer<String> listener, String... changes) {
		Thread background = new Thread(() -> {
			for (String change : changes) {
				listener.accept(change);
			}
		});
		background.start();
		try {
			background.join(5000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
