package cn.pinghu.socialwork.coverage.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import cn.pinghu.socialwork.coverage.CoverageChanged;
import cn.pinghu.socialwork.coverage.CoverageDriveEdited;
import cn.pinghu.socialwork.coverage.CoverageFigures;
import cn.pinghu.socialwork.coverage.RedBlackList.Standing;
import cn.pinghu.socialwork.coverage.RedBlackList;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.progress.Signal;
import cn.pinghu.socialwork.progress.ui.SignalBadge;
import cn.pinghu.socialwork.shared.Percentages;
import cn.pinghu.socialwork.shared.events.DomainEventFeed;
import cn.pinghu.socialwork.shared.ui.LiveUpdates;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * 红黑榜 for leaders: the towns ahead of the progress expected by now, and those behind it,
 * by how many points. Follows every committed coverage change.
 */
@Route(CoverageRankingView.ROUTE)
@Menu(title = "nav.coverage-ranking", order = 32, icon = "vaadin:trophy")
@RolesAllowed({ Role.Names.ADMIN, Role.Names.LEADER, Role.Names.COORDINATOR })
class CoverageRankingView extends VerticalLayout implements HasDynamicTitle {

	static final String ROUTE = "coverage/ranking";

	final Grid<Standing> red = new Grid<>();

	final Grid<Standing> black = new Grid<>();

	private final transient CoverageFigures coverage;

	private final Span asOf = new Span();

	private final FlexLayout lists;

	CoverageRankingView(CoverageFigures coverage, DomainEventFeed feed) {
		this.coverage = coverage;
		setSizeFull();
		configure(this.red, "coverage.ranking.red.empty");
		configure(this.black, "coverage.ranking.black.empty");
		this.red.addClassName("coverage-red-list");
		this.black.addClassName("coverage-black-list");
		H3 redTitle = new H3(getTranslation("coverage.ranking.red"));
		redTitle.getStyle().set("color", "#c62828");
		H3 blackTitle = new H3(getTranslation("coverage.ranking.black"));
		VerticalLayout redColumn = new VerticalLayout(redTitle, this.red);
		VerticalLayout blackColumn = new VerticalLayout(blackTitle, this.black);
		redColumn.setPadding(false);
		blackColumn.setPadding(false);
		FlexLayout lists = new FlexLayout(redColumn, blackColumn);
		this.lists = lists;
		lists.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		lists.getStyle().set("gap", "var(--lumo-space-l)");
		lists.setWidthFull();
		lists.setFlexGrow(1, redColumn, blackColumn);
		redColumn.setMinWidth("24rem");
		blackColumn.setMinWidth("24rem");
		Span rule = new Span(getTranslation("coverage.ranking.rule"));
		rule.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
		add(new H2(getTranslation("coverage.ranking.title")), this.asOf, rule, lists);
		LiveUpdates.whileAttached(this, LiveUpdates.feed(feed, CoverageChanged.class), this::refresh);
		LiveUpdates.whileAttached(this, LiveUpdates.feed(feed, CoverageDriveEdited.class), this::refresh);
		// Subscribed first (above), then read: no change can fall in between.
		addAttachListener((event) -> refresh());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("coverage.ranking.title");
	}

	private void refresh() {
		this.coverage.overview().ifPresentOrElse(overview -> {
			RedBlackList lists = RedBlackList.of(overview);
			this.asOf.setText(getTranslation("coverage.as-of", overview.asOf().toString()));
			this.lists.setVisible(true);
			this.red.setItems(lists.red());
			this.black.setItems(lists.black());
		}, () -> {
			// Empty lists would read as "no town ahead, no town behind".
			this.asOf.setText(getTranslation("coverage.no-drive"));
			this.lists.setVisible(false);
			this.red.setItems(List.of());
			this.black.setItems(List.of());
		});
	}

	private void configure(Grid<Standing> grid, String emptyKey) {
		grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		grid.setAllRowsVisible(true);
		grid.setEmptyStateText(getTranslation(emptyKey));
		grid.addColumn(Standing::rank)
			.setKey("rank")
			.setHeader(getTranslation("coverage.ranking.column.rank"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(standing -> standing.town().townName())
			.setKey("town")
			.setHeader(getTranslation("coverage.column.town"));
		grid.addColumn(standing -> percent(standing.town().kpis().organizationCoverageRate()))
			.setKey("rate")
			.setHeader(getTranslation("coverage.column.organization-rate"))
			.setTextAlign(ColumnTextAlign.END);
		grid.addColumn(standing -> percent(Objects.requireNonNull(standing.town().expectedRate())))
			.setKey("expected")
			.setHeader(getTranslation("coverage.ranking.column.expected"))
			.setTextAlign(ColumnTextAlign.END);
		grid.addColumn(standing -> gap(standing.gap()))
			.setKey("gap")
			.setHeader(getTranslation("coverage.ranking.column.gap"))
			.setTextAlign(ColumnTextAlign.END);
		grid.addComponentColumn(standing -> badge(standing.town().signal()))
			.setKey("signal")
			.setHeader(getTranslation("coverage.column.signal"))
			.setAutoWidth(true);
	}

	private String percent(BigDecimal rate) {
		return getTranslation("coverage.rate", Percentages.shown(rate).toPlainString());
	}

	private String gap(BigDecimal gap) {
		String points = Percentages.shown(gap.abs()).toPlainString();
		return getTranslation((gap.signum() >= 0) ? "coverage.ranking.ahead" : "coverage.ranking.behind", points);
	}

	private Span badge(@Nullable Signal signal) {
		if (signal != null) {
			return SignalBadge.of(getTranslation("coverage.signal." + signal.name()), signal);
		}
		Span badge = new Span(getTranslation("coverage.signal.none"));
		badge.getElement().getThemeList().add("badge");
		return badge;
	}

}
