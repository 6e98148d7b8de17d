package cn.pinghu.socialwork.security.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.pinghu.socialwork.audit.AuditEntry;
import cn.pinghu.socialwork.audit.FieldChange;
import cn.pinghu.socialwork.security.UserAdminService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.jspecify.annotations.Nullable;

/** The History tab of the user form: the account's audit entries, newest first. */
class UserHistory extends Grid<AuditEntry> {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final Map<String, String> FIELD_LABELS = Map.of("username", "users.column.username", "displayName",
			"users.column.display-name", "phone", "users.column.phone", "roles", "users.column.roles", "townIds",
			"users.column.towns", "enabled", "users.column.status", "lockedUntil", "users.column.locked",
			UserAdminService.PASSWORD_FIELD, "users.column.password");

	private final ZoneId zone;

	private final Map<Long, String> townNames;

	UserHistory(ZoneId zone, Map<Long, String> townNames) {
		this.zone = zone;
		this.townNames = townNames;
		addClassName("user-history");
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
		if (value == null || value.isEmpty()) {
			return getTranslation("audit.value.empty");
		}
		return switch (field) {
			case "roles" -> Arrays.stream(value.split(";"))
				.map(role -> getTranslation("role." + role))
				.collect(Collectors.joining(getTranslation("users.separator")));
			case "townIds" -> Arrays.stream(value.split(";"))
				.map(id -> this.townNames.getOrDefault(Long.valueOf(id), id))
				.collect(Collectors.joining(getTranslation("users.separator")));
			case "enabled" -> getTranslation("users.enabled." + value);
			case "lockedUntil" -> TIME.format(Instant.parse(value).atZone(this.zone));
			case UserAdminService.PASSWORD_FIELD -> getTranslation("users.password." + value);
			default -> value;
		};
	}

}
