package cn.pinghu.socialwork.places.ui;

import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import cn.pinghu.socialwork.audit.ui.AuditHistory;

/** The History tab of the town form. */
class TownHistory extends AuditHistory {

	private static final Map<String, String> FIELD_LABELS = Map.of("code", "towns.column.code", "name",
			"towns.column.name", "kind", "towns.column.kind", "sortOrder", "towns.column.order");

	TownHistory(ZoneId zone) {
		super(zone, FIELD_LABELS, Set.of());
		addClassName("town-history");
	}

	@Override
	protected String text(String field, String value) {
		return "kind".equals(field) ? getTranslation("town.kind." + value) : value;
	}

}
