package cn.pinghu.socialwork.stations.ui;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import cn.pinghu.socialwork.places.PlaceService;
import cn.pinghu.socialwork.places.TownSummary;
import cn.pinghu.socialwork.security.Role;
import cn.pinghu.socialwork.stations.Facility;
import cn.pinghu.socialwork.stations.StationService;
import cn.pinghu.socialwork.stations.StationStatus;
import cn.pinghu.socialwork.stations.StationSummary;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * 骑士加油站 at a glance: a read-only, lazily loaded list of all rider stations.
 */
@Route(StationListView.ROUTE)
@Menu(title = "nav.stations", order = 10, icon = "vaadin:coffee")
@RolesAllowed({ Role.Names.ADMIN, Role.Names.LEADER, Role.Names.COORDINATOR })
class StationListView extends VerticalLayout implements HasDynamicTitle {

	static final String ROUTE = "stations";

	/**
	 * The sort that makes every page well defined when the user sorts by nothing else.
	 */
	private static final String DEFAULT_SORT = "code";

	private static final int FACILITIES_SHOWN = 3;

	private final transient StationService stations;

	/** Town names by id, read once: nine towns do not change while a list is open. */
	private final Map<Long, String> townNames;

	StationListView(StationService stations, PlaceService places) {
		this.stations = stations;
		this.townNames = places.towns().stream().collect(Collectors.toMap(TownSummary::id, TownSummary::name));
		setSizeFull();
		Span count = new Span(getTranslation("stations.list.count", stations.count()));
		count.addClassName("station-count");
		Grid<StationSummary> grid = grid();
		add(count, grid);
		setFlexGrow(1, grid);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("stations.list.title");
	}

	private Grid<StationSummary> grid() {
		Grid<StationSummary> grid = new Grid<>();
		grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
		grid.setSizeFull();
		grid.setEmptyStateText(getTranslation("stations.list.empty"));
		Grid.Column<StationSummary> code = grid.addColumn(StationSummary::code)
			.setKey("code")
			.setHeader(getTranslation("stations.column.code"))
			.setSortProperty("code")
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(StationSummary::name)
			.setKey("name")
			.setHeader(getTranslation("stations.column.name"))
			.setSortProperty("name")
			.setAutoWidth(true);
		// town ids follow the towns' display order, so sorting by id sorts as the towns
		// are listed everywhere else
		grid.addColumn(station -> this.townNames.getOrDefault(station.townId(), ""))
			.setKey("town")
			.setHeader(getTranslation("stations.column.town"))
			.setSortProperty("townId")
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(StationSummary::address)
			.setKey("address")
			.setHeader(getTranslation("stations.column.address"))
			.setTooltipGenerator(StationSummary::address);
		grid.addComponentColumn(station -> statusBadge(station.status()))
			.setKey("status")
			.setHeader(getTranslation("stations.column.status"))
			.setSortProperty("status")
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(station -> facilities(station.facilities()))
			.setKey("facilities")
			.setHeader(getTranslation("stations.column.facilities"))
			.setTooltipGenerator(station -> allFacilities(station.facilities()));
		grid.addColumn(StationSummary::capacity)
			.setKey("capacity")
			.setHeader(getTranslation("stations.column.capacity"))
			.setSortProperty("capacity")
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(station -> Objects.requireNonNullElse(station.openingHours(), ""))
			.setKey("openingHours")
			.setHeader(getTranslation("stations.column.opening-hours"))
			.setSortProperty("openingHours")
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.setItems(query -> this.stations.page(pageRequest(query)).stream(),
				query -> Math.toIntExact(this.stations.count()));
		grid.sort(GridSortOrder.asc(code).build());
		return grid;
	}

	/** The grid's page and sort, with the station code as the tie-breaker. */
	private static Pageable pageRequest(Query<StationSummary, Void> query) {
		Sort sort = VaadinSpringDataHelpers.toSpringDataSort(query);
		if (sort.getOrderFor(DEFAULT_SORT) == null) {
			sort = sort.and(Sort.by(DEFAULT_SORT));
		}
		return PageRequest.of(query.getPage(), query.getPageSize(), sort);
	}

	private Span statusBadge(StationStatus status) {
		Span badge = new Span(getTranslation("station.status." + status.name()));
		badge.getElement().getThemeList().add(switch (status) {
			case OPEN -> "badge success";
			case SUSPENDED -> "badge contrast";
			case CLOSED -> "badge error";
		});
		return badge;
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

}
