package cn.pinghu.socialwork.shared.transfer;

/**
 * Why one row of a file cannot be imported.
 *
 * @param row the row number as Excel shows it
 * @param column the column's header; "" when the row as a whole is wrong
 */
public record RowProblem(int row, String column, TransferMessage message) {
}
