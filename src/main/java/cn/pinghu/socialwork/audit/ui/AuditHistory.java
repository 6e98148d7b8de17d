package cn.pinghu.socialwork.audit.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.pinghu.socialwork.audit.AuditEntry;
import cn.pinghu.socialwork.audit.FieldChange;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.jspecify.annotations.Nullable;

/**
 * The History tab of an edit form: one record's audit entries, newest first, with the
 * changed fields under the labels the form uses. Each form names its fields' labels and
 * says, by overriding {@link #text}, how a stored value reads (a town's name for its id,
 * an enum's translation); timestamps are shown in the console's zone.
 */
public class AuditHistory extends Grid<AuditEntry> {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final ZoneId zone;

	private final Map<String, String> fieldLabels;

	private final Set<String> instantFields;

	/**
	 * @param fieldLabels the translation keys of the audited fields' labels
	 * @param instantFields the fields that hold a timestamp
	 */
	public AuditHistory(ZoneId zone, Map<String, String> fieldLabels, Set<String> instantFields) {
		this.zone = zone;
		this.fieldLabels = Map.copyOf(fieldLabels);
		this.instantFields = Set.copyOf(instantFields);
		addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
		setEmptyStateText(getTranslation("audit.history.empty"));
		addColumn(entry -> time(entry.occurredAt())).setKey("occurredAt")
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

	public void show(List<AuditEntry> entries) {
		setItems(entries);
	}

	/**
	 * How a field's stored value reads; the value itself unless a form says otherwise.
	 * Never called with an empty value.
	 */
	protected String text(String field, String value) {
		return value;
	}

	/**
	 * A stored id as the name it stands for, such as a town's name for its id; the id
	 * itself when no name is known.
	 */
	protected static String nameOf(Map<Long, String> names, String id) {
		return names.getOrDefault(Long.valueOf(id), id);
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
		if (value == null || value.isEmpty()) {
			return getTranslation("audit.value.empty");
		}
		if (this.instantFields.contains(field)) {
			return time(Instant.parse(value));
		}
		return text(field, value);
	}

	private String time(Instant instant) {
		return TIME.format(instant.atZone(this.zone));
	}

}
