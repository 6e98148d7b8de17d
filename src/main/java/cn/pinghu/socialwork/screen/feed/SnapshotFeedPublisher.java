package cn.pinghu.socialwork.screen.feed;

import cn.pinghu.socialwork.screen.live.LiveMetricsService;
import cn.pinghu.socialwork.screen.live.PushTransport;
import cn.pinghu.socialwork.shared.Subscription;
import org.jspecify.annotations.Nullable;

import org.springframework.context.SmartLifecycle;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;

/**
 * Follows the live metrics like a screen does and publishes every (coalesced) snapshot to
 * the STOMP topic.
 */
@Component
class SnapshotFeedPublisher implements SmartLifecycle {

	private final LiveMetricsService metrics;

	private final SimpMessagingTemplate messaging;

	private @Nullable Subscription subscription;

	/** The sequence of the snapshot last published; for the push meters. */
	private volatile long publishedSequence = -1;

	SnapshotFeedPublisher(LiveMetricsService metrics, SimpMessagingTemplate messaging) {
		this.metrics = metrics;
		this.messaging = messaging;
	}

	@Override
	public synchronized void start() {
		this.subscription = this.metrics.subscribe(snapshot -> {
			this.messaging.convertAndSend(SnapshotFeedConfig.TOPIC, snapshot);
			this.metrics.pushed(PushTransport.STOMP, snapshot, this.publishedSequence);
			this.publishedSequence = snapshot.sequence();
		});
	}

	@Override
	public synchronized void stop() {
		if (this.subscription != null) {
			this.subscription.cancel();
			this.subscription = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.subscription != null;
	}

}
