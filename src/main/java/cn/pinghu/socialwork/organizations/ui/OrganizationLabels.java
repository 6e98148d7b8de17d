package cn.pinghu.socialwork.organizations.ui;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.pinghu.socialwork.organizations.BranchForm;
import cn.pinghu.socialwork.organizations.OrgKind;
import cn.pinghu.socialwork.organizations.OrgStatus;
import cn.pinghu.socialwork.places.CommunitySummary;
import com.vaadin.flow.function.SerializableFunction;

/**
 * How the organisation list, form and history name what an organisation refers to by id
 * or by enum: towns, communities, instructors, kinds, branch forms and statuses.
 */
class OrganizationLabels implements Serializable {

	/** The translation keys of the audited fields' labels. */
	static final Map<String, String> FIELD_LABELS = Map.ofEntries(Map.entry("name", "organizations.column.name"),
			Map.entry("creditCode", "organizations.column.credit-code"), Map.entry("kind", "organizations.column.kind"),
			Map.entry("industry", "organizations.column.industry"), Map.entry("townId", "organizations.column.town"),
			Map.entry("communityId", "organizations.column.community"),
			Map.entry("address", "organizations.column.address"),
			Map.entry("employees", "organizations.column.employees"),
			Map.entry("fullMembers", "organizations.column.full-members"),
			Map.entry("branchForm", "organizations.column.branch-form"),
			Map.entry("branchName", "organizations.column.branch-name"),
			Map.entry("branchFormedOn", "organizations.column.branch-formed-on"),
			Map.entry("branchMembers", "organizations.column.branch-members"),
			Map.entry("instructorId", "organizations.column.instructor"),
			Map.entry("contactName", "organizations.column.contact-name"),
			Map.entry("contactPhone", "organizations.column.contact-phone"),
			Map.entry("uncoveredReason", "organizations.column.uncovered-reason"),
			Map.entry("status", "organizations.column.status"),
			Map.entry("archivedAt", "organizations.column.archived-at"));

	private final Map<Long, String> townNames;

	private final Map<Long, String> communityNames = new HashMap<>();

	private final Map<Long, List<Long>> communitiesByTown = new HashMap<>();

	private final Map<Long, String> instructorNames;

	private final SerializableFunction<String, String> translate;

	OrganizationLabels(Map<Long, String> townNames, List<CommunitySummary> communities,
			Map<Long, String> instructorNames, SerializableFunction<String, String> translate) {
		this.townNames = Map.copyOf(townNames);
		this.instructorNames = new HashMap<>(instructorNames);
		this.translate = translate;
		for (CommunitySummary community : communities) {
			String name = community.archived() ? community.name() + translate.apply("organizations.archived-suffix")
					: community.name();
			this.communityNames.put(community.id(), name);
			this.communitiesByTown.computeIfAbsent(community.townId(), town -> new java.util.ArrayList<>())
				.add(community.id());
		}
	}

	String town(Long id) {
		return this.townNames.getOrDefault(id, "");
	}

	String community(Long id) {
		return this.communityNames.getOrDefault(id, "");
	}

	/** The ids of a town's communities, in the order they were given. */
	List<Long> communitiesOf(long townId) {
		return List.copyOf(this.communitiesByTown.getOrDefault(townId, List.of()));
	}

	String instructor(Long id) {
		return this.instructorNames.getOrDefault(id, "");
	}

	void addInstructor(long id, String name) {
		this.instructorNames.put(id, name);
	}

	String kind(OrgKind kind) {
		return this.translate.apply("org.kind." + kind.name());
	}

	String branchForm(BranchForm form) {
		return this.translate.apply("org.branch-form." + form.name());
	}

	String status(OrgStatus status) {
		return this.translate.apply("org.status." + status.name());
	}

	/** A value of the audit trail as the user reads it. */
	String value(String field, String text) {
		return switch (field) {
			case "townId" -> orText(town(Long.valueOf(text)), text);
			case "communityId" -> orText(community(Long.valueOf(text)), text);
			case "instructorId" -> orText(instructor(Long.valueOf(text)), text);
			case "kind" -> kind(OrgKind.valueOf(text));
			case "branchForm" -> branchForm(BranchForm.valueOf(text));
			case "status" -> status(OrgStatus.valueOf(text));
			default -> text;
		};
	}

	private static String orText(String label, String text) {
		return label.isEmpty() ? text : label;
	}

}
