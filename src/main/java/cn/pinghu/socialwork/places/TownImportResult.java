package cn.pinghu.socialwork.places;

import java.util.List;

import cn.pinghu.socialwork.shared.transfer.RowProblem;

/**
 * What a sheet of towns did: how many towns it added, changed and found as they were, and
 * the rows it could not take, each with its reason.
 */
public record TownImportResult(int created, int updated, int unchanged, List<RowProblem> problems) {

	public TownImportResult {
		problems = List.copyOf(problems);
	}

}
