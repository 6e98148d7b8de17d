package cn.pinghu.socialwork.organizations;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.pinghu.socialwork.identity.TownScope;
import cn.pinghu.socialwork.shared.transfer.Cells;
import cn.pinghu.socialwork.shared.transfer.MasterDataFile;
import cn.pinghu.socialwork.shared.transfer.RowCheck;
import cn.pinghu.socialwork.shared.transfer.RowProblem;
import cn.pinghu.socialwork.shared.transfer.TransferColumn;
import cn.pinghu.socialwork.shared.transfer.TransferDefinition;
import cn.pinghu.socialwork.shared.transfer.TransferMessage;
import jakarta.validation.Validator;

import org.springframework.context.MessageSource;

/**
 * The file format of instructors: 编号, 姓名, 工作单位, 联系电话, 联系镇街道 (towns by name, separated by
 * 、 or commas), with the headers of the instructor list in Chinese whatever the user's
 * language. The code is the key an import upserts by.
 */
final class InstructorFile extends MasterDataFile<InstructorDetails, InstructorDraft> {

	/**
	 * What may separate the towns of one cell: 、 and commas or semicolons of either
	 * width.
	 */
	private static final Pattern TOWN_SEPARATORS = Pattern.compile("[、,，;；\\s]+");

	InstructorFile(MessageSource messages, Map<Long, String> townNames) {
		super(messages, townNames, "instructors.column.", Map.of("workUnit", "work-unit", "townIds", "towns"));
	}

	/**
	 * The definition for an import by someone with the given scope. The rules are those
	 * {@link InstructorService#upsert} enforces, found here for every row at once.
	 * @param stored every stored instructor by code
	 * @param assignedTowns per instructor id, the towns where organisations in use are
	 * assigned to them
	 */
	TransferDefinition<InstructorDetails, InstructorDraft> forImport(Validator validator, TownScope scope,
			Map<String, Stored> stored, Map<Long, Set<Long>> assignedTowns) {
		return definition((rowNumber, row) -> {
			List<RowProblem> problems = violations(validator, rowNumber, row);
			Stored current = stored.get(InstructorService.code(row));
			Set<Long> changedTowns = new LinkedHashSet<>(row.getTownIds());
			if (current == null) {
				problems.addAll(outOfScope(rowNumber, changedTowns, scope));
				return problems;
			}
			if (current.townIds().stream().noneMatch(scope::includes)) {
				problems.add(new RowProblem(rowNumber, header("code"),
						TransferMessage.of("transfer.row.key-out-of-scope", names(current.townIds()))));
				return problems;
			}
			if (current.archived()) {
				problems.add(new RowProblem(rowNumber, header("code"),
						TransferMessage.of("instructors.validation.archived")));
			}
			changedTowns.addAll(current.townIds());
			changedTowns.removeIf(town -> current.townIds().contains(town) && row.getTownIds().contains(town));
			problems.addAll(outOfScope(rowNumber, changedTowns, scope));
			Set<Long> removed = new LinkedHashSet<>(current.townIds());
			removed.removeAll(row.getTownIds());
			removed.retainAll(assignedTowns.getOrDefault(current.id(), Set.of()));
			if (!removed.isEmpty()) {
				problems.add(new RowProblem(rowNumber, header("townIds"),
						TransferMessage.of("instructors.validation.town-has-organizations")));
			}
			return problems;
		});
	}

	private List<RowProblem> outOfScope(int rowNumber, Set<Long> towns, TownScope scope) {
		Set<Long> foreign = towns.stream().filter(town -> !scope.includes(town)).collect(Collectors.toSet());
		if (foreign.isEmpty()) {
			return List.of();
		}
		return List.of(new RowProblem(rowNumber, header("townIds"),
				TransferMessage.of("transfer.row.town-out-of-scope", names(foreign))));
	}

	@Override
	protected TransferDefinition<InstructorDetails, InstructorDraft> definition(RowCheck<InstructorDraft> check) {
		Map<String, Long> towns = townsByName();
		List<TransferColumn<InstructorDetails, InstructorDraft>> columns = List.of(
				TransferColumn.required(header("code"), (text, row) -> row.setCode(text.toUpperCase(Locale.ROOT)),
						InstructorDetails::code),
				TransferColumn.required(header("name"), (text, row) -> row.setName(text), InstructorDetails::name),
				TransferColumn.required(header("workUnit"), (text, row) -> row.setWorkUnit(text),
						InstructorDetails::workUnit),
				TransferColumn.required(header("phone"), (text, row) -> row.setPhone(text), InstructorDetails::phone),
				TransferColumn.required(header("townIds"), (text, row) -> row.setTownIds(towns(text, towns)),
						instructor -> names(instructor.townIds())));
		return new TransferDefinition<>(columns, InstructorDraft::new, header("code"), InstructorDraft::getCode, check);
	}

	private static Set<Long> towns(String text, Map<String, Long> towns) {
		Set<Long> ids = new LinkedHashSet<>();
		for (String name : TOWN_SEPARATORS.split(text)) {
			if (!name.isEmpty()) {
				ids.add(Cells.choice(name, towns));
			}
		}
		return ids;
	}

	/** The towns' names in id order, as the list shows them: 当湖街道、钟埭街道. */
	private String names(java.util.Collection<Long> townIds) {
		return townIds.stream()
			.sorted()
			.map(id -> this.townNames.getOrDefault(id, String.valueOf(id)))
			.collect(Collectors.joining("、"));
	}

	/** A stored instructor as an import's checks need them. */
	record Stored(long id, Set<Long> townIds, boolean archived) {

		Stored {
			townIds = Set.copyOf(townIds);
		}

	}

}
