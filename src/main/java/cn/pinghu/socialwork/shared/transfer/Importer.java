package cn.pinghu.socialwork.shared.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a read file against a definition: the header row must name exactly the
 * definition's columns (in any order), and every row is parsed cell by cell and checked.
 * Nothing here stores anything.
 */
public final class Importer {

	/** How often, in rows, progress is reported. */
	static final int PROGRESS_STEP = 200;

	private Importer() {
	}

	/**
	 * @throws SheetRejectedException when the header row is not the definition's
	 */
	public static <B> ImportPreview<B> preview(TransferDefinition<?, B> definition, Sheet sheet,
			ImportProgress progress) {
		int[] positions = positions(definition, sheet.header());
		Map<String, Integer> firstRowByKey = new HashMap<>();
		List<ImportRow<B>> valid = new ArrayList<>();
		List<RowProblem> problems = new ArrayList<>();
		int done = 0;
		for (SheetRow line : sheet.rows()) {
			B row = definition.newRow().get();
			List<RowProblem> found = cells(definition, positions, line, row);
			if (found.isEmpty()) {
				found.addAll(definition.check().check(line.number(), row));
			}
			String key = found.stream().anyMatch(p -> p.column().equals(definition.keyHeader())) ? null
					: definition.key().apply(row);
			if (key != null) {
				Integer first = firstRowByKey.putIfAbsent(key, line.number());
				if (first != null) {
					found.add(new RowProblem(line.number(), definition.keyHeader(),
							TransferMessage.of("transfer.row.duplicate-key", first)));
				}
			}
			if (found.isEmpty()) {
				valid.add(new ImportRow<>(line.number(), row));
			}
			problems.addAll(found);
			done++;
			if (done % PROGRESS_STEP == 0 || done == sheet.rows().size()) {
				progress.update(ImportPhase.CHECKING, done, sheet.rows().size());
			}
		}
		return new ImportPreview<>(sheet.rows().size(), valid, problems, sheet.charset());
	}

	private static <B> List<RowProblem> cells(TransferDefinition<?, B> definition, int[] positions, SheetRow line,
			B row) {
		List<RowProblem> found = new ArrayList<>();
		for (int index = 0; index < positions.length; index++) {
			TransferColumn<?, B> column = definition.columns().get(index);
			String text = line.cell(positions[index]);
			if (text.isEmpty() && column.required()) {
				found.add(new RowProblem(line.number(), column.header(), TransferMessage.of("transfer.cell.required")));
				continue;
			}
			try {
				column.parser().parse(text, row);
			}
			catch (CellRejectedException ex) {
				found.add(new RowProblem(line.number(), column.header(), ex.reason()));
			}
		}
		return found;
	}

	/** Where each of the definition's columns is in the file. */
	private static int[] positions(TransferDefinition<?, ?> definition, SheetRow header) {
		List<String> expected = definition.headers();
		Map<String, Integer> found = new HashMap<>();
		Set<String> unknown = new LinkedHashSet<>();
		Set<String> duplicate = new LinkedHashSet<>();
		for (int index = 0; index < header.cells().size(); index++) {
			String name = header.cell(index);
			if (name.isEmpty()) {
				continue;
			}
			if (!expected.contains(name)) {
				unknown.add(name);
			}
			else if (found.putIfAbsent(name, index) != null) {
				duplicate.add(name);
			}
		}
		List<String> missing = expected.stream().filter(name -> !found.containsKey(name)).toList();
		List<TransferMessage> messages = new ArrayList<>();
		if (!missing.isEmpty()) {
			messages.add(TransferMessage.of("transfer.header.missing", String.join("、", missing)));
		}
		if (!unknown.isEmpty()) {
			messages.add(TransferMessage.of("transfer.header.unknown", String.join("、", unknown)));
		}
		if (!duplicate.isEmpty()) {
			messages.add(TransferMessage.of("transfer.header.duplicate", String.join("、", duplicate)));
		}
		if (!messages.isEmpty()) {
			messages.add(TransferMessage.of("transfer.header.expected", String.join("、", expected)));
			throw new SheetRejectedException(messages);
		}
		return expected.stream().mapToInt(found::get).toArray();
	}

}
