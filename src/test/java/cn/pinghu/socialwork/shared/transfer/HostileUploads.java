package cn.pinghu.socialwork.shared.transfer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads the hostile files one after the other and prints what happened to each; run by
 * {@link ReadingBudgetTest} in a JVM of {@code -Xmx512m}. Each file is made just before
 * it is read, so that only one is in memory at a time.
 */
final class HostileUploads {

	private HostileUploads() {
	}

	public static void main(String[] args) {
		Map<String, Supplier<byte[]>> files = new LinkedHashMap<>();
		files.put("xfd-text", () -> HostileFiles.cellsAtXfd(99_000, true));
		files.put("xfd-empty", () -> HostileFiles.cellsAtXfd(99_000, false));
		files.put("xfd-empty-few", () -> HostileFiles.cellsAtXfd(500, false));
		files.put("shared-strings", () -> HostileFiles.sharedStrings(TransferLimits.MAX_SHARED_STRINGS + 1L, 1));
		files.put("shared-strings-uncounted",
				() -> HostileFiles.sharedStrings(1, TransferLimits.MAX_SHARED_STRINGS + 1));
		files.put("thousandfold", HostileFiles::expandingThousandfold);
		files.put("lying-size", HostileFiles::lyingAboutItsSize);
		for (Map.Entry<String, Supplier<byte[]>> file : files.entrySet()) {
			try {
				Sheet sheet = SheetReader.read(file.getValue().get(), "x.xlsx", null, 2);
				int widest = sheet.rows().stream().mapToInt(row -> row.cells().size()).max().orElse(0);
				System.out.println(
						"read " + file.getKey() + " " + sheet.rows().size() + " rows of at most " + widest + " cells");
			}
			catch (SheetRejectedException ex) {
				TransferMessage message = ex.messages().get(0);
				System.out.println("refused " + file.getKey() + " " + message.key() + " " + message.arguments());
			}
		}
	}

}
