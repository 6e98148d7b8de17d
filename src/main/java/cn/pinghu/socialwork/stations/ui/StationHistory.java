package cn.pinghu.socialwork.stations.ui;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.pinghu.socialwork.audit.ui.AuditHistory;
import cn.pinghu.socialwork.stations.StationService;

/** The History tab of the station form. */
class StationHistory extends AuditHistory {

	private static final Map<String, String> FIELD_LABELS = Map.ofEntries(Map.entry("code", "stations.column.code"),
			Map.entry("name", "stations.column.name"), Map.entry("townId", "stations.column.town"),
			Map.entry("communityId", "stations.column.community"), Map.entry("address", "stations.column.address"),
			Map.entry("latitude", "stations.column.latitude"), Map.entry("longitude", "stations.column.longitude"),
			Map.entry("hostUnit", "stations.column.host-unit"), Map.entry("facilities", "stations.column.facilities"),
			Map.entry("openingHours", "stations.column.opening-hours"), Map.entry("status", "stations.column.status"),
			Map.entry("capacity", "stations.column.capacity"), Map.entry("archivedAt", "stations.column.archived-at"),
			Map.entry(StationService.API_KEY_FIELD, "stations.column.api-key"));

	private final Map<Long, String> townNames;

	StationHistory(ZoneId zone, Map<Long, String> townNames) {
		super(zone, FIELD_LABELS, Set.of("archivedAt", StationService.API_KEY_FIELD));
		this.townNames = Map.copyOf(townNames);
		addClassName("station-history");
	}

	@Override
	protected String text(String field, String value) {
		return switch (field) {
			case "townId" -> nameOf(this.townNames, value);
			case "status" -> getTranslation("station.status." + value);
			case "facilities" -> Arrays.stream(value.split(";"))
				.map(code -> getTranslation("station.facility." + code))
				.collect(Collectors.joining(getTranslation("stations.facilities.separator")));
			default -> value;
		};
	}

}
