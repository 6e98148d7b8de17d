package cn.pinghu.socialwork.places.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.pinghu.socialwork.audit.AuditEntry;
import cn.pinghu.socialwork.audit.FieldChange;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.jspecify.annotations.Nullable;

/** The History tab of the town form: the town's audit entries, newest first. */
class TownHistory extends Grid<AuditEntry> {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final Map<String, String> FIELD_LABELS = Map.of("code", "towns.column.code", "name",
			"towns.column.name", "kind", "towns.column.kind", "sortOrder", "towns.column.order");

	private final ZoneId zone;

	TownHistory(ZoneId zone) {
		this.zone = zone;
		addClassName("town-history");
		addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
		setEmptyStateText(getTranslation("audit.history.empty"));
		addColumn(entry -> TIME.format(entry.occurredAt().atZone(this.zone))).setKey("occurredAt")
			.setHeader(getTranslation("audit.column.occurred-at"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		addColumn(AuditEntry::username).setKey("username")
			.setHeader(getTranslation("audit.column.username"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		addColumn(entry -> getTranslation("audit.action." + entry.action().name())).setKey("action")
			.setHeader(getTranslation("audit.column.action"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		addColumn(entry -> changes(entry.changes())).setKey("changes")
			.setHeader(getTranslation("audit.column.changes"));
	}

	void show(List<AuditEntry> entries) {
		setItems(entries);
	}

	private String changes(List<FieldChange> changes) {
		return changes.stream()
			.map(change -> getTranslation("audit.change", label(change.field()), value(change.field(), change.from()),
					value(change.field(), change.to())))
			.collect(Collectors.joining(getTranslation("audit.change.separator")));
	}

	private String label(String field) {
		String key = FIELD_LABELS.get(field);
		return (key != null) ? getTranslation(key) : field;
	}

	private String value(String field, @Nullable String value) {
		if (value == null) {
			return getTranslation("audit.value.empty");
		}
		return "kind".equals(field) ? getTranslation("town.kind." + value) : value;
	}

}
