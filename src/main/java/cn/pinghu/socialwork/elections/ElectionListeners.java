package cn.pinghu.socialwork.elections;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells live views that an election changed, once the change has committed, so that what
 * they read again includes it.
 */
@Component
class ElectionListeners {

	private static final Logger log = LoggerFactory.getLogger(ElectionListeners.class);

	private final List<Listener> listeners = new CopyOnWriteArrayList<>();

	ElectionSubscription subscribe(Consumer<ElectionChanged> consumer) {
		Listener listener = new Listener(consumer);
		this.listeners.add(listener);
		return () -> this.listeners.remove(listener);
	}

	int count() {
		return this.listeners.size();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void changed(ElectionChanged event) {
		for (Listener listener : this.listeners) {
			try {
				listener.consumer().accept(event);
			}
			catch (RuntimeException ex) {
				log.warn("An election listener failed; the others are told regardless", ex);
			}
		}
	}

	/** Compared by identity: the same consumer subscribed twice is two subscriptions. */
	private static final class Listener {

		private final Consumer<ElectionChanged> consumer;

		Listener(Consumer<ElectionChanged> consumer) {
			this.consumer = consumer;
		}

		Consumer<ElectionChanged> consumer() {
			return this.consumer;
		}

	}

}
