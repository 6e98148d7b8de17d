package cn.pinghu.socialwork.elections.ui;

import java.util.List;

import cn.pinghu.socialwork.elections.CommunityElectionSummary;
import cn.pinghu.socialwork.elections.ElectionChanged;
import cn.pinghu.socialwork.elections.ElectionFigures;
import cn.pinghu.socialwork.elections.ElectionKpis;
import cn.pinghu.socialwork.elections.ElectionRoundEdited;
import cn.pinghu.socialwork.elections.TownElections;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.shared.events.DomainEventFeed;
import cn.pinghu.socialwork.shared.ui.LiveUpdates;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/**
 * One town's communities and where their elections stand, with the town's funnel; a row
 * leads to the community's election record.
 */
@Route(TownElectionsView.ROUTE)
@RolesAllowed({ Role.Names.ADMIN, Role.Names.LEADER, Role.Names.COORDINATOR })
class TownElectionsView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

	static final String ROUTE = "elections/town";

	private final transient ElectionFigures elections;

	private final H2 title = new H2();

	final Grid<CommunityElectionSummary> grid = new Grid<>();

	final StageFunnel funnel = new StageFunnel();

	private long townId;

	private String townName = "";

	TownElectionsView(ElectionFigures elections, DomainEventFeed feed) {
		this.elections = elections;
		setSizeFull();
		configureGrid();
		add(new RouterLink(getTranslation("elections.back.city"), ElectionDashboardView.class), this.title, this.grid,
				this.funnel);
		setFlexGrow(1, this.grid);
		LiveUpdates.whileAttached(this, LiveUpdates.feed(feed, ElectionChanged.class),
				(change) -> change.townId() == this.townId, this::refresh);
		LiveUpdates.whileAttached(this, LiveUpdates.feed(feed, ElectionRoundEdited.class), this::refresh);
		// Subscribed first (above), then read: no change can fall in between.
		addAttachListener((event) -> refresh());
	}

	@Override
	public void setParameter(BeforeEvent event, Long parameter) {
		if (!this.elections.mayOpen(parameter)) {
			event.rerouteToError(AccessDeniedException.class);
			return;
		}
		this.townId = parameter;
		this.townName = this.elections.overview()
			.flatMap(overview -> overview.towns().stream().filter(town -> town.townId() == parameter).findFirst())
			.map(TownElections::townName)
			.orElse(String.valueOf(parameter));
		this.title.setText(getTranslation("elections.town.title", this.townName));
		refresh();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("elections.town.title", this.townName);
	}

	private void refresh() {
		if (this.townId == 0) {
			return;
		}
		this.grid.setEmptyStateText(
				getTranslation(this.elections.round().isPresent() ? "elections.town.empty" : "elections.no-round"));
		List<CommunityElectionSummary> rows = this.elections.townElections(this.townId);
		this.grid.setItems(rows);
		this.funnel.show(ElectionKpis.of(rows).funnel());
	}

	private void configureGrid() {
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
		this.grid.setWidthFull();
		this.grid.setEmptyStateText(getTranslation("elections.town.empty"));
		this.grid.addColumn(CommunityElectionSummary::communityName)
			.setKey("community")
			.setHeader(getTranslation("elections.column.community"));
		this.grid.addColumn(row -> getTranslation("elections.stage." + row.stage().name()))
			.setKey("stage")
			.setHeader(getTranslation("elections.column.stage"));
		this.grid.addColumn(row -> (row.dueOn() != null) ? row.dueOn().toString() : getTranslation("elections.none"))
			.setKey("dueOn")
			.setHeader(getTranslation("elections.column.due-on"));
		this.grid.addColumn(row -> ElectionBadges.rate(this, row.turnout()))
			.setKey("turnout")
			.setHeader(getTranslation("elections.column.turnout"))
			.setTextAlign(ColumnTextAlign.END);
		this.grid.addComponentColumn(row -> ElectionBadges.signal(this, row.signal()))
			.setKey("signal")
			.setHeader(getTranslation("elections.column.signal"));
		this.grid
			.addItemClickListener(click -> UI.getCurrent().navigate(CommunityElectionView.class, click.getItem().id()));
	}

}
