package cn.pinghu.socialwork.places;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import cn.pinghu.socialwork.identity.Access;
import cn.pinghu.socialwork.shared.data.FieldRejectedException;
import cn.pinghu.socialwork.shared.data.StaleVersionException;
import cn.pinghu.socialwork.shared.transfer.RowProblem;
import cn.pinghu.socialwork.shared.transfer.Sheet;
import cn.pinghu.socialwork.shared.transfer.SheetReader;
import cn.pinghu.socialwork.shared.transfer.SheetRejectedException;
import cn.pinghu.socialwork.shared.transfer.SheetRow;
import cn.pinghu.socialwork.shared.transfer.TransferMessage;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Takes a sheet of towns (镇街道), as a region pack's {@code towns.csv} has them or as an
 * administrator uploads them (.csv or .xlsx): columns {@code code}, {@code name},
 * {@code kind} and {@code division_code}, or their Chinese headers 编码, 名称, 类型, 区划代码. A
 * town whose code is there already is changed to the row; a new code adds a town. Each
 * row is stored on its own through {@link TownService}, with its checks; a refused row is
 * reported and the others are still taken.
 */
@Service
public class TownSheetImport {

	private static final Map<String, String> HEADERS = Map.of("code", "code", "编码", "code", "name", "name", "名称",
			"name", "kind", "kind", "类型", "kind", "division_code", "divisionCode", "区划代码", "divisionCode");

	private static final Map<String, TownKind> KINDS = Map.of("TOWN", TownKind.TOWN, "镇", TownKind.TOWN, "SUBDISTRICT",
			TownKind.SUBDISTRICT, "街道", TownKind.SUBDISTRICT);

	/**
	 * New towns are ordered as the sheet lists them, in steps that leave room between.
	 */
	private static final int ORDER_STEP = 10;

	private final TownService towns;

	TownSheetImport(TownService towns) {
		this.towns = towns;
	}

	/**
	 * Imports the file.
	 * @throws SheetRejectedException when the file is no sheet, or lacks a column
	 */
	@PreAuthorize(Access.ADMIN)
	public TownImportResult importTowns(byte[] content, String fileName, @Nullable Charset charset) {
		Sheet sheet = SheetReader.read(content, fileName, charset, HEADERS.size() / 2);
		Map<String, Integer> columns = columns(sheet.header());
		int created = 0;
		int updated = 0;
		int unchanged = 0;
		List<RowProblem> problems = new ArrayList<>();
		for (SheetRow row : sheet.rows()) {
			try {
				switch (store(row, columns)) {
					case CREATED -> created++;
					case UPDATED -> updated++;
					case UNCHANGED -> unchanged++;
				}
			}
			catch (FieldRejectedException ex) {
				problems
					.add(new RowProblem(row.number(), ex.field(), TransferMessage.of(ex.messageKey(), ex.arguments())));
			}
			catch (ConstraintViolationException ex) {
				ConstraintViolation<?> first = ex.getConstraintViolations().iterator().next();
				problems.add(new RowProblem(row.number(), first.getPropertyPath().toString(),
						TransferMessage.of(first.getMessageTemplate())));
			}
			catch (StaleVersionException ex) {
				problems.add(new RowProblem(row.number(), "", TransferMessage.of("towns.import.changed-meanwhile")));
			}
		}
		return new TownImportResult(created, updated, unchanged, problems);
	}

	private Outcome store(SheetRow row, Map<String, Integer> columns) {
		String code = row.cell(columns.get("code")).toUpperCase(Locale.ROOT);
		String kindText = row.cell(columns.get("kind"));
		TownKind kind = KINDS.get(kindText.toUpperCase(Locale.ROOT));
		if (kind == null) {
			throw new FieldRejectedException("kind", "towns.import.kind-unknown", kindText);
		}
		Optional<TownDetails> existing = this.towns.townByCode(code);
		TownDraft draft = existing.map(TownDraft::of).orElseGet(TownDraft::new);
		draft.setCode(code);
		draft.setName(row.cell(columns.get("name")));
		draft.setKind(kind);
		Integer divisionColumn = columns.get("divisionCode");
		if (divisionColumn != null) {
			draft.setDivisionCode(row.cell(divisionColumn));
		}
		if (existing.isEmpty()) {
			draft.setSortOrder(Math.min(9999, (int) (this.towns.countTowns("") + 1) * ORDER_STEP));
			this.towns.createTown(draft);
			return Outcome.CREATED;
		}
		TownDetails before = existing.get();
		TownDetails after = this.towns.updateTown(before.id(), draft);
		return (after.version() != before.version()) ? Outcome.UPDATED : Outcome.UNCHANGED;
	}

	/** Where each field's column is; the division code may be missing. */
	private static Map<String, Integer> columns(SheetRow header) {
		Map<String, Integer> columns = new HashMap<>();
		for (int index = 0; index < header.cells().size(); index++) {
			String field = HEADERS.get(header.cell(index).toLowerCase(Locale.ROOT));
			if (field != null) {
				columns.putIfAbsent(field, index);
			}
		}
		for (String required : List.of("code", "name", "kind")) {
			if (!columns.containsKey(required)) {
				throw new SheetRejectedException("towns.import.column-missing", required);
			}
		}
		return columns;
	}

	private enum Outcome {

		CREATED, UPDATED, UNCHANGED

	}

}
