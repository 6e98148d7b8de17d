package cn.pinghu.socialwork.shared.transfer;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * One column of a feature's files.
 *
 * @param header the column's name in the header row, in Chinese as in the template
 * @param required whether an empty cell is an error
 * @param parser how a cell's text goes into the imported row
 * @param value the cell an export writes for a row: a {@link Number} or text;
 * {@code null} for an empty cell
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

}
