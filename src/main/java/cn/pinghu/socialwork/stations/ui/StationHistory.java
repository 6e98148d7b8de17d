package cn.pinghu.socialwork.stations.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.pinghu.socialwork.audit.AuditEntry;
import cn.pinghu.socialwork.audit.FieldChange;
import cn.pinghu.socialwork.stations.StationAdminService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.jspecify.annotations.Nullable;

/** The History tab of the station form: the record's audit entries, newest first. */
class StationHistory extends Grid<AuditEntry> {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	/** The column titles the audited fields are shown under. */
	private static final Map<String, String> FIELD_LABELS = Map.ofEntries(Map.entry("code", "stations.column.code"),
			Map.entry("name", "stations.column.name"), Map.entry("townId", "stations.column.town"),
			Map.entry("communityId", "stations.column.community"), Map.entry("address", "stations.column.address"),
			Map.entry("latitude", "stations.column.latitude"), Map.entry("longitude", "stations.column.longitude"),
			Map.entry("hostUnit", "stations.column.host-unit"), Map.entry("facilities", "stations.column.facilities"),
			Map.entry("openingHours", "stations.column.opening-hours"), Map.entry("status", "stations.column.status"),
			Map.entry("capacity", "stations.column.capacity"), Map.entry("archivedAt", "stations.column.archived-at"),
			Map.entry(StationAdminService.API_KEY_FIELD, "stations.column.api-key"));

	private final ZoneId zone;

	private final Map<String, String> townNames;

	StationHistory(ZoneId zone, Map<Long, String> townNames) {
		this.zone = zone;
		this.townNames = townNames.entrySet()
			.stream()
			.collect(Collectors.toMap(entry -> String.valueOf(entry.getKey()), Map.Entry::getValue));
		addClassName("station-history");
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
			case "townId" -> this.townNames.getOrDefault(value, value);
			case "status" -> getTranslation("station.status." + value);
			case "facilities" -> Arrays.stream(value.split(";"))
				.map(code -> getTranslation("station.facility." + code))
				.collect(Collectors.joining(getTranslation("stations.facilities.separator")));
			case "archivedAt", StationAdminService.API_KEY_FIELD -> TIME.format(Instant.parse(value).atZone(this.zone));
			default -> value;
		};
	}

}
