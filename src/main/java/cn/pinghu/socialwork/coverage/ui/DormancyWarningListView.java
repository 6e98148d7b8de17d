package cn.pinghu.socialwork.coverage.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import cn.pinghu.socialwork.coverage.BranchActivityService;
import cn.pinghu.socialwork.coverage.CoverageChanged;
import cn.pinghu.socialwork.coverage.CoverageFigures;
import cn.pinghu.socialwork.coverage.CoverageWorklistService;
import cn.pinghu.socialwork.coverage.DormancyCounts;
import cn.pinghu.socialwork.coverage.DormancyFilter;
import cn.pinghu.socialwork.coverage.DormancyLevel;
import cn.pinghu.socialwork.coverage.DormancyWarning;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.places.CommunityService;
import cn.pinghu.socialwork.places.TownSummary;
import cn.pinghu.socialwork.shared.events.DomainEventFeed;
import cn.pinghu.socialwork.shared.ui.LiveUpdates;
import cn.pinghu.socialwork.shared.ui.MasterDataGrid;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 防瘫预警: the branches in the user's towns that have held no recorded activity for 90 days
 * (yellow) or 180 (red), longest quiet first. Filters live in the URL
 * ({@code ?town=1&level=RED&q=...}); a recorded activity takes its branch off the list on
 * every open list.
 */
@Route(DormancyWarningListView.ROUTE)
@Menu(title = "nav.coverage-warnings", order = 31, icon = "vaadin:alarm")
@RolesAllowed({ Role.Names.ADMIN, Role.Names.LEADER, Role.Names.COORDINATOR })
class DormancyWarningListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	static final String ROUTE = "coverage/warnings";

	static final String TOWN_PARAMETER = "town";

	static final String LEVEL_PARAMETER = "level";

	final MasterDataGrid<DormancyWarning, DormancyFilter> list;

	final ComboBox<Long> town = new ComboBox<>();

	final ComboBox<DormancyLevel> level = new ComboBox<>();

	final Span counts = new Span();

	private final transient BranchActivityService activities;

	private final transient CoverageFigures coverage;

	private final transient CoverageWorklistService worklist;

	private final Map<Long, String> townNames;

	private final List<Long> townIds;

	DormancyWarningListView(BranchActivityService activities, CoverageFigures coverage,
			CoverageWorklistService worklist, CommunityService places, DomainEventFeed feed) {
		this.activities = activities;
		this.coverage = coverage;
		this.worklist = worklist;
		this.townNames = places.towns().stream().collect(Collectors.toMap(TownSummary::id, TownSummary::name));
		this.townIds = places.townsInScope().stream().map(TownSummary::id).toList();
		setSizeFull();
		// One count per load serves the grid's total and the yellow/red line above it.
		this.list = new MasterDataGrid<>(DormancyWarning.class, activities::warnings, this::countAndShow, this::filter,
				"coverage.warnings.count");
		this.list.addChoiceFilter(TOWN_PARAMETER, this.town, getTranslation("coverage.warnings.filter.town"),
				this.townIds, id -> this.townNames.getOrDefault(id, ""), String::valueOf);
		this.list.addChoiceFilter(LEVEL_PARAMETER, this.level, getTranslation("coverage.warnings.filter.level"),
				List.of(DormancyLevel.values()), value -> getTranslation("coverage.dormancy." + value.name()),
				DormancyLevel::name);
		this.counts.addClassName("coverage-warning-counts");
		Span rule = new Span(
				getTranslation("coverage.warnings.rule", DormancyLevel.YELLOW_DAYS, DormancyLevel.RED_DAYS));
		rule.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
		columns(this.list.grid());
		add(new H2(getTranslation("coverage.warnings.title")), rule, this.counts, this.list);
		setFlexGrow(1, this.list);
		LiveUpdates.whileAttached(this, LiveUpdates.feed(feed, CoverageChanged.class), this.list::refresh);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.list.readLocation(event.getLocation());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("coverage.warnings.title");
	}

	private long countAndShow(DormancyFilter filter) {
		DormancyCounts shown = this.activities.countWarnings(filter);
		this.counts.setText(getTranslation("coverage.warnings.counts", shown.yellow(), shown.red()));
		return shown.total();
	}

	private DormancyFilter filter(String query) {
		return new DormancyFilter(this.town.getValue(), this.level.getValue(), query.isEmpty() ? null : query);
	}

	private void columns(Grid<DormancyWarning> grid) {
		grid.setEmptyStateText(getTranslation("coverage.warnings.empty"));
		grid.addComponentColumn(this::badge)
			.setKey("level")
			.setHeader(getTranslation("coverage.warnings.column.level"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(DormancyWarning::organizationName)
			.setKey("organization")
			.setHeader(getTranslation("coverage.warnings.column.organization"))
			.setSortProperty("organizationName")
			.setFlexGrow(3);
		grid.addColumn(warning -> this.townNames.getOrDefault(warning.townId(), ""))
			.setKey("town")
			.setHeader(getTranslation("coverage.warnings.column.town"))
			.setSortProperty("townId")
			.setAutoWidth(true);
		grid.addColumn(warning -> (warning.branchName() != null) ? warning.branchName() : "")
			.setKey("branch")
			.setHeader(getTranslation("coverage.warnings.column.branch"))
			.setFlexGrow(2);
		grid.addColumn(warning -> (warning.lastActivityOn() != null) ? warning.lastActivityOn().toString()
				: getTranslation("coverage.warnings.no-activity"))
			.setKey("lastActivity")
			.setHeader(getTranslation("coverage.warnings.column.last-activity"))
			.setSortProperty("lastActivityOn")
			.setAutoWidth(true);
		grid.addColumn(DormancyWarning::quietDays)
			.setKey("quietDays")
			.setHeader(getTranslation("coverage.warnings.column.quiet-days"))
			.setSortProperty("quietDays")
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true);
		grid.addComponentColumn(this::action)
			.setKey("action")
			.setHeader(getTranslation("coverage.organizations.column.actions"))
			.setAutoWidth(true)
			.setFlexGrow(0);
	}

	private Span badge(DormancyWarning warning) {
		Span badge = new Span(getTranslation("coverage.dormancy." + warning.level().name()));
		badge.getElement().getThemeList().add("badge");
		if (warning.level() == DormancyLevel.RED) {
			badge.getElement().getThemeList().add("error");
		}
		else {
			badge.getStyle().set("color", "#7a5a00").set("background-color", "#fff1c2");
		}
		badge.addClassName("dormancy-" + warning.level().name().toLowerCase(Locale.ROOT));
		return badge;
	}

	private Component action(DormancyWarning warning) {
		if (!this.worklist.mayAct(warning.townId())) {
			return new Span();
		}
		Button record = new Button(getTranslation("coverage.action.activity"),
				click -> new BranchActivityDialog(this.activities, warning.organizationId(), warning.organizationName(),
						this.activities.today(), this.list::refresh)
					.open());
		record.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
		record.addClassName("action-activity");
		return record;
	}

}
