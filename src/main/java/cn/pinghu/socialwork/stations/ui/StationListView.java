package cn.pinghu.socialwork.stations.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.places.CommunityService;
import cn.pinghu.socialwork.places.TownSummary;
import cn.pinghu.socialwork.region.RegionService;
import cn.pinghu.socialwork.shared.transfer.TransferJobs;
import cn.pinghu.socialwork.shared.transfer.ui.TransferToolbar;
import cn.pinghu.socialwork.shared.ui.ListColumns;
import cn.pinghu.socialwork.shared.ui.MasterDataListView;
import cn.pinghu.socialwork.shared.ui.StationMap;
import cn.pinghu.socialwork.shared.ui.StatusBadge;
import cn.pinghu.socialwork.stations.Facility;
import cn.pinghu.socialwork.stations.StationDetails;
import cn.pinghu.socialwork.stations.StationDraft;
import cn.pinghu.socialwork.stations.StationFilter;
import cn.pinghu.socialwork.stations.StationPosterService;
import cn.pinghu.socialwork.stations.StationService;
import cn.pinghu.socialwork.stations.StationStatus;
import cn.pinghu.socialwork.stations.StationTransferService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;

/**
 * 骑士加油站 as master data: a filtered, lazily loaded list of the rider stations and a side
 * form to create, edit, archive and restore them, with their history and API key. Filters
 * live in the URL ({@code ?town=1&status=OPEN&q=驿站&archived=true}). Leaders read;
 * coordinators change the stations of their towns; administrators everything. Editors
 * also import stations from a file, export the filtered list, and print the check-in
 * posters of their towns' stations (each station's in its form, all in one PDF from the
 * toolbar). Administrators also open a map of the stations beside the list, where a click
 * on a dot opens its station.
 */
@Route(StationListView.ROUTE)
@Menu(title = "nav.stations", order = 10, icon = "vaadin:coffee")
@RolesAllowed({ Role.Names.ADMIN, Role.Names.LEADER, Role.Names.COORDINATOR })
class StationListView extends MasterDataListView<StationDetails, StationFilter> {

	static final String ROUTE = "stations";

	static final String TOWN_PARAMETER = "town";

	static final String STATUS_PARAMETER = "status";

	static final String ARCHIVED_PARAMETER = "archived";

	static final String MAP_TOGGLE_ID = "stations-map-toggle";

	private static final int FACILITIES_SHOWN = 3;

	final ComboBox<Long> town = new ComboBox<>();

	final ComboBox<StationStatus> status = new ComboBox<>();

	final Checkbox archived = new Checkbox();

	final StationForm form;

	/** Town names by id, read once: nine towns do not change while a list is open. */
	private final Map<Long, String> townNames;

	private final List<Long> townIds;

	/** The towns the user changes stations in: what the form offers. */
	private final List<Long> writableTownIds;

	/** The map beside the list, for administrators; {@code null} for the others. */
	final @Nullable StationMap map;

	/** Import and export, for those who may edit; {@code null} for leaders. */
	final @Nullable TransferToolbar<StationFilter, StationDraft> transfer;

	/** "全部站点海报", for those who print posters; {@code null} for leaders. */
	final @Nullable Component allPosters;

	StationListView(StationService stations, CommunityService places, StationTransferService transfer,
			TransferJobs jobs, Clock clock, @Value("${console.zone}") ZoneId zone, RegionService region,
			StationPosterService posters, AuthenticationContext authentication) {
		super("stations", StationDetails.class, stations::stations, stations::countStations);
		List<TownSummary> towns = places.towns();
		this.townNames = towns.stream().collect(Collectors.toMap(TownSummary::id, TownSummary::name));
		this.townIds = towns.stream().map(TownSummary::id).toList();
		this.writableTownIds = places.writableTowns().stream().map(TownSummary::id).toList();
		list().search().setPlaceholder(getTranslation("stations.search"));
		list().addIdFilter(TOWN_PARAMETER, this.town, getTranslation("stations.filter.town"), this.townIds,
				this.townNames);
		list().addChoiceFilter(STATUS_PARAMETER, this.status, getTranslation("stations.filter.status"),
				List.of(StationStatus.values()), value -> getTranslation("station.status." + value.name()),
				StationStatus::name);
		list().addFlagFilter(ARCHIVED_PARAMETER, this.archived, getTranslation("masterdata.include-archived"));
		if (stations.mayCreate()) {
			this.transfer = new TransferToolbar<>(list(), getPageTitle(), getTranslation("stations.import.title"),
					transfer, jobs, clock, zone);
			addCreateAction(this::create);
		}
		else {
			this.transfer = null;
		}
		PosterPanel poster = null;
		if (posters.mayPrint()) {
			PosterDownloads downloads = new PosterDownloads(posters, clock, zone);
			this.allPosters = downloads.all("all-posters");
			list().addToToolbar(this.allPosters);
			poster = new PosterPanel(posters, downloads);
		}
		else {
			this.allPosters = null;
		}
		this.form = new StationForm(stations, places, region, this.writableTownIds, this.townNames, zone, poster,
				list()::refresh);
		addColumns();
		showWith(this.form);
		this.map = authentication.hasRole(Role.Names.ADMIN) ? addMap(stations, region) : null;
	}

	/**
	 * A map between the list and the form, closed until its toolbar button opens it; its
	 * dots are read each time it opens.
	 */
	private StationMap addMap(StationService stations, RegionService region) {
		StationMap map = StationDots.map(this::getTranslation);
		map.addClassName("station-list-map");
		map.setVisible(false);
		StationDots.showRegion(map, region.current());
		map.addDotClickListener(click -> this.form.edit(stations.station(click.getId())));
		Button toggle = new Button(getTranslation("stations.map.toggle"), VaadinIcon.MAP_MARKER.create(), click -> {
			if (!map.isVisible()) {
				map.setDots(StationDots.of(stations.points()));
			}
			map.setVisible(!map.isVisible());
		});
		toggle.setId(MAP_TOGGLE_ID);
		list().addToToolbar(toggle);
		addComponentAtIndex(indexOf(this.form), map);
		return map;
	}

	@Override
	protected StationFilter filter(String query) {
		return new StationFilter(query.isEmpty() ? null : query, this.town.getValue(), this.status.getValue(),
				Boolean.TRUE.equals(this.archived.getValue()));
	}

	private void addColumns() {
		ListColumns<StationDetails> columns = columns();
		Grid.Column<StationDetails> code = columns.fitted("code", "stations.column.code", StationDetails::code)
			.setSortProperty("code");
		columns.auto("name", "stations.column.name", StationDetails::name).setSortProperty("name");
		// town ids follow the towns' display order, so sorting by id sorts as the towns
		// are listed everywhere else
		columns.fitted("town", "stations.column.town", station -> this.townNames.getOrDefault(station.townId(), ""))
			.setSortProperty("townId");
		columns.text("address", "stations.column.address", StationDetails::address)
			.setTooltipGenerator(StationDetails::address);
		columns.badge("status", "stations.column.status", this::statusBadge).setSortProperty("status");
		columns.text("facilities", "stations.column.facilities", station -> facilities(station.facilities()))
			.setTooltipGenerator(station -> allFacilities(station.facilities()));
		columns.number("capacity", "stations.column.capacity", StationDetails::capacity).setSortProperty("capacity");
		columns
			.fitted("openingHours", "stations.column.opening-hours",
					station -> Objects.requireNonNullElse(station.openingHours(), ""))
			.setSortProperty("openingHours");
		list().grid().sort(GridSortOrder.asc(code).build());
	}

	private Span statusBadge(StationDetails station) {
		if (station.archived()) {
			return StatusBadge.of(getTranslation("stations.status.archived"), StatusBadge.Tone.CONTRAST);
		}
		return StatusBadge.of(getTranslation("station.status." + station.status().name()), switch (station.status()) {
			case OPEN -> StatusBadge.Tone.SUCCESS;
			case SUSPENDED -> StatusBadge.Tone.CONTRAST;
			case CLOSED -> StatusBadge.Tone.ERROR;
		});
	}

	/** The first few facilities and how many there are: the full list is the tooltip. */
	private String facilities(Set<Facility> facilities) {
		if (facilities.isEmpty()) {
			return getTranslation("stations.facilities.none");
		}
		List<String> names = names(facilities);
		if (names.size() <= FACILITIES_SHOWN) {
			return String.join(separator(), names);
		}
		return getTranslation("stations.facilities.more", String.join(separator(), names.subList(0, FACILITIES_SHOWN)),
				names.size());
	}

	private String allFacilities(Set<Facility> facilities) {
		return facilities.isEmpty() ? getTranslation("stations.facilities.none")
				: String.join(separator(), names(facilities));
	}

	private String separator() {
		return getTranslation("stations.facilities.separator");
	}

	private List<String> names(Set<Facility> facilities) {
		return facilities.stream()
			.sorted()
			.map(facility -> getTranslation("station.facility." + facility.name()))
			.toList();
	}

	private void create() {
		Long selected = this.town.getValue();
		this.form.create(this.writableTownIds.contains(selected) ? selected : null);
	}

}
