package cn.pinghu.socialwork.stations;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.pinghu.socialwork.identity.TownScope;
import cn.pinghu.socialwork.places.CommunitySummary;
import cn.pinghu.socialwork.region.RegionSetting;
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
 * The file format of rider stations: 编码, 名称, 镇街道 (by name), 村社区 (by name, within the
 * town), 地址, 纬度, 经度, 承办单位, 服务设施 (names separated by 、), 开放时间, 状态, 容纳人数, with the headers
 * and labels of the station list in Chinese, whatever the user's language. The code is
 * the key an import upserts by. API keys are never in a file.
 */
final class StationFile extends MasterDataFile<StationDetails, StationDraft> {

	/** The decimals the database keeps of a coordinate. */
	static final int COORDINATE_SCALE = 6;

	/**
	 * How facilities are separated in a cell: 、 as exported, or commas, semicolons,
	 * blanks.
	 */
	private static final Pattern FACILITY_SEPARATORS = Pattern.compile("[、,，;；\\s]+");

	/** The list's column keys of the draft's properties whose names differ. */
	private static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("townId", "town"),
			Map.entry("communityId", "community"), Map.entry("hostUnit", "host-unit"),
			Map.entry("openingHours", "opening-hours"));

	private final Map<Long, CommunitySummary> communities;

	/** The community names of rows being read, until their check resolves them. */
	private final Map<StationDraft, String> communityNames = new IdentityHashMap<>();

	/**
	 * @param communities the communities the caller may place stations in, archived ones
	 * too, by id
	 */
	StationFile(MessageSource messages, Map<Long, String> townNames, Map<Long, CommunitySummary> communities) {
		super(messages, townNames, "stations.column.", COLUMNS);
		this.communities = communities;
	}

	/**
	 * The definition for an import by someone with the given scope: the checks of the
	 * station form, the caller's towns, the region's outline, and no change to an
	 * archived station.
	 * @param region the region the coordinates must lie in
	 * @param stored what is stored of every station, by code
	 */
	TransferDefinition<StationDetails, StationDraft> forImport(Validator validator, TownScope scope,
			RegionSetting region, Map<String, StoredStation> stored) {
		Map<String, List<CommunitySummary>> byTownAndName = this.communities.values()
			.stream()
			.collect(Collectors.groupingBy(community -> community.townId() + "/" + community.name()));
		return definition((rowNumber, row) -> {
			List<RowProblem> problems = violations(validator, rowNumber, row);
			if (row.getLatitude() != null && row.getLongitude() != null) {
				StationLocation.Problem outside = StationLocation.problem(region, row.getLatitude(),
						row.getLongitude());
				if (outside != null) {
					problems.add(new RowProblem(rowNumber, header(outside.field()), outside.message()));
				}
			}
			StoredStation station = stored.get(row.getCode());
			Long townId = row.getTownId();
			boolean inScope = townId != null && scope.includes(townId);
			if (townId != null && !inScope) {
				problems.add(new RowProblem(rowNumber, header("townId"),
						TransferMessage.of("transfer.row.town-out-of-scope", this.townNames.get(townId))));
			}
			if (station != null && station.archived()) {
				problems.add(new RowProblem(rowNumber, header("code"),
						TransferMessage.of("stations.import.archived", row.getCode())));
			}
			else if (station != null && !scope.includes(station.townId())) {
				problems.add(new RowProblem(rowNumber, header("code"),
						TransferMessage.of("transfer.row.key-out-of-scope", this.townNames.get(station.townId()))));
			}
			String communityName = this.communityNames.remove(row);
			if (communityName != null && inScope) {
				List<CommunitySummary> named = byTownAndName.getOrDefault(townId + "/" + communityName, List.of());
				Long current = (station != null) ? station.communityId() : null;
				List<CommunitySummary> usable = named.stream()
					.filter(community -> !community.archived() || Objects.equals(community.id(), current))
					.toList();
				if (usable.size() == 1) {
					row.setCommunityId(usable.get(0).id());
				}
				else {
					String key = usable.isEmpty() ? "stations.import.community-unknown"
							: "stations.import.community-ambiguous";
					problems.add(new RowProblem(rowNumber, header("communityId"),
							TransferMessage.of(key, communityName, this.townNames.get(townId))));
				}
			}
			return problems;
		});
	}

	@Override
	protected TransferDefinition<StationDetails, StationDraft> definition(RowCheck<StationDraft> check) {
		Map<String, Long> towns = townsByName();
		Map<String, StationStatus> statuses = labels(StationStatus.values(), "station.status.");
		Map<String, Facility> facilities = labels(Facility.values(), "station.facility.");
		List<TransferColumn<StationDetails, StationDraft>> columns = List.of(
				TransferColumn.required(header("code"), (text, row) -> row.setCode(text), StationDetails::code),
				TransferColumn.required(header("name"), (text, row) -> row.setName(text), StationDetails::name),
				TransferColumn.required(header("townId"), (text, row) -> row.setTownId(Cells.choice(text, towns)),
						station -> this.townNames.get(station.townId())),
				TransferColumn.optional(header("communityId"), this::communityName, this::communityName),
				TransferColumn.required(header("address"), (text, row) -> row.setAddress(text),
						StationDetails::address),
				TransferColumn.required(header("latitude"), (text, row) -> row.setLatitude(coordinate(text)),
						StationDetails::latitude),
				TransferColumn.required(header("longitude"), (text, row) -> row.setLongitude(coordinate(text)),
						StationDetails::longitude),
				TransferColumn.optional(header("hostUnit"), (text, row) -> row.setHostUnit(emptyToNull(text)),
						StationDetails::hostUnit),
				TransferColumn.optional(header("facilities"),
						(text, row) -> row.setFacilities(facilities(text, facilities)),
						station -> facilityLabels(station.facilities())),
				TransferColumn.optional(header("openingHours"), (text, row) -> row.setOpeningHours(emptyToNull(text)),
						StationDetails::openingHours),
				TransferColumn.required(header("status"), (text, row) -> row.setStatus(Cells.choice(text, statuses)),
						station -> label("station.status.", station.status())),
				TransferColumn.optional(header("capacity"), (text, row) -> row.setCapacity(Cells.integer(text, 0)),
						StationDetails::capacity));
		return new TransferDefinition<>(columns, StationDraft::new, header("code"), StationDraft::getCode, check);
	}

	/** Holds a community's name until the row's town is known: the check resolves it. */
	private void communityName(String text, StationDraft row) {
		if (!text.isEmpty()) {
			this.communityNames.put(row, text);
		}
	}

	private @Nullable String communityName(StationDetails station) {
		Long id = station.communityId();
		CommunitySummary community = (id != null) ? this.communities.get(id) : null;
		return (community != null) ? community.name() : null;
	}

	/** A coordinate as the database keeps it, however many decimals Excel wrote. */
	private static @Nullable BigDecimal coordinate(String text) {
		BigDecimal value = Cells.decimal(text);
		return (value != null) ? value.setScale(COORDINATE_SCALE, RoundingMode.HALF_UP) : null;
	}

	private static Set<Facility> facilities(String text, Map<String, Facility> labels) {
		Set<Facility> chosen = EnumSet.noneOf(Facility.class);
		for (String name : FACILITY_SEPARATORS.split(text)) {
			if (!name.isEmpty()) {
				chosen.add(Cells.choice(name, labels));
			}
		}
		return chosen;
	}

	private String facilityLabels(Set<Facility> facilities) {
		return facilities.stream()
			.sorted()
			.map(facility -> label("station.facility.", facility))
			.collect(Collectors.joining("、"));
	}

	private static @Nullable String emptyToNull(String text) {
		return text.isEmpty() ? null : text;
	}

	/** What an import needs to know of a stored station. */
	record StoredStation(long townId, @Nullable Long communityId, boolean archived) {
	}

}
