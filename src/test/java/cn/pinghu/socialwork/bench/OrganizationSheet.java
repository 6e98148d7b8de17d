package cn.pinghu.socialwork.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.pinghu.socialwork.organizations.BranchForm;
import cn.pinghu.socialwork.organizations.OrgKind;
import cn.pinghu.socialwork.organizations.OrgStatus;
import cn.pinghu.socialwork.organizations.OrganizationDetails;
import cn.pinghu.socialwork.organizations.OrganizationDraft;
import cn.pinghu.socialwork.places.CommunitySummary;
import cn.pinghu.socialwork.shared.transfer.CellParser;
import cn.pinghu.socialwork.shared.transfer.Cells;
import cn.pinghu.socialwork.shared.transfer.RowProblem;
import cn.pinghu.socialwork.shared.transfer.TransferColumn;
import cn.pinghu.socialwork.shared.transfer.TransferDefinition;
import cn.pinghu.socialwork.shared.transfer.TransferMessage;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

/**
 * An organisation file with the organisation list's sixteen columns, towns, communities
 * and instructors by name: the shape of an organisation export and import, for measuring
 * them through the shared {@code Exporter} and {@code Importer}. The feature's own file
 * definition replaces it once the organisation import lands.
 */
final class OrganizationSheet {

	private final Map<Long, String> townNames;

	private final Map<Long, String> communityNames = new HashMap<>();

	private final Map<String, Long> communityIds = new HashMap<>();

	private final Map<Long, String> instructorNames;

	private final Map<String, Long> instructorIds = new HashMap<>();

	OrganizationSheet(Map<Long, String> townNames, List<CommunitySummary> communities,
			Map<Long, String> instructorNames) {
		this.townNames = townNames;
		this.instructorNames = instructorNames;
		for (CommunitySummary community : communities) {
			this.communityNames.put(community.id(), community.name());
			this.communityIds.put(community.townId() + "/" + community.name(), community.id());
		}
		instructorNames.forEach((id, name) -> this.instructorIds.putIfAbsent(name, id));
	}

	/**
	 * The definition; imports check each row with the validator and the draft's own
	 * rules, as the organisation form does.
	 */
	TransferDefinition<OrganizationDetails, OrganizationDraft> definition(Validator validator) {
		Map<String, Long> towns = new LinkedHashMap<>();
		this.townNames.forEach((id, name) -> towns.put(name, id));
		Map<String, OrgKind> kinds = Map.of("新经济组织", OrgKind.ECONOMIC, "新社会组织", OrgKind.SOCIAL);
		Map<String, BranchForm> forms = Map.of("未组建", BranchForm.NONE, "单独组建", BranchForm.STANDALONE, "联合组建",
				BranchForm.JOINT, "行业统建", BranchForm.INDUSTRY);
		Map<String, OrgStatus> statuses = Map.of("正常", OrgStatus.ACTIVE, "已注销", OrgStatus.DEREGISTERED);
		Function<OrgKind, String> kindLabel = labels(kinds);
		Function<BranchForm, String> formLabel = labels(forms);
		Function<OrgStatus, String> statusLabel = labels(statuses);
		List<TransferColumn<OrganizationDetails, OrganizationDraft>> columns = List.of(
				TransferColumn.required("统一社会信用代码", (text, row) -> row.setCreditCode(text),
						OrganizationDetails::creditCode),
				TransferColumn.required("名称", (text, row) -> row.setName(text), OrganizationDetails::name),
				TransferColumn.required("类型", (text, row) -> row.setKind(Cells.choice(text, kinds)),
						org -> kindLabel.apply(org.kind())),
				TransferColumn.required("行业", (text, row) -> row.setIndustry(text), OrganizationDetails::industry),
				TransferColumn.required("镇街道", (text, row) -> row.setTownId(Cells.choice(text, towns)),
						org -> this.townNames.get(org.townId())),
				TransferColumn.optional("村社区", community(), org -> name(this.communityNames, org.communityId())),
				TransferColumn.required("地址", (text, row) -> row.setAddress(text), OrganizationDetails::address),
				TransferColumn.required("从业人员", (text, row) -> row.setEmployees(Cells.integer(text, 0)),
						OrganizationDetails::employees),
				TransferColumn.optional("正式党员", (text, row) -> row.setFullMembers(Cells.integer(text, 0)),
						OrganizationDetails::fullMembers),
				TransferColumn.optional("组建方式",
						(text, row) -> row.setBranchForm(text.isEmpty() ? BranchForm.NONE : Cells.choice(text, forms)),
						org -> formLabel.apply(org.branchForm())),
				TransferColumn.optional("支部名称", (text, row) -> row.setBranchName(text),
						OrganizationDetails::branchName),
				TransferColumn.date("组建日期", false, OrganizationDraft::setBranchFormedOn,
						OrganizationDetails::branchFormedOn),
				TransferColumn.optional("党建指导员",
						(text, row) -> row
							.setInstructorId(text.isEmpty() ? null : Cells.choice(text, this.instructorIds)),
						org -> name(this.instructorNames, org.instructorId())),
				TransferColumn.optional("联系人", (text, row) -> row.setContactName(text),
						OrganizationDetails::contactName),
				TransferColumn.optional("联系电话", (text, row) -> row.setContactPhone(text),
						OrganizationDetails::contactPhone),
				TransferColumn.optional("未覆盖原因", (text, row) -> row.setUncoveredReason(text),
						OrganizationDetails::uncoveredReason),
				TransferColumn.optional("状态",
						(text, row) -> row.setStatus(text.isEmpty() ? OrgStatus.ACTIVE : Cells.choice(text, statuses)),
						org -> statusLabel.apply(org.status())));
		return new TransferDefinition<>(columns, OrganizationDraft::new, "统一社会信用代码", OrganizationDraft::getCreditCode,
				(rowNumber, row) -> {
					List<RowProblem> problems = new ArrayList<>();
					validator.validate(row)
						.forEach(violation -> problems.add(new RowProblem(rowNumber,
								violation.getPropertyPath().toString(), TransferMessage.of(violation.getMessage()))));
					row.problems()
						.forEach(problem -> problems
							.add(new RowProblem(rowNumber, problem.field(), TransferMessage.of(problem.messageKey()))));
					return problems;
				});
	}

	/** A community by its name among those of the row's town (read before it). */
	private CellParser<OrganizationDraft> community() {
		return (text, row) -> row
			.setCommunityId(text.isEmpty() ? null : Cells.choice(row.getTownId() + "/" + text, this.communityIds));
	}

	private static <V> Function<V, String> labels(Map<String, V> choices) {
		Map<V, String> labels = new HashMap<>();
		choices.forEach((label, value) -> labels.put(value, label));
		return labels::get;
	}

	private static @Nullable String name(Map<Long, String> names, @Nullable Long id) {
		return (id != null) ? names.get(id) : null;
	}

	/** A row's cells as an export writes them. */
	static List<@Nullable Object> values(TransferDefinition<OrganizationDetails, ?> definition,
			OrganizationDetails row) {
		List<@Nullable Object> values = new ArrayList<>(definition.columns().size());
		definition.columns().forEach(column -> values.add(column.value().apply(row)));
		return values;
	}

}
