package cn.pinghu.socialwork.places;

import java.util.List;
import java.util.Map;

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
 * The file format of communities: 编码, 名称, 镇街道 (by name), 类型 (村 or 社区), 户数, 人口, with the
 * headers and labels of the community list in Chinese, whatever the user's language. The
 * code is the key an import upserts by.
 */
final class CommunityFile extends MasterDataFile<CommunitySummary, CommunityDraft> {

	CommunityFile(MessageSource messages, Map<Long, String> townNames) {
		super(messages, townNames, "communities.column.", Map.of("townId", "town"));
	}

	/**
	 * The definition for an import by someone with the given scope.
	 * @param storedTowns the town of every stored community by code
	 */
	TransferDefinition<CommunitySummary, CommunityDraft> forImport(Validator validator, TownScope scope,
			Map<String, Long> storedTowns) {
		return definition((rowNumber, row) -> {
			List<RowProblem> problems = violations(validator, rowNumber, row);
			Long townId = row.getTownId();
			if (townId != null && !scope.includes(townId)) {
				problems.add(new RowProblem(rowNumber, header("townId"),
						TransferMessage.of("transfer.row.town-out-of-scope", this.townNames.get(townId))));
			}
			Long storedTown = storedTowns.get(row.getCode());
			if (storedTown != null && !scope.includes(storedTown)) {
				problems.add(new RowProblem(rowNumber, header("code"),
						TransferMessage.of("transfer.row.key-out-of-scope", this.townNames.get(storedTown))));
			}
			return problems;
		});
	}

	@Override
	protected TransferDefinition<CommunitySummary, CommunityDraft> definition(RowCheck<CommunityDraft> check) {
		Map<String, Long> towns = townsByName();
		Map<String, CommunityKind> kinds = labels(CommunityKind.values(), "community.kind.");
		List<TransferColumn<CommunitySummary, CommunityDraft>> columns = List.of(
				TransferColumn.required(header("code"), (text, row) -> row.setCode(text), CommunitySummary::code),
				TransferColumn.required(header("name"), (text, row) -> row.setName(text), CommunitySummary::name),
				TransferColumn.required(header("townId"), (text, row) -> row.setTownId(Cells.choice(text, towns)),
						community -> this.townNames.get(community.townId())),
				TransferColumn.required(header("kind"), (text, row) -> row.setKind(Cells.choice(text, kinds)),
						community -> label("community.kind.", community.kind())),
				TransferColumn.optional(header("households"), (text, row) -> row.setHouseholds(Cells.integer(text, 0)),
						CommunitySummary::households),
				TransferColumn.optional(header("population"), (text, row) -> row.setPopulation(Cells.integer(text, 0)),
						CommunitySummary::population));
		return new TransferDefinition<>(columns, CommunityDraft::new, header("code"), CommunityDraft::getCode, check);
	}

}
