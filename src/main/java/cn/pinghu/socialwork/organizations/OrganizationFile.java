package cn.pinghu.socialwork.organizations;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import cn.pinghu.socialwork.identity.TownScope;
import cn.pinghu.socialwork.places.CommunitySummary;
import cn.pinghu.socialwork.shared.transfer.CellParser;
import cn.pinghu.socialwork.shared.transfer.Cells;
import cn.pinghu.socialwork.shared.transfer.MasterDataFile;
import cn.pinghu.socialwork.shared.transfer.RowCheck;
import cn.pinghu.socialwork.shared.transfer.RowProblem;
import cn.pinghu.socialwork.shared.transfer.TransferColumn;
import cn.pinghu.socialwork.shared.transfer.TransferDefinition;
import cn.pinghu.socialwork.shared.transfer.TransferMessage;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

/**
 * The file format of organisations, with the headers and labels of the organisation list
 * in Chinese whatever the user's language: 统一社会信用代码 (the key an import upserts by), names
 * for the town, and for the community and the instructor their name or code among those
 * of the organisation's town. Exports name an instructor with their code,
 * {@code 周超（ZD0001）}, so that namesakes import back as they were. Empty 组建方式 means 未组建,
 * empty 状态 正常. 组建日期 is the branch's formation date: empty keeps the date of a branch
 * already recorded, and a branch recorded for the first time needs it.
 */
final class OrganizationFile extends MasterDataFile<OrganizationDetails, OrganizationDraft> {

	/** The list's column keys of the draft's properties whose names differ. */
	private static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("creditCode", "credit-code"),
			Map.entry("townId", "town"), Map.entry("communityId", "community"),
			Map.entry("fullMembers", "full-members"), Map.entry("branchForm", "branch-form"),
			Map.entry("branchName", "branch-name"), Map.entry("branchFormedOn", "branch-formed-on"),
			Map.entry("instructorId", "instructor"), Map.entry("contactName", "contact-name"),
			Map.entry("contactPhone", "contact-phone"), Map.entry("uncoveredReason", "uncovered-reason"));

	private final TownScope scope;

	private final OrganizationFileLookup lookup;

	/**
	 * @param scope the caller's towns: rows of other towns are bad rows for that reason
	 * alone, whatever community or instructor they name
	 * @param communities the communities of the caller's towns, archived ones too
	 * @param instructors the instructors rows may name, archived ones too
	 */
	OrganizationFile(MessageSource messages, TownScope scope, Map<Long, String> townNames,
			List<CommunitySummary> communities, List<InstructorRef> instructors) {
		super(messages, townNames, "organizations.column.", COLUMNS);
		this.scope = scope;
		this.lookup = new OrganizationFileLookup(scope, communities, instructors);
	}

	/**
	 * The definition for an import by someone with the given scope. The rules are those
	 * {@link OrganizationService#upsert} enforces, found here for every row at once.
	 * @param stored every stored organisation by credit code
	 * @param today the day formation dates may not lie after
	 */
	TransferDefinition<OrganizationDetails, OrganizationDraft> forImport(Validator validator,
			Map<String, Stored> stored, LocalDate today) {
		return definition((rowNumber, row) -> {
			List<RowProblem> problems = violations(validator, rowNumber, row);
			for (OrganizationDraft.Problem problem : row.problems()) {
				problems
					.add(new RowProblem(rowNumber, header(problem.field()), TransferMessage.of(problem.messageKey())));
			}
			long townId = Objects.requireNonNull(row.getTownId());
			if (!this.scope.includes(townId)) {
				problems.add(new RowProblem(rowNumber, header("townId"),
						TransferMessage.of("transfer.row.town-out-of-scope", this.townNames.get(townId))));
			}
			Stored current = stored.get(OrganizationRules.creditCode(row));
			if (current != null && !this.scope.includes(current.townId())) {
				problems.add(new RowProblem(rowNumber, header("creditCode"),
						TransferMessage.of("transfer.row.key-out-of-scope", this.townNames.get(current.townId()))));
			}
			else if (current != null && current.archived()) {
				problems.add(new RowProblem(rowNumber, header("creditCode"),
						TransferMessage.of("organizations.validation.archived")));
			}
			String formationDate = OrganizationRules.formationDateProblem(row,
					current != null && current.hasFormationDate(), today);
			if (formationDate != null) {
				problems.add(new RowProblem(rowNumber, header("branchFormedOn"), TransferMessage.of(formationDate)));
			}
			Long instructorId = row.getInstructorId();
			InstructorRef instructor = this.lookup.instructorRef(instructorId);
			boolean kept = current != null && Objects.equals(current.instructorId(), instructorId);
			if (instructor != null && instructor.archived() && !kept) {
				problems.add(new RowProblem(rowNumber, header("instructorId"),
						TransferMessage.of("organizations.validation.instructor-archived")));
			}
			return problems;
		});
	}

	@Override
	protected TransferDefinition<OrganizationDetails, OrganizationDraft> definition(RowCheck<OrganizationDraft> check) {
		Map<String, Long> towns = townsByName();
		Map<String, OrgKind> kinds = labels(OrgKind.values(), "org.kind.");
		Map<String, BranchForm> forms = labels(BranchForm.values(), "org.branch-form.");
		Map<String, OrgStatus> statuses = labels(OrgStatus.values(), "org.status.");
		List<TransferColumn<OrganizationDetails, OrganizationDraft>> columns = List.of(
				required("creditCode", (text, row) -> row.setCreditCode(text.toUpperCase(Locale.ROOT)),
						OrganizationDetails::creditCode),
				required("name", (text, row) -> row.setName(text), OrganizationDetails::name),
				required("kind", (text, row) -> row.setKind(Cells.choice(text, kinds)),
						organization -> label("org.kind.", organization.kind())),
				required("industry", (text, row) -> row.setIndustry(text), OrganizationDetails::industry),
				required("townId", (text, row) -> row.setTownId(Cells.choice(text, towns)),
						organization -> this.townNames.get(organization.townId())),
				// after the town, whose communities and instructors these name
				optional("communityId", (text, row) -> row.setCommunityId(this.lookup.community(text, row.getTownId())),
						organization -> this.lookup.communityName(organization.communityId())),
				required("address", (text, row) -> row.setAddress(text), OrganizationDetails::address),
				required("employees", (text, row) -> row.setEmployees(Cells.integer(text, 0)),
						OrganizationDetails::employees),
				required("fullMembers", (text, row) -> row.setFullMembers(Cells.integer(text, 0)),
						OrganizationDetails::fullMembers),
				optional("branchForm",
						(text, row) -> row.setBranchForm(text.isEmpty() ? BranchForm.NONE : Cells.choice(text, forms)),
						organization -> label("org.branch-form.", organization.branchForm())),
				optional("branchName", (text, row) -> row.setBranchName(orNull(text)), OrganizationDetails::branchName),
				TransferColumn.date(header("branchFormedOn"), false, OrganizationDraft::setBranchFormedOn,
						OrganizationDetails::branchFormedOn),
				optional("instructorId",
						(text, row) -> row.setInstructorId(this.lookup.instructor(text, row.getTownId())),
						organization -> this.lookup.instructorName(organization.instructorId())),
				optional("contactName", (text, row) -> row.setContactName(orNull(text)),
						OrganizationDetails::contactName),
				optional("contactPhone", (text, row) -> row.setContactPhone(orNull(text)),
						OrganizationDetails::contactPhone),
				optional("uncoveredReason", (text, row) -> row.setUncoveredReason(orNull(text)),
						OrganizationDetails::uncoveredReason),
				optional("status",
						(text, row) -> row.setStatus(text.isEmpty() ? OrgStatus.ACTIVE : Cells.choice(text, statuses)),
						organization -> label("org.status.", organization.status())));
		return new TransferDefinition<>(columns, OrganizationDraft::new, header("creditCode"),
				OrganizationDraft::getCreditCode, check);
	}

	private TransferColumn<OrganizationDetails, OrganizationDraft> required(String property,
			CellParser<OrganizationDraft> parser, Function<OrganizationDetails, @Nullable Object> value) {
		return TransferColumn.required(header(property), parser, value);
	}

	private TransferColumn<OrganizationDetails, OrganizationDraft> optional(String property,
			CellParser<OrganizationDraft> parser, Function<OrganizationDetails, @Nullable Object> value) {
		return TransferColumn.optional(header(property), parser, value);
	}

	private static @Nullable String orNull(String text) {
		return text.isEmpty() ? null : text;
	}

	/** An instructor as the organisations' files name them. */
	record InstructorRef(long id, String code, String name, Set<Long> townIds, boolean archived) {

		InstructorRef {
			townIds = Set.copyOf(townIds);
		}

	}

	/**
	 * A stored organisation as an import's checks need it.
	 *
	 * @param hasFormationDate whether a branch with a formation date covers it
	 */
	record Stored(long townId, @Nullable Long instructorId, boolean archived, boolean hasFormationDate) {
	}

}
