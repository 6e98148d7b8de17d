package cn.pinghu.socialwork.shared.transfer;

import java.time.LocalDate;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * One column of a feature's files.
 *
 * @param header the column's name in the header row, in Chinese as in the template
 * @param required whether an empty cell is an error
 * @param parser how a cell's text goes into the imported row
 * @param value the cell an export writes for a row: a {@link Number}, a {@link LocalDate}
 * or text; {@code null} for an empty cell
 * @param <T> the row type an export reads
 * @param <B> the row type an import builds
 */
public record TransferColumn<T, B>(String header, boolean required, CellParser<B> parser,
		Function<T, @Nullable Object> value) {

	public static <T, B> TransferColumn<T, B> required(String header, CellParser<B> parser,
			Function<T, @Nullable Object> value) {
		return new TransferColumn<>(header, true, parser, value);
	}

	public static <T, B> TransferColumn<T, B> optional(String header, CellParser<B> parser,
			Function<T, @Nullable Object> value) {
		return new TransferColumn<>(header, false, parser, value);
	}

	/**
	 * A column of days: an import takes a date cell of an .xlsx or the text forms of
	 * {@link Cells#date}, an export writes a date cell ({@code yyyy-mm-dd}) or, in a CSV,
	 * {@code 2025-03-08}.
	 * @param setter puts the day, {@code null} for an empty cell, into the row
	 */
	public static <T, B> TransferColumn<T, B> date(String header, boolean required,
			BiConsumer<B, @Nullable LocalDate> setter, Function<T, @Nullable LocalDate> value) {
		return new TransferColumn<>(header, required, (text, row) -> setter.accept(row, Cells.date(text)),
				value::apply);
	}

}
