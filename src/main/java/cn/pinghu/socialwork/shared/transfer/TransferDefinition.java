package cn.pinghu.socialwork.shared.transfer;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * How one kind of record goes into and out of files: its columns in file order, a new row
 * for each imported line, the key that an import upserts by, and the checks a row must
 * pass. A feature builds one per import (its checks may know the caller's towns).
 *
 * @param keyHeader the header of the column that holds the key
 * @param key the key of a built row; {@code null} when the row has none
 * @param <T> the row type an export reads, such as a feature's summary record
 * @param <B> the row type an import builds, such as a feature's draft bean
 */
public record TransferDefinition<T, B>(List<TransferColumn<T, B>> columns, Supplier<B> newRow, String keyHeader,
		Function<B, @Nullable String> key, RowCheck<B> check) {

	public TransferDefinition {
		columns = List.copyOf(columns);
		if (columns.stream().noneMatch(column -> column.header().equals(keyHeader))) {
			throw new IllegalArgumentException("No column " + keyHeader);
		}
	}

	/** The header row of templates and exports. */
	public List<String> headers() {
		return this.columns.stream().map(TransferColumn::header).toList();
	}

}
