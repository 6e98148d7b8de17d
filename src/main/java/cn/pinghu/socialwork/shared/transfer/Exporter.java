package cn.pinghu.socialwork.shared.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Window;

/**
 * Writes a list to a file page by page, or chunk by chunk after a keyset, so that no more
 * than one page is ever held.
 */
public final class Exporter {

	/** Rows fetched per page. */
	public static final int PAGE_SIZE = 500;

	/** Rows fetched per chunk of a keyset export. */
	public static final int CHUNK_SIZE = 1_000;

	private Exporter() {
	}

	/**
	 * @param pages a page of the rows to write, sorted in a stable order
	 * @return how many rows were written
	 */
	public static <T> int export(TransferDefinition<T, ?> definition, SheetFormat format, OutputStream out,
			Function<Pageable, ? extends Slice<T>> pages) throws IOException {
		int written = 0;
		try (ExportWriter writer = ExportWriter.open(format, out, definition.headers())) {
			Pageable pageable = PageRequest.of(0, PAGE_SIZE);
			while (true) {
				Slice<T> page = pages.apply(pageable);
				for (T row : page) {
					writer.row(values(definition, row));
					written++;
				}
				if (!page.hasNext()) {
					break;
				}
				pageable = page.nextPageable();
			}
		}
		return written;
	}

	/**
	 * Writes a long list chunk by chunk, each fetched after the last row of the one
	 * before (keyset), so that the database neither counts the rows nor skips an offset.
	 * @param chunks the next {@link #CHUNK_SIZE} rows after a position, in a stable
	 * order; asked first for {@link ScrollPosition#keyset()}
	 * @return how many rows were written
	 */
	public static <T> int exportByKeyset(TransferDefinition<T, ?> definition, SheetFormat format, OutputStream out,
			Function<ScrollPosition, Window<T>> chunks) throws IOException {
		int written = 0;
		try (ExportWriter writer = ExportWriter.open(format, out, definition.headers())) {
			ScrollPosition position = ScrollPosition.keyset();
			while (true) {
				Window<T> chunk = chunks.apply(position);
				for (T row : chunk) {
					writer.row(values(definition, row));
					written++;
				}
				if (chunk.isEmpty() || !chunk.hasNext()) {
					break;
				}
				position = chunk.positionAt(chunk.size() - 1);
			}
		}
		return written;
	}

	/** An .xlsx with the header row only: the file users fill in. */
	public static void template(TransferDefinition<?, ?> definition, OutputStream out) throws IOException {
		ExportWriter.open(SheetFormat.XLSX, out, definition.headers()).close();
	}

	private static <T> List<@Nullable Object> values(TransferDefinition<T, ?> definition, T row) {
		List<@Nullable Object> values = new ArrayList<>(definition.columns().size());
		definition.columns().forEach(column -> values.add(column.value().apply(row)));
		return values;
	}

}
