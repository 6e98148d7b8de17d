package cn.pinghu.socialwork.shared.transfer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Date cells of an .xlsx: a number of days (since 1900 or 1904) that a date format shows
 * as a day. The reader turns them into the text an import takes ({@code 2025-03-08},
 * {@code 2025-03-08 08:30}, {@code 08:30}) instead of the bare number.
 */
final class XlsxDates {

	private static final LocalDate DAY_ZERO_1900 = LocalDate.of(1899, 12, 30);

	private static final LocalDate DAY_ZERO_1904 = LocalDate.of(1904, 1, 1);

	/** Excel counts a 29 February 1900 that never was, as Lotus 1-2-3 did. */
	private static final int FIRST_DAY_AFTER_LOTUS_LEAP_DAY = 61;

	private static final int SECONDS_PER_DAY = 24 * 60 * 60;

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm");

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");

	private XlsxDates() {
	}

	/**
	 * Whether a number format shows dates or times: one of the built-in date formats
	 * (including those of Chinese, Japanese and Korean Excel), or a custom format with
	 * day, month, year, hour or second codes outside quoted text and brackets.
	 * @param id the cell's number format id; {@code null} without a style
	 * @param format the format code of a custom format; {@code null} for built-ins
	 */
	static boolean isDateFormat(@Nullable Integer id, @Nullable String format) {
		if (id != null && builtInDate(id)) {
			return true;
		}
		if (format == null || format.isBlank()) {
			return false;
		}
		String codes = format.replaceAll("\"[^\"]*\"", "")
			.replaceAll("\\[[^]]*]", "")
			.replaceAll("\\\\.", "")
			.toLowerCase(Locale.ROOT);
		if (codes.equals("general")) {
			return false;
		}
		return codes.chars().anyMatch(c -> c == 'y' || c == 'm' || c == 'd' || c == 'h' || c == 's');
	}

	private static boolean builtInDate(int id) {
		return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
	}

	/** A date cell's number as the text an import reads. */
	static String text(BigDecimal serial, boolean date1904) {
		BigDecimal days = serial.setScale(0, RoundingMode.FLOOR);
		int seconds = serial.subtract(days)
			.multiply(BigDecimal.valueOf(SECONDS_PER_DAY))
			.setScale(0, RoundingMode.HALF_UP)
			.intValueExact();
		long whole = days.longValueExact();
		if (seconds == SECONDS_PER_DAY) {
			whole++;
			seconds = 0;
		}
		LocalTime time = LocalTime.ofSecondOfDay(seconds);
		String clock = time.format((time.getSecond() == 0) ? MINUTES : SECONDS);
		if (whole == 0 && seconds > 0) {
			return clock;
		}
		LocalDate day = day(whole, date1904);
		return (seconds == 0) ? day.toString() : day + " " + clock;
	}

	private static LocalDate day(long serial, boolean date1904) {
		if (date1904) {
			return DAY_ZERO_1904.plusDays(serial);
		}
		return (serial < FIRST_DAY_AFTER_LOTUS_LEAP_DAY) ? DAY_ZERO_1900.plusDays(serial + 1)
				: DAY_ZERO_1900.plusDays(serial);
	}

}
