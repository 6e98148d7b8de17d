package cn.pinghu.socialwork.coverage.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.pinghu.socialwork.audit.AuditEntry;
import cn.pinghu.socialwork.audit.FieldChange;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.function.SerializableBiFunction;
import org.jspecify.annotations.Nullable;

/**
 * The History tab of the organisation and instructor forms: the record's audit entries,
 * newest first, with field names and values as the form shows them.
 */
class RecordHistory extends Grid<AuditEntry> {

	static final String CLASS_NAME = "record-history";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final ZoneId zone;

	private final Map<String, String> fieldLabels;

	private final SerializableBiFunction<String, String, String> values;

	/**
	 * @param fieldLabels translation keys of the audited fields' labels
	 * @param values a field's stored text as the user reads it, for fields that hold ids
	 * or enum names; the text itself for others
	 */
	RecordHistory(ZoneId zone, Map<String, String> fieldLabels, SerializableBiFunction<String, String, String> values) {
		this.zone = zone;
		this.fieldLabels = Map.copyOf(fieldLabels);
		this.values = values;
		addClassName(CLASS_NAME);
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
		String key = this.fieldLabels.get(field);
		return (key != null) ? getTranslation(key) : field;
	}

	private String value(String field, @Nullable String value) {
		if (value == null) {
			return getTranslation("audit.value.empty");
		}
		if ("archivedAt".equals(field)) {
			return TIME.format(Instant.parse(value).atZone(this.zone));
		}
		return this.values.apply(field, value);
	}

}
