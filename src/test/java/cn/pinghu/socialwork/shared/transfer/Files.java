package cn.pinghu.socialwork.shared.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.function.Consumer;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Test files made in memory: .xlsx through FastExcel's writer, CSV in any encoding. */
public final class Files {

	private Files() {
	}

	/** An .xlsx whose first sheet holds the rows, from A1 on; numbers stay numbers. */
	public static byte[] xlsx(List<List<?>> rows) {
		return xlsx(sheet -> {
			for (int row = 0; row < rows.size(); row++) {
				for (int column = 0; column < rows.get(row).size(); column++) {
					Object value = rows.get(row).get(column);
					if (value instanceof Number number) {
						sheet.value(row, column, number);
					}
					else if (value != null) {
						sheet.value(row, column, value.toString());
					}
				}
			}
		});
	}

	/** An .xlsx whose first sheet the given code fills. */
	public static byte[] xlsx(Consumer<Worksheet> fill) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "test", "1.0");
			fill.accept(workbook.newWorksheet("Sheet1"));
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** CSV lines joined with CRLF, as Excel writes them. */
	public static byte[] csv(Charset charset, String... lines) {
		return (String.join("\r\n", lines) + "\r\n").getBytes(charset);
	}

}
