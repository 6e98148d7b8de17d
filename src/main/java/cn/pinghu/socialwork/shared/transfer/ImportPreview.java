package cn.pinghu.socialwork.shared.transfer;

import java.nio.charset.Charset;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A checked file before anything is stored: its good rows and every problem of its bad
 * ones.
 *
 * @param total the data rows of the file, blank rows not counted
 * @param charset the encoding a CSV file was read in; {@code null} for .xlsx
 */
public record ImportPreview<B>(int total, List<ImportRow<B>> valid, List<RowProblem> problems,
		@Nullable Charset charset) {

	public ImportPreview {
		valid = List.copyOf(valid);
		problems = List.copyOf(problems);
	}

	/** How many rows have at least one problem. */
	public int bad() {
		return this.total - this.valid.size();
	}

	/**
	 * The rows an import in this mode stores.
	 * @throws ImportRefusedException when the mode allows no import of this file
	 */
	public List<ImportRow<B>> rowsFor(ImportMode mode) {
		if (mode == ImportMode.ALL_OR_NOTHING && bad() > 0) {
			throw new ImportRefusedException("transfer.import.refused-bad-rows", bad());
		}
		if (this.valid.isEmpty()) {
			throw new ImportRefusedException("transfer.import.refused-nothing-valid");
		}
		return this.valid;
	}

}
