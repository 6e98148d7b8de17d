package cn.pinghu.socialwork.stations;

import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A station's opening hours as its form and import take them ({@code 08:00-20:00};
 * {@code 00:00-24:00} is round the clock; an end before the start runs past midnight).
 * Each minute is kept from the start, inclusive, to the end, exclusive.
 */
public record OpeningHours(int opensAtMinute, int closesAtMinute) {

	private static final Pattern HOURS = Pattern.compile(StationDraft.HOURS_PATTERN);

	private static final int MINUTES_PER_DAY = 24 * 60;

	/** The hours a station's text gives, if it gives any that are well formed. */
	public static Optional<OpeningHours> parse(@Nullable String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher matcher = HOURS.matcher(text.trim());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		String[] ends = text.trim().split("-");
		int opens = minute(ends[0]);
		int closes = minute(ends[1]);
		if (opens > MINUTES_PER_DAY || closes > MINUTES_PER_DAY) {
			return Optional.empty();
		}
		return Optional.of(new OpeningHours(opens, closes));
	}

	/**
	 * Whether the station is open at that time of day. A station without well-formed
	 * hours counts as open: nothing says otherwise.
	 */
	public static boolean openAt(@Nullable String text, LocalTime time) {
		return parse(text).map((hours) -> hours.includes(time)).orElse(true);
	}

	/** Whether the time of day lies within these hours. */
	public boolean includes(LocalTime time) {
		int minute = time.getHour() * 60 + time.getMinute();
		if (this.opensAtMinute == this.closesAtMinute) {
			return this.opensAtMinute == 0 || this.opensAtMinute == MINUTES_PER_DAY;
		}
		if (this.opensAtMinute < this.closesAtMinute) {
			return minute >= this.opensAtMinute && minute < this.closesAtMinute;
		}
		return minute >= this.opensAtMinute || minute < this.closesAtMinute;
	}

	private static int minute(String hhmm) {
		String[] parts = hhmm.split(":");
		return Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
	}

}
