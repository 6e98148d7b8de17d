package cn.pinghu.socialwork.places.ui;

import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import cn.pinghu.socialwork.audit.ui.AuditHistory;
import cn.pinghu.socialwork.places.CommunityKind;

/** The History tab of the community form. */
class CommunityHistory extends AuditHistory {

	/** The column titles the audited fields are shown under. */
	private static final Map<String, String> FIELD_LABELS = Map.of("code", "communities.column.code", "name",
			"communities.column.name", "townId", "communities.column.town", "kind", "communities.column.kind",
			"households", "communities.column.households", "population", "communities.column.population", "archivedAt",
			"communities.column.archived-at");

	private final Map<Long, String> townNames;

	CommunityHistory(ZoneId zone, Map<Long, String> townNames) {
		super(zone, FIELD_LABELS, Set.of("archivedAt"));
		this.townNames = Map.copyOf(townNames);
		addClassName("community-history");
	}

	@Override
	protected String text(String field, String value) {
		return switch (field) {
			case "townId" -> nameOf(this.townNames, value);
			case "kind" -> getTranslation("community.kind." + CommunityKind.valueOf(value).name());
			default -> value;
		};
	}

}
