package cn.pinghu.socialwork.shared.transfer;

import java.util.List;

/**
 * Checks a row whose cells were all read, for rules across cells or against stored data,
 * such as the user's towns.
 */
@FunctionalInterface
public interface RowCheck<B> {

	/** No check. */
	static <B> RowCheck<B> none() {
		return (rowNumber, row) -> List.of();
	}

	/** The row's problems; none when it is good. */
	List<RowProblem> check(int rowNumber, B row);

}
