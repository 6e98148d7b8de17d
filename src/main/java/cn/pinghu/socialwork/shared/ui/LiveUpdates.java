package cn.pinghu.socialwork.shared.ui;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;

/**
 * Keeps a view live while it is on screen: subscribes to a feature's changes when the
 * view attaches, hands each change to the view inside {@code ui.access}, and cancels the
 * subscription when the view detaches. A view that also reads its data on attach adds
 * that attach listener after this one, so that it subscribes first and reads second, and
 * no change can fall in between.
 */
public final class LiveUpdates {

	private LiveUpdates() {
	}

	/**
	 * A feature's change stream: subscribes a consumer, called on a background thread,
	 * and returns what cancels the subscription.
	 */
	@FunctionalInterface
	public interface Source<E> {

		Runnable subscribe(Consumer<E> consumer);

	}

	/**
	 * Calls {@code onChange} in the view's UI for every change from {@code source} while
	 * the view is attached.
	 * @return removes the listeners (an attached view stays subscribed until it detaches)
	 */
	public static <E> Registration whileAttached(Component view, Source<E> source, SerializableConsumer<E> onChange) {
		AtomicReference<Runnable> cancel = new AtomicReference<>();
		Registration attach = view.addAttachListener((event) -> {
			UI ui = event.getUI();
			Runnable previous = cancel.getAndSet(source.subscribe((change) -> {
				try {
					ui.access(() -> onChange.accept(change));
				}
				catch (UIDetachedException ex) {
					// The UI is going away; its detach cancels this subscription.
				}
			}));
			if (previous != null) {
				previous.run();
			}
		});
		Registration detach = view.addDetachListener((event) -> {
			Runnable cancelling = cancel.getAndSet(null);
			if (cancelling != null) {
				cancelling.run();
			}
		});
		return () -> {
			attach.remove();
			detach.remove();
		};
	}

}
