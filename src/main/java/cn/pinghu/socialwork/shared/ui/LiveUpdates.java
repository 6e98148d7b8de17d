package cn.pinghu.socialwork.shared.ui;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import cn.pinghu.socialwork.shared.concurrent.Coalescer;
import cn.pinghu.socialwork.shared.events.DomainEventFeed;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.function.SerializablePredicate;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.shared.Registration;

/**
 * Keeps a view live while it is on screen: subscribes to a feature's changes when the
 * view attaches, refreshes the view inside {@code ui.access} when they come, and cancels
 * the subscription when the view detaches. A view that also reads its data on attach adds
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
	 * The events of one type from the outbox feed, as they commit on any node: what a
	 * view follows to stay live.
	 */
	public static <E> Source<E> feed(DomainEventFeed feed, Class<E> type) {
		return (consumer) -> feed.subscribe(type, (delivered) -> consumer.accept(delivered.event()))::cancel;
	}

	/**
	 * Refreshes the view in its UI after every change from {@code source} while the view
	 * is attached.
	 * @return removes the listeners (an attached view stays subscribed until it detaches)
	 */
	public static <E> Registration whileAttached(Component view, Source<E> source, SerializableRunnable refresh) {
		return whileAttached(view, source, (change) -> true, refresh);
	}

	/**
	 * Refreshes the view in its UI after every change from {@code source} that it finds
	 * {@code relevant}, while the view is attached. Changes that arrive while a refresh
	 * is still waiting for the UI are folded into it: an import of thousands of rows
	 * costs an open view a few refreshes, not thousands. A change that arrives once the
	 * refresh has begun gets a refresh of its own, so the view always ends up showing the
	 * last.
	 * @param relevant decides on a background thread; it may read the view's state
	 * @return removes the listeners (an attached view stays subscribed until it detaches)
	 */
	public static <E> Registration whileAttached(Component view, Source<E> source, SerializablePredicate<E> relevant,
			SerializableRunnable refresh) {
		AtomicReference<Runnable> cancel = new AtomicReference<>();
		Registration attach = view.addAttachListener((event) -> {
			UI ui = event.getUI();
			// Handed to the UI's access queue: a refresh waiting there is in flight, and
			// one that fails goes to the session's error handler as before.
			Coalescer refreshes = Coalescer.immediate()
				.handingOffTo(accessQueue(ui))
				.onFailure(LiveUpdates::rethrow)
				.build(refresh::run);
			Runnable previous = cancel.getAndSet(source.subscribe((change) -> {
				if (relevant.test(change)) {
					refreshes.trigger();
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

	/**
	 * The UI's access queue as an executor for a {@link Coalescer}: a UI that is going
	 * away refuses the task (its detach cancels the subscriptions that asked).
	 */
	public static Executor accessQueue(UI ui) {
		return (task) -> {
			try {
				ui.access(task::run);
			}
			catch (UIDetachedException ex) {
				throw new RejectedExecutionException(ex);
			}
		};
	}

	/**
	 * For a {@link Coalescer}'s failures inside {@code ui.access}: rethrown, so that the
	 * session's error handler reports them as any other failure in a view.
	 */
	public static void rethrow(RuntimeException ex) {
		throw ex;
	}

}
