package cn.pinghu.socialwork.shared.transfer;

/**
 * A row of a file that passed every check.
 *
 * @param row the row number as Excel shows it
 */
public record ImportRow<B>(int row, B value) {
}
