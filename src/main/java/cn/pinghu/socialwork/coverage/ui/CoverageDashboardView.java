package cn.pinghu.socialwork.coverage.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import cn.pinghu.socialwork.coverage.CoverageChanged;
import cn.pinghu.socialwork.coverage.CoverageDriveEdited;
import cn.pinghu.socialwork.coverage.CoverageFigures;
import cn.pinghu.socialwork.coverage.CoverageKpis;
import cn.pinghu.socialwork.coverage.CoverageOverview;
import cn.pinghu.socialwork.coverage.CoverageTrendService;
import cn.pinghu.socialwork.coverage.CoverageWorklistService;
import cn.pinghu.socialwork.coverage.TownTarget;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.progress.Signal;
import cn.pinghu.socialwork.progress.ui.SignalBadge;
import cn.pinghu.socialwork.shared.Percentages;
import cn.pinghu.socialwork.shared.events.DomainEventFeed;
import cn.pinghu.socialwork.shared.report.WeeklyReport;
import cn.pinghu.socialwork.shared.report.ui.WeeklyReportLink;
import cn.pinghu.socialwork.shared.ui.LiveUpdates;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The drive's progress for coordinators and leaders: each town's three rates, its target
 * and its signal, and the city. Reads the figures again whenever a coverage change or a
 * change of the drive commits. With no drive open it says so, and offers those who may
 * open one the way to the drive's settings.
 */
@Route(CoverageDashboardView.ROUTE)
@Menu(title = "nav.coverage", order = 30, icon = "vaadin:flag")
@RolesAllowed({ Role.Names.ADMIN, Role.Names.LEADER, Role.Names.COORDINATOR })
class CoverageDashboardView extends VerticalLayout implements HasDynamicTitle {

	static final String ROUTE = "coverage";

	private final transient CoverageFigures coverage;

	private final H2 title = new H2();

	private final Span period = new Span();

	private final Grid<CoverageRow> grid = new Grid<>();

	private final Span hint = new Span();

	final CoverageTrendChart trend;

	private final transient CoverageWorklistService worklist;

	final WeeklyReportLink weeklyReport;

	/** What the page shows while no drive is open, instead of the figures. */
	final Div noDrive = new Div();

	CoverageDashboardView(CoverageFigures coverage, CoverageWorklistService worklist, CoverageTrendService trend,
			WeeklyReport weeklyReport, DomainEventFeed feed) {
		this.coverage = coverage;
		this.worklist = worklist;
		this.trend = new CoverageTrendChart(trend);
		setSizeFull();
		this.period.addClassName("coverage-period");
		this.hint.setText(getTranslation("coverage.drill-down.hint"));
		this.hint.addClassName("coverage-hint");
		this.hint.getStyle()
			.set("color", "var(--lumo-secondary-text-color)")
			.set("font-size", "var(--lumo-font-size-s)");
		this.weeklyReport = new WeeklyReportLink(weeklyReport);
		configureGrid();
		configureNoDrive();
		add(this.title, this.period, this.noDrive, this.weeklyReport, this.hint, this.grid, this.trend);
		LiveUpdates.whileAttached(this, LiveUpdates.feed(feed, CoverageChanged.class), this::refresh);
		LiveUpdates.whileAttached(this, LiveUpdates.feed(feed, CoverageDriveEdited.class), this::refresh);
		// Subscribed first (above), then read: no change can fall in between.
		addAttachListener((event) -> refresh());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("coverage.title");
	}

	private void refresh() {
		Optional<CoverageOverview> overview = this.coverage.overview();
		boolean open = overview.isPresent();
		this.noDrive.setVisible(!open);
		this.period.setVisible(open);
		this.hint.setVisible(open);
		this.grid.setVisible(open);
		this.trend.setVisible(open);
		if (overview.isEmpty()) {
			this.title.setText(getTranslation("coverage.title"));
			this.grid.setItems(List.of());
			return;
		}
		CoverageOverview shown = overview.get();
		this.title.setText(shown.drive().name());
		this.period.setText(getTranslation("coverage.period", shown.drive().startsOn().toString(),
				shown.drive().endsOn().toString()) + "  " + getTranslation("coverage.as-of", shown.asOf().toString()));
		List<CoverageRow> rows = new ArrayList<>();
		shown.towns().forEach(town -> rows.add(CoverageRow.of(town)));
		rows.add(CoverageRow.city(getTranslation("coverage.city"), shown.city()));
		this.grid.setItems(rows);
		this.trend.refresh();
	}

	private void configureNoDrive() {
		this.noDrive.addClassName("coverage-no-drive");
		Span sentence = new Span(getTranslation("coverage.no-drive"));
		this.noDrive.add(sentence);
		if (new AccessAnnotationChecker().hasAccess(CoverageDriveView.class)) {
			RouterLink toDrive = new RouterLink(getTranslation("coverage.no-drive.go"), CoverageDriveView.class);
			toDrive.addClassName("coverage-no-drive-link");
			this.noDrive.add(new Div(toDrive));
		}
		this.noDrive.getStyle().set("color", "var(--lumo-secondary-text-color)");
		this.noDrive.setVisible(false);
	}

	/** Opens the organisations of a town the user may look into. */
	private void drillDown(CoverageRow row) {
		Long townId = row.townId();
		if (townId != null && this.worklist.maySee(townId)) {
			UI.getCurrent().navigate(TownOrganizationListView.class, townId);
		}
	}

	private void configureGrid() {
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
		this.grid.setWidthFull();
		this.grid.setAllRowsVisible(true);
		this.grid.setEmptyStateText(getTranslation("coverage.no-drive"));
		this.grid.addItemClickListener(click -> drillDown(click.getItem()));
		this.grid.addColumn(CoverageRow::name)
			.setKey("town")
			.setHeader(getTranslation("coverage.column.town"))
			.setPartNameGenerator(row -> row.city() ? "coverage-city" : null);
		this.grid.addColumn(row -> row.kpis().inScope())
			.setKey("inScope")
			.setHeader(getTranslation("coverage.column.in-scope"))
			.setTextAlign(ColumnTextAlign.END);
		rateColumn("organizationRate", "coverage.column.organization-rate", CoverageKpis::organizationCoverageRate);
		rateColumn("standaloneRate", "coverage.column.standalone-rate", CoverageKpis::standaloneRate);
		rateColumn("workRate", "coverage.column.work-rate", CoverageKpis::workCoverageRate);
		this.grid.addColumn(row -> target(row.target()))
			.setKey("target")
			.setHeader(getTranslation("coverage.column.target"));
		this.grid.addComponentColumn(row -> badge(row.signal()))
			.setKey("signal")
			.setHeader(getTranslation("coverage.column.signal"));
	}

	private void rateColumn(String key, String headerKey, Function<CoverageKpis, BigDecimal> rate) {
		this.grid.addComponentColumn(row -> rateBar(rate.apply(row.kpis())))
			.setKey(key)
			.setHeader(getTranslation(headerKey))
			.setFlexGrow(2);
	}

	private Component rateBar(BigDecimal rate) {
		ProgressBar bar = new ProgressBar(0, 100, rate.doubleValue());
		bar.setWidth("8em");
		Span text = new Span(percent(rate));
		Div cell = new Div(bar, text);
		cell.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-s)");
		return cell;
	}

	private String target(@Nullable TownTarget target) {
		if (target == null) {
			return "";
		}
		return getTranslation("coverage.target.value", Percentages.shown(target.targetRate()).toPlainString(),
				target.dueOn().toString());
	}

	private Span badge(@Nullable Signal signal) {
		if (signal == null) {
			return new Span(getTranslation("coverage.signal.none"));
		}
		return SignalBadge.of(getTranslation("coverage.signal." + signal.name()), signal);
	}

	private String percent(BigDecimal rate) {
		return getTranslation("coverage.rate", Percentages.shown(rate).toPlainString());
	}

}
