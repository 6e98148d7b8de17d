package cn.pinghu.socialwork.shared.transfer;

/**
 * Puts one cell's text into the row being built.
 *
 * @param <B> the row type an import builds, such as a feature's draft bean
 */
@FunctionalInterface
public interface CellParser<B> {

	/**
	 * @param text the cell's text, stripped; "" for an empty cell of an optional column
	 * @throws CellRejectedException when the text is no value for this column
	 */
	void parse(String text, B row);

}
