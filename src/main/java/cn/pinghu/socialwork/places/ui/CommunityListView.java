package cn.pinghu.socialwork.places.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.places.CommunityDraft;
import cn.pinghu.socialwork.places.CommunityFilter;
import cn.pinghu.socialwork.places.CommunityKind;
import cn.pinghu.socialwork.places.CommunityService;
import cn.pinghu.socialwork.places.CommunitySummary;
import cn.pinghu.socialwork.places.CommunityTransferService;
import cn.pinghu.socialwork.places.TownSummary;
import cn.pinghu.socialwork.shared.transfer.TransferJobs;
import cn.pinghu.socialwork.shared.transfer.ui.TransferToolbar;
import cn.pinghu.socialwork.shared.ui.ListColumns;
import cn.pinghu.socialwork.shared.ui.MasterDataListView;
import cn.pinghu.socialwork.shared.ui.StatusBadge;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import org.springframework.beans.factory.annotation.Value;

/**
 * 村社区 as master data: a filtered, lazily loaded list and a side form to create, edit and
 * archive. Filters live in the URL ({@code ?town=1&kind=VILLAGE&q=社区&archived=true}). A
 * coordinator sees and edits the communities of their towns only: the service enforces
 * it.
 */
@Route(CommunityListView.ROUTE)
@Menu(title = "nav.communities", order = 20, icon = "vaadin:home")
@RolesAllowed({ Role.Names.ADMIN, Role.Names.COORDINATOR })
class CommunityListView extends MasterDataListView<CommunitySummary, CommunityFilter> {

	static final String ROUTE = "communities";

	static final String TOWN_PARAMETER = "town";

	static final String KIND_PARAMETER = "kind";

	static final String ARCHIVED_PARAMETER = "archived";

	final ComboBox<Long> town = new ComboBox<>();

	final ComboBox<CommunityKind> kind = new ComboBox<>();

	final Checkbox archived = new Checkbox();

	final CommunityForm form;

	private final Map<Long, String> townNames;

	private final List<Long> townIds;

	/** The towns the user changes communities in: what the form offers. */
	private final List<Long> writableTownIds;

	final TransferToolbar<CommunityFilter, CommunityDraft> transfer;

	CommunityListView(CommunityService places, CommunityTransferService transfer, TransferJobs jobs, Clock clock,
			@Value("${console.zone}") ZoneId zone) {
		super("communities", CommunitySummary.class, places::communities, places::countCommunities);
		List<TownSummary> towns = places.townsInScope();
		this.townNames = places.towns().stream().collect(Collectors.toMap(TownSummary::id, TownSummary::name));
		this.townIds = towns.stream().map(TownSummary::id).toList();
		this.writableTownIds = places.writableTowns().stream().map(TownSummary::id).toList();
		list().addIdFilter(TOWN_PARAMETER, this.town, getTranslation("communities.filter.town"), this.townIds,
				this.townNames);
		list().addChoiceFilter(KIND_PARAMETER, this.kind, getTranslation("communities.filter.kind"),
				List.of(CommunityKind.values()), value -> getTranslation("community.kind." + value.name()),
				CommunityKind::name);
		list().addFlagFilter(ARCHIVED_PARAMETER, this.archived, getTranslation("masterdata.include-archived"));
		this.transfer = new TransferToolbar<>(list(), getPageTitle(), getTranslation("communities.import.title"),
				transfer, jobs, clock, zone);
		addCreateAction(this::create);
		this.form = new CommunityForm(places, this.writableTownIds, this.townNames, zone, list()::refresh);
		addColumns();
		showWith(this.form);
	}

	@Override
	protected CommunityFilter filter(String query) {
		return new CommunityFilter(query.isEmpty() ? null : query, this.town.getValue(), this.kind.getValue(),
				Boolean.TRUE.equals(this.archived.getValue()));
	}

	private void addColumns() {
		ListColumns<CommunitySummary> columns = columns();
		Grid.Column<CommunitySummary> code = columns.fitted("code", "communities.column.code", CommunitySummary::code)
			.setSortProperty("code");
		columns.text("name", "communities.column.name", CommunitySummary::name).setSortProperty("name");
		columns
			.auto("town", "communities.column.town", community -> this.townNames.getOrDefault(community.townId(), ""))
			.setSortProperty("townId");
		columns
			.fitted("kind", "communities.column.kind",
					community -> getTranslation("community.kind." + community.kind().name()))
			.setSortProperty("kind");
		columns.number("households", "communities.column.households", CommunitySummary::households)
			.setSortProperty("households");
		columns.number("population", "communities.column.population", CommunitySummary::population)
			.setSortProperty("population");
		columns
			.badge("status", "communities.column.status",
					community -> StatusBadge.archivedOr(community.archived(),
							getTranslation("communities.status.archived"), getTranslation("communities.status.in-use")))
			.setSortProperty("archivedAt");
		list().grid().sort(GridSortOrder.asc(code).build());
	}

	private void create() {
		Long selected = this.town.getValue();
		this.form.create(this.writableTownIds.contains(selected) ? selected
				: this.writableTownIds.stream().findFirst().orElse(null));
	}

}
