package cn.pinghu.socialwork.shared.transfer;

import java.nio.charset.Charset;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A file's header row and its data rows (blank rows left out), as text.
 *
 * @param charset the encoding a CSV file was read in; {@code null} for .xlsx
 */
public record Sheet(SheetFormat format, SheetRow header, List<SheetRow> rows, @Nullable Charset charset) {

	public Sheet {
		rows = List.copyOf(rows);
	}

}
