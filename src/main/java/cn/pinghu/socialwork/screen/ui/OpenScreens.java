package cn.pinghu.socialwork.screen.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.vaadin.flow.shared.Registration;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * How many wall screens this node holds open, by page: the gauge
 * {@value #METRIC}{@code {page}} that operators watch for a node that lost its screens.
 */
@Component
class OpenScreens {

	static final String METRIC = "console.screens.open";

	private final Map<ScreenPage, AtomicInteger> open = new EnumMap<>(ScreenPage.class);

	OpenScreens(MeterRegistry meters) {
		for (ScreenPage page : ScreenPage.values()) {
			AtomicInteger count = new AtomicInteger();
			this.open.put(page, count);
			Gauge.builder(METRIC, count, AtomicInteger::get)
				.strongReference(true)
				.tag("page", page.pageName())
				.description("Wall screens open on this node")
				.register(meters);
		}
	}

	/** A screen of the page opened; removing the registration closes it, once. */
	Registration opened(ScreenPage page) {
		AtomicInteger count = this.open.get(page);
		count.incrementAndGet();
		AtomicBoolean closed = new AtomicBoolean();
		return () -> {
			if (closed.compareAndSet(false, true)) {
				count.decrementAndGet();
			}
		};
	}

	int open(ScreenPage page) {
		return this.open.get(page).get();
	}

}
