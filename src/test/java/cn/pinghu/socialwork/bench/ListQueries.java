package cn.pinghu.socialwork.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.pinghu.socialwork.organizations.BranchForm;
import cn.pinghu.socialwork.organizations.OrgKind;
import cn.pinghu.socialwork.organizations.OrgStatus;
import cn.pinghu.socialwork.organizations.OrganizationFilter;
import cn.pinghu.socialwork.organizations.OrganizationService;
import cn.pinghu.socialwork.stations.StationService;
import cn.pinghu.socialwork.stations.StationFilter;
import cn.pinghu.socialwork.stations.StationService;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.Authentication;

/**
 * The lists the benchmark loads: the organisation list (sorted by name, as the grid
 * opens) unfiltered, with each of its filters, the quick search, other sorts, a
 * coordinator's towns and a page deep down; and the station list.
 */
final class ListQueries {

	/** Rows a Vaadin grid asks for at once. */
	static final int GRID_PAGE = 50;

	private final OrganizationService organizations;

	private final StationService stationAdmin;

	private final Authentication admin;

	private final Authentication coordinator;

	private final List<Long> coordinatorTowns;

	ListQueries(OrganizationService organizations, StationService stationAdmin, Authentication admin,
			Authentication coordinator, List<Long> coordinatorTowns) {
		this.organizations = organizations;
		this.stationAdmin = stationAdmin;
		this.admin = admin;
		this.coordinator = coordinator;
		this.coordinatorTowns = coordinatorTowns;
	}

	/**
	 * @param organizations how many organisations are in use
	 * @param town the town to filter by, one with many organisations
	 * @param rareName a word in few organisations' names
	 * @param codeEnd the last characters of one organisation's credit code
	 */
	List<QueryCase> all(int organizations, long town, String rareName, String codeEnd) {
		int middle = organizations / 2 / GRID_PAGE;
		Sort byName = Sort.by("name");
		List<QueryCase> cases = new ArrayList<>();
		cases.add(organizations("org: first page", this.admin, filter(null, null, null, null, null, false), byName, 0));
		cases.add(organizations("org: sorted by credit code", this.admin, filter(null, null, null, null, null, false),
				Sort.by("creditCode"), 0));
		cases.add(organizations("org: sorted by employees desc", this.admin,
				filter(null, null, null, null, null, false), Sort.by(Sort.Direction.DESC, "employees"), 0));
		cases.add(organizations("org: town", this.admin, filter(null, town, null, null, null, false), byName, 0));
		cases.add(organizations("org: kind social", this.admin, filter(null, null, OrgKind.SOCIAL, null, null, false),
				byName, 0));
		cases.add(organizations("org: status deregistered", this.admin,
				filter(null, null, null, OrgStatus.DEREGISTERED, null, false), byName, 0));
		cases.add(organizations("org: branch form standalone", this.admin,
				filter(null, null, null, null, BranchForm.STANDALONE, false), byName, 0));
		cases.add(organizations("org: uncovered only", this.admin, filter(null, null, null, null, null, true), byName,
				0));
		cases.add(organizations("org: town + social + uncovered", this.admin,
				filter(null, town, OrgKind.SOCIAL, null, null, true), byName, 0));
		cases.add(organizations("org: search name (rare)", this.admin, filter(rareName, null, null, null, null, false),
				byName, 0));
		cases.add(organizations("org: search name (common)", this.admin, filter("电子", null, null, null, null, false),
				byName, 0));
		cases.add(organizations("org: search credit code", this.admin, filter(codeEnd, null, null, null, null, false),
				byName, 0));
		cases.add(organizations("org: search, no match", this.admin, filter("无此单位", null, null, null, null, false),
				byName, 0));
		cases.add(organizations("org: coordinator's town", this.coordinator,
				filter(null, null, null, null, null, false), byName, 0));
		cases.add(organizations("org: page 1,000 (row 50,000)", this.admin, filter(null, null, null, null, null, false),
				byName, 1000));
		cases.add(stationList("station: first page", StationFilter.inUse(), Sort.by("code")));
		cases.add(stationList("station: town", new StationFilter(null, town, null, false), Sort.by("code")));
		cases.add(stationList("station: search", new StationFilter("新华路", null, null, false), Sort.by("code")));
		cases.add(stationList("station: sorted by name", StationFilter.inUse(), Sort.by("name")));
		cases.add(new QueryCase("station: StationService.page", this.admin,
				() -> this.stationAdmin.page(PageRequest.of(0, GRID_PAGE)), this.stationAdmin::count, null, null));
		return cases;
	}

	private QueryCase organizations(String name, Authentication user, OrganizationFilter filter, Sort sort, int page) {
		List<Long> scope = (user == this.coordinator) ? this.coordinatorTowns : null;
		return new QueryCase(name, user, () -> this.organizations.slice(filter, PageRequest.of(page, GRID_PAGE, sort)),
				() -> this.organizations.count(filter),
				QueryCase.organizationPageSql(filter, scope, sort, page, GRID_PAGE),
				QueryCase.organizationCountSql(filter, scope));
	}

	private QueryCase stationList(String name, StationFilter filter, Sort sort) {
		return new QueryCase(name, this.admin,
				() -> this.stationAdmin.stations(filter, PageRequest.of(0, GRID_PAGE, sort)),
				() -> this.stationAdmin.countStations(filter), null, null);
	}

	private static OrganizationFilter filter(@Nullable String query, @Nullable Long town, @Nullable OrgKind kind,
			@Nullable OrgStatus status, @Nullable BranchForm form, boolean uncoveredOnly) {
		return new OrganizationFilter(query, town, kind, status, form, uncoveredOnly, false);
	}

}
