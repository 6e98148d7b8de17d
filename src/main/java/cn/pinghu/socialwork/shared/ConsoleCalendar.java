package cn.pinghu.socialwork.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The console's clock read in its time zone ({@code console.zone}): today, the day of an
 * instant, and now. Every feature that counts days reads them here, so that "today" is
 * the same day everywhere.
 */
@Component
public class ConsoleCalendar {

	private final Clock clock;

	private final ZoneId zone;

	ConsoleCalendar(Clock clock, @Value("${console.zone}") ZoneId zone) {
		this.clock = clock;
		this.zone = zone;
	}

	/** Today in the console's time zone. */
	public LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.zone);
	}

	/** The day an instant falls on in the console's time zone. */
	public LocalDate dayOf(Instant instant) {
		return LocalDate.ofInstant(instant, this.zone);
	}

	public Instant now() {
		return this.clock.instant();
	}

	public ZoneId zone() {
		return this.zone;
	}

}
