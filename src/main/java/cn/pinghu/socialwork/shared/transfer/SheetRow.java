package cn.pinghu.socialwork.shared.transfer;

import java.util.List;

/**
 * One row of a file as text.
 *
 * @param number the row number as Excel shows it (the header is usually row 1)
 * @param cells the cells' text from the first column on, stripped; "" where empty
 */
public record SheetRow(int number, List<String> cells) {

	public SheetRow {
		cells = List.copyOf(cells);
	}

	/** The text of a cell; "" past the row's last cell. */
	public String cell(int index) {
		return (index < this.cells.size()) ? this.cells.get(index) : "";
	}

	/** Whether every cell is empty, as Excel's trailing rows often are. */
	public boolean blank() {
		return this.cells.stream().allMatch(String::isEmpty);
	}

}
