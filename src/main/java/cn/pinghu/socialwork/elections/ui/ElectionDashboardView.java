package cn.pinghu.socialwork.elections.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import cn.pinghu.socialwork.elections.ElectionChanged;
import cn.pinghu.socialwork.elections.ElectionFigures;
import cn.pinghu.socialwork.elections.ElectionKpis;
import cn.pinghu.socialwork.elections.ElectionMeasure;
import cn.pinghu.socialwork.elections.ElectionOverview;
import cn.pinghu.socialwork.elections.ElectionRoundEdited;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.shared.events.DomainEventFeed;
import cn.pinghu.socialwork.shared.report.WeeklyReport;
import cn.pinghu.socialwork.shared.report.ui.WeeklyReportLink;
import cn.pinghu.socialwork.shared.ui.LiveUpdates;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import jakarta.annotation.security.RolesAllowed;

/**
 * The round's progress for coordinators and leaders: each town's completion and figures
 * with its signal, the city, and the stage funnel. A town of the user's leads to its
 * communities. Reads the figures again whenever an election change commits.
 */
@Route(ElectionDashboardView.ROUTE)
@Menu(title = "nav.elections", order = 40, icon = "vaadin:check-square-o")
@RolesAllowed({ Role.Names.ADMIN, Role.Names.LEADER, Role.Names.COORDINATOR })
class ElectionDashboardView extends VerticalLayout implements HasDynamicTitle {

	static final String ROUTE = "elections";

	private final transient ElectionFigures elections;

	private final H2 title = new H2();

	private final Span period = new Span();

	final Grid<TownRow> grid = new Grid<>();

	final StageFunnel funnel = new StageFunnel();

	final WeeklyReportLink weeklyReport;

	final Div noRound = new Div();

	ElectionDashboardView(ElectionFigures elections, WeeklyReport weeklyReport, DomainEventFeed feed) {
		this.elections = elections;
		this.weeklyReport = new WeeklyReportLink(weeklyReport);
		setSizeFull();
		this.period.addClassName("elections-period");
		configureGrid();
		configureNoRound();
		add(this.title, this.period, this.noRound, this.weeklyReport, this.grid, ElectionBadges.definitions(this),
				this.funnel);
		setFlexGrow(1, this.grid);
		LiveUpdates.whileAttached(this, LiveUpdates.feed(feed, ElectionChanged.class), this::refresh);
		LiveUpdates.whileAttached(this, LiveUpdates.feed(feed, ElectionRoundEdited.class), this::refresh);
		// Subscribed first (above), then read: no change can fall in between.
		addAttachListener((event) -> refresh());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("elections.title");
	}

	private void refresh() {
		Optional<ElectionOverview> overview = this.elections.overview();
		boolean open = overview.isPresent();
		this.noRound.setVisible(!open);
		this.period.setVisible(open);
		this.grid.setVisible(open);
		this.funnel.setVisible(open);
		if (overview.isEmpty()) {
			this.title.setText(getTranslation("elections.title"));
			this.grid.setItems(List.of());
			return;
		}
		ElectionOverview shown = overview.get();
		this.title.setText(shown.round().name());
		this.period.setText(getTranslation("elections.period", shown.round().startsOn().toString(),
				shown.round().endsOn().toString()) + "  " + getTranslation("elections.as-of", shown.asOf().toString()));
		List<TownRow> rows = new ArrayList<>();
		shown.towns().forEach(town -> rows.add(TownRow.of(town)));
		rows.add(new TownRow(null, getTranslation("elections.city"), shown.city(), shown.citySignal()));
		this.grid.setItems(rows);
		this.funnel.show(shown.city().funnel());
	}

	private void configureNoRound() {
		this.noRound.addClassName("elections-no-round");
		this.noRound.add(new Span(getTranslation("elections.no-round")));
		if (new AccessAnnotationChecker().hasAccess(ElectionRoundView.class)) {
			RouterLink toRound = new RouterLink(getTranslation("elections.no-round.go"), ElectionRoundView.class);
			toRound.addClassName("elections-no-round-link");
			this.noRound.add(new Div(toRound));
		}
		this.noRound.getStyle().set("color", "var(--lumo-secondary-text-color)");
		this.noRound.setVisible(false);
	}

	private void configureGrid() {
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
		this.grid.setWidthFull();
		this.grid.setEmptyStateText(getTranslation("elections.no-round"));
		this.grid.addColumn(TownRow::name)
			.setKey("town")
			.setHeader(getTranslation("elections.column.town"))
			.setPartNameGenerator(row -> row.city() ? "elections-city" : null);
		this.grid.addColumn(row -> row.kpis().communities())
			.setKey("communities")
			.setHeader(getTranslation("elections.column.communities"))
			.setTextAlign(ColumnTextAlign.END);
		this.grid.addComponentColumn(row -> ElectionBadges.rateBar(this, row.kpis().completionRate()))
			.setKey("completion")
			.setHeader(getTranslation("elections.column.completion"))
			.setFlexGrow(2);
		rateColumn("turnout", "elections.column.turnout", ElectionKpis::turnout)
			.setTooltipGenerator(row -> getTranslation(ElectionMeasure.TURNOUT.definitionKey()));
		countColumn("partyElections", "elections.column.party-elections", ElectionKpis::partyElectionsCompleted,
				ElectionMeasure.PARTY_ELECTIONS);
		rateColumn("secretaryIsDirector", "elections.column.secretary-is-director",
				ElectionKpis::secretaryIsDirectorRate)
			.setTooltipGenerator(row -> getTranslation(ElectionMeasure.SECRETARY_IS_DIRECTOR.definitionKey()));
		rateColumn("women", "elections.column.women", ElectionKpis::womenShare);
		this.grid.addColumn(row -> ElectionBadges.age(this, row.kpis().averageAge()))
			.setKey("averageAge")
			.setHeader(getTranslation("elections.column.average-age"))
			.setTextAlign(ColumnTextAlign.END);
		rateColumn("college", "elections.column.college", ElectionKpis::collegeShare)
			.setTooltipGenerator(row -> getTranslation(ElectionMeasure.AGE_AND_COLLEGE.definitionKey()));
		this.grid.addColumn(row -> ElectionBadges.age(this, row.kpis().partyAverageAge()))
			.setKey("partyAverageAge")
			.setHeader(getTranslation("elections.column.party-average-age"))
			.setTextAlign(ColumnTextAlign.END)
			.setTooltipGenerator(row -> getTranslation(ElectionMeasure.AGE_AND_COLLEGE.definitionKey()));
		rateColumn("partyCollege", "elections.column.party-college", ElectionKpis::partyCollegeShare)
			.setTooltipGenerator(row -> getTranslation(ElectionMeasure.AGE_AND_COLLEGE.definitionKey()));
		rateColumn("under35", "elections.column.under-35", ElectionKpis::under35Rate)
			.setTooltipGenerator(row -> getTranslation(ElectionMeasure.UNDER_35.definitionKey()));
		countColumn("withoutWoman", "elections.column.without-woman", ElectionKpis::committeesWithoutWoman,
				ElectionMeasure.WITHOUT_WOMAN);
		this.grid.addColumn(row -> row.kpis().overdue())
			.setKey("overdue")
			.setHeader(getTranslation("elections.column.overdue"))
			.setTextAlign(ColumnTextAlign.END);
		countColumn("reVotes", "elections.column.re-votes", ElectionKpis::reVotes, ElectionMeasure.RE_VOTE);
		countColumn("supplementaryVotes", "elections.column.supplementary-votes", ElectionKpis::supplementaryVotes,
				ElectionMeasure.SUPPLEMENTARY_VOTE);
		this.grid.addComponentColumn(row -> ElectionBadges.signal(this, row.signal()))
			.setKey("signal")
			.setHeader(getTranslation("elections.column.signal"));
		this.grid.addItemClickListener(click -> {
			Long townId = click.getItem().townId();
			if (townId != null && this.elections.mayOpen(townId)) {
				UI.getCurrent().navigate(TownElectionsView.class, townId);
			}
		});
	}

	private Grid.Column<TownRow> rateColumn(String key, String headerKey, Function<ElectionKpis, BigDecimal> rate) {
		return this.grid.addColumn(row -> ElectionBadges.rate(this, rate.apply(row.kpis())))
			.setKey(key)
			.setHeader(getTranslation(headerKey))
			.setTextAlign(ColumnTextAlign.END);
	}

	private void countColumn(String key, String headerKey, ToLongFunction<ElectionKpis> count,
			ElectionMeasure measure) {
		this.grid.addColumn(row -> count.applyAsLong(row.kpis()))
			.setKey(key)
			.setHeader(getTranslation(headerKey))
			.setTextAlign(ColumnTextAlign.END)
			.setTooltipGenerator(row -> getTranslation(measure.definitionKey()));
	}

}
