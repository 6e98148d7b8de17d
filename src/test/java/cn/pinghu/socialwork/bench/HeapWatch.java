package cn.pinghu.socialwork.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The heap while a piece of work runs: the used heap after a full collection before and
 * after it (what the work kept), the highest used heap sampled every few milliseconds
 * (garbage included, so it depends on when the collector ran), and the highest heap left
 * after any collection during the work (what the work held at once, at most).
 */
final class HeapWatch implements AutoCloseable {

	private static final long SAMPLE_EVERY_MS = 5;

	private static final List<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans()
		.stream()
		.filter(pool -> pool.getType() == MemoryType.HEAP)
		.map(MemoryPoolMXBean::getName)
		.toList();

	private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

	private final long baseline;

	private final AtomicLong peakUsed = new AtomicLong();

	private final AtomicLong peakAfterGc = new AtomicLong();

	private final List<Runnable> removals = new ArrayList<>();

	private final Thread sampler;

	private volatile boolean running = true;

	private long retained;

	private HeapWatch() {
		this.baseline = usedAfterFullGc();
		this.peakUsed.set(this.baseline);
		this.peakAfterGc.set(this.baseline);
		NotificationListener listener = (notification, handback) -> {
			if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
				GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
					.from((CompositeData) notification.getUserData());
				long after = info.getGcInfo()
					.getMemoryUsageAfterGc()
					.entrySet()
					.stream()
					.filter(entry -> HEAP_POOLS.contains(entry.getKey()))
					.mapToLong(entry -> entry.getValue().getUsed())
					.sum();
				this.peakAfterGc.accumulateAndGet(after, Math::max);
			}
		};
		for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (collector instanceof NotificationEmitter emitter) {
				emitter.addNotificationListener(listener, null, null);
				this.removals.add(() -> {
					try {
						emitter.removeNotificationListener(listener);
					}
					catch (ListenerNotFoundException ex) {
						// already gone
					}
				});
			}
		}
		this.sampler = new Thread(() -> {
			while (this.running) {
				this.peakUsed.accumulateAndGet(this.memory.getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(SAMPLE_EVERY_MS);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}, "heap-sampler");
		this.sampler.setDaemon(true);
		this.sampler.start();
	}

	/** Collects the garbage, notes the used heap and starts watching. */
	static HeapWatch start() {
		return new HeapWatch();
	}

	/** Stops watching and notes the used heap after a full collection. */
	@Override
	public void close() throws InterruptedException {
		this.running = false;
		this.sampler.join();
		this.removals.forEach(Runnable::run);
		this.retained = usedAfterFullGc();
	}

	long baselineBytes() {
		return this.baseline;
	}

	/** Used heap after a full collection at the end, minus the baseline. */
	long retainedGrowthBytes() {
		return this.retained - this.baseline;
	}

	/**
	 * Highest used heap sampled during the work, minus the baseline; garbage included.
	 */
	long peakGrowthBytes() {
		return this.peakUsed.get() - this.baseline;
	}

	/** Highest heap left after a collection during the work, minus the baseline. */
	long peakAfterGcGrowthBytes() {
		return this.peakAfterGc.get() - this.baseline;
	}

	static long maxHeapBytes() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
	}

	private long usedAfterFullGc() {
		// twice: the first collection may leave what finalisation and references free
		this.memory.gc();
		this.memory.gc();
		MemoryUsage usage = this.memory.getHeapMemoryUsage();
		return usage.getUsed();
	}

}
