package cn.pinghu.socialwork.shared.transfer;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Times the master-data lists' previews, imports and exports, each kind as done or
 * failed: {@value #METRIC}{@code {kind, outcome}}, a timer, so that its count is how many
 * ran and its sum how long they took.
 */
final class TransferMeters {

	static final String METRIC = "console.transfers";

	/** What was timed. */
	enum Kind {

		PREVIEW, IMPORT, EXPORT

	}

	private final Map<Kind, Timer> done = new EnumMap<>(Kind.class);

	private final Map<Kind, Timer> failed = new EnumMap<>(Kind.class);

	TransferMeters(MeterRegistry meters) {
		for (Kind kind : Kind.values()) {
			this.done.put(kind, timer(meters, kind, "done"));
			this.failed.put(kind, timer(meters, kind, "failed"));
		}
	}

	<T> T timed(Kind kind, Supplier<T> work) {
		long start = System.nanoTime();
		boolean succeeded = false;
		try {
			T result = work.get();
			succeeded = true;
			return result;
		}
		finally {
			stop(kind, start, succeeded);
		}
	}

	int timedExport(Export export) throws IOException {
		long start = System.nanoTime();
		boolean succeeded = false;
		try {
			int written = export.write();
			succeeded = true;
			return written;
		}
		finally {
			stop(Kind.EXPORT, start, succeeded);
		}
	}

	private void stop(Kind kind, long start, boolean succeeded) {
		Timer timer = (succeeded ? this.done : this.failed).get(kind);
		timer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
	}

	private static Timer timer(MeterRegistry meters, Kind kind, String outcome) {
		return Timer.builder(METRIC)
			.description("Previews, imports and exports of the master-data lists, and how long they took")
			.tag("kind", kind.name().toLowerCase(Locale.ROOT))
			.tag("outcome", outcome)
			.register(meters);
	}

	/** An export, which may fail writing. */
	@FunctionalInterface
	interface Export {

		int write() throws IOException;

	}

}
