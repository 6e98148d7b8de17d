package cn.pinghu.socialwork.coverage.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.pinghu.socialwork.coverage.BranchActivityService;
import cn.pinghu.socialwork.coverage.CoverageActions;
import cn.pinghu.socialwork.coverage.CoverageChanged;
import cn.pinghu.socialwork.coverage.CoverageFigures;
import cn.pinghu.socialwork.coverage.CoverageWorklistService;
import cn.pinghu.socialwork.coverage.TownCoverage;
import cn.pinghu.socialwork.coverage.WorklistFilter;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.organizations.InstructorOption;
import cn.pinghu.socialwork.organizations.OrganizationSummary;
import cn.pinghu.socialwork.shared.Percentages;
import cn.pinghu.socialwork.shared.events.DomainEventFeed;
import cn.pinghu.socialwork.shared.ui.LiveUpdates;
import cn.pinghu.socialwork.shared.ui.MasterDataGrid;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;

/**
 * The drill-down from the dashboard: one town's organisations in the drive's scope
 * ({@code coverage/town/3?uncovered=true&q=...}), and the actions a coordinator of the
 * town takes on each. The list follows every committed coverage change.
 */
@Route(TownOrganizationListView.ROUTE)
@RolesAllowed({ Role.Names.ADMIN, Role.Names.LEADER, Role.Names.COORDINATOR })
class TownOrganizationListView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<Long> {

	static final String ROUTE = "coverage/town";

	static final String UNCOVERED_PARAMETER = "uncovered";

	final MasterDataGrid<OrganizationSummary, WorklistFilter> list;

	final Checkbox uncovered = new Checkbox();

	private final transient CoverageFigures coverage;

	private final transient CoverageActions actions;

	private final transient CoverageWorklistService worklist;

	private final transient BranchActivityService activities;

	private final H2 title = new H2();

	private final Span figures = new Span();

	private @Nullable Long townId;

	private String townName = "";

	private boolean mayAct;

	private Map<Long, InstructorOption> instructors = Map.of();

	TownOrganizationListView(CoverageFigures coverage, CoverageActions actions, CoverageWorklistService worklist,
			BranchActivityService activities, DomainEventFeed feed) {
		this.coverage = coverage;
		this.actions = actions;
		this.worklist = worklist;
		this.activities = activities;
		setSizeFull();
		this.list = new MasterDataGrid<>(OrganizationSummary.class, this::page, this::count, this::filter,
				"coverage.organizations.count");
		this.list.addFlagFilter(UNCOVERED_PARAMETER, this.uncovered,
				getTranslation("coverage.organizations.uncovered-only"));
		this.figures.addClassName("coverage-town-figures");
		RouterLink back = new RouterLink(getTranslation("coverage.organizations.back"), CoverageDashboardView.class);
		columns(this.list.grid());
		add(back, this.title, this.figures, this.list);
		setFlexGrow(1, this.list);
		LiveUpdates.whileAttached(this, LiveUpdates.feed(feed, CoverageChanged.class),
				(change) -> this.townId != null && change.townId() == this.townId, this::refresh);
	}

	@Override
	public void setParameter(BeforeEvent event, Long parameter) {
		Optional<TownCoverage> town = this.coverage.overview()
			.flatMap(overview -> overview.towns().stream().filter(t -> t.townId() == parameter).findFirst());
		if (town.isEmpty()) {
			event.rerouteToError(NotFoundException.class);
			return;
		}
		if (!this.worklist.maySee(parameter)) {
			event.rerouteToError(AccessDeniedException.class);
			return;
		}
		this.townId = parameter;
		this.townName = town.get().townName();
		this.mayAct = this.worklist.mayAct(parameter);
		this.instructors = this.worklist.instructors(parameter)
			.stream()
			.collect(Collectors.toMap(InstructorOption::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		this.title.setText(getTranslation("coverage.organizations.title", this.townName));
		this.list.grid().getColumnByKey("actions").setVisible(this.mayAct);
		showFigures(town.get());
		this.list.readLocation(event.getLocation());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("coverage.organizations.title", this.townName);
	}

	private void refresh() {
		this.list.refresh();
		Long town = this.townId;
		if (town != null) {
			this.coverage.overview()
				.flatMap(overview -> overview.towns().stream().filter(t -> t.townId() == town).findFirst())
				.ifPresent(this::showFigures);
		}
	}

	private void showFigures(TownCoverage town) {
		this.figures.setText(getTranslation("coverage.organizations.figures", town.kpis().inScope(),
				town.kpis().organizationCovered(),
				Percentages.shown(town.kpis().organizationCoverageRate()).toPlainString(),
				Percentages.shown(town.kpis().workCoverageRate()).toPlainString()));
	}

	private Slice<OrganizationSummary> page(WorklistFilter filter, Pageable pageable) {
		if (this.townId == null) {
			return new SliceImpl<>(List.of(), pageable, false);
		}
		return this.worklist.organizations(filter, pageable);
	}

	private long count(WorklistFilter filter) {
		return (this.townId != null) ? this.worklist.countOrganizations(filter) : 0;
	}

	private WorklistFilter filter(String query) {
		return new WorklistFilter((this.townId != null) ? this.townId : -1,
				Boolean.TRUE.equals(this.uncovered.getValue()), query.isEmpty() ? null : query);
	}

	private void columns(Grid<OrganizationSummary> grid) {
		grid.setEmptyStateText(getTranslation("coverage.organizations.empty"));
		grid.addColumn(OrganizationSummary::name)
			.setKey("name")
			.setHeader(getTranslation("coverage.organizations.column.name"))
			.setSortProperty("name")
			.setFlexGrow(3);
		grid.addColumn(org -> getTranslation("coverage.org-kind." + org.kind().name()))
			.setKey("kind")
			.setHeader(getTranslation("coverage.organizations.column.kind"))
			.setSortProperty("kind")
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(OrganizationSummary::employees)
			.setKey("employees")
			.setHeader(getTranslation("coverage.organizations.column.employees"))
			.setSortProperty("employees")
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(org -> getTranslation("coverage.branch-form." + org.branchForm().name()))
			.setKey("branchForm")
			.setHeader(getTranslation("coverage.organizations.column.branch"))
			.setSortProperty("branchForm")
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(this::instructorName)
			.setKey("instructor")
			.setHeader(getTranslation("coverage.organizations.column.instructor"))
			.setAutoWidth(true);
		grid.addColumn(org -> (org.uncoveredReason() != null) ? org.uncoveredReason() : "")
			.setKey("reason")
			.setHeader(getTranslation("coverage.organizations.column.reason"))
			.setFlexGrow(2);
		grid.addComponentColumn(this::actions)
			.setKey("actions")
			.setHeader(getTranslation("coverage.organizations.column.actions"))
			.setAutoWidth(true)
			.setFlexGrow(0);
	}

	private String instructorName(OrganizationSummary org) {
		Long id = org.instructorId();
		InstructorOption instructor = (id != null) ? this.instructors.get(id) : null;
		return (instructor != null) ? instructor.name() : "";
	}

	private Component actions(OrganizationSummary org) {
		HorizontalLayout buttons = new HorizontalLayout();
		buttons.setSpacing(false);
		if (!this.mayAct) {
			return buttons;
		}
		if (!org.branchForm().covers()) {
			buttons.add(action("coverage.action.branch", "action-branch",
					() -> open(new BranchFormedDialog(this.actions, org, this.coverage.today(), this::refresh))));
			buttons.add(action("coverage.action.reason", "action-reason",
					() -> open(new UncoveredReasonDialog(this.actions, org, this::refresh))));
		}
		else {
			buttons.add(action("coverage.action.activity", "action-activity",
					() -> open(new BranchActivityDialog(this.activities, org.id(), org.name(), this.activities.today(),
							this::refresh))));
		}
		buttons.add(action("coverage.action.instructor", "action-instructor", () -> open(
				new InstructorDialog(this.actions, org, List.copyOf(this.instructors.values()), this::refresh))));
		return buttons;
	}

	private Button action(String textKey, String className, Runnable open) {
		Button button = new Button(getTranslation(textKey), click -> open.run());
		button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
		button.addClassName(className);
		button.getStyle().set("margin-inline-end", "var(--lumo-space-s)");
		return button;
	}

	private static void open(ActionDialog dialog) {
		dialog.open();
	}

}
