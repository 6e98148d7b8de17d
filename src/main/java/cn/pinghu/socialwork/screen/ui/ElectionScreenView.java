package cn.pinghu.socialwork.screen.ui;

import java.util.List;

import cn.pinghu.socialwork.elections.ElectionCompletion;
import cn.pinghu.socialwork.elections.ElectionKpis;
import cn.pinghu.socialwork.elections.ElectionMeasure;
import cn.pinghu.socialwork.elections.ElectionOverview;
import cn.pinghu.socialwork.elections.ElectionStage;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.region.RegionService;
import cn.pinghu.socialwork.screen.live.LiveMetricsService;
import cn.pinghu.socialwork.shared.ui.ApexChart;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import cn.pinghu.socialwork.shared.ui.AllowedLinks;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 换届大屏: the committee elections (两委换届) on the wall. The city's completion rate, turnout
 * (参选率, over valid votes), 一肩挑 rate and share of women, how many communities stand at
 * each stage (the side paths 重新选举 and 另行选举 in red), villagers' committees without a woman
 * and members under 35, the figures' definitions, and the latest communities to complete.
 * Live: shows the figures read again after each election change, read once for all the
 * screens of the same towns ({@link ScreenFigures}).
 */
@Route(value = ElectionScreenView.ROUTE, autoLayout = false)
@RolesAllowed({ Role.Names.LEADER, Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.DISPLAY })
@Menu(title = "nav.screen-elections", order = 41, icon = "vaadin:chart-timeline")
class ElectionScreenView extends CampaignScreen<ElectionScreenFigures> {

	static final String ROUTE = "screen/elections";

	/** How many of the latest completions the list shows. */
	static final int LATEST = 10;

	static final String COMPLETION_RATE_ID = "kpi-election-completion-rate";

	static final String COMPLETED_ID = "kpi-election-completed";

	static final String TURNOUT_ID = "kpi-election-turnout";

	static final String SECRETARY_IS_DIRECTOR_ID = "kpi-election-secretary-is-director";

	static final String WOMEN_ID = "kpi-election-women";

	static final String FUNNEL_CHART_ID = "chart-election-funnel";

	static final String COMPLETIONS_ID = "election-completions";

	static final String ROUND_ID = "election-screen-round";

	static final String SIDE_PATHS_ID = "election-screen-side-paths";

	static final String DEFINITIONS_ID = "election-screen-definitions";

	private static final String NO_FIGURE = "—";

	private final KpiTile completionRate = new KpiTile(COMPLETION_RATE_ID,
			getTranslation("screen.elections.completion-rate"));

	private final KpiTile completed = new KpiTile(COMPLETED_ID, getTranslation("screen.elections.completed"));

	private final KpiTile turnout = new KpiTile(TURNOUT_ID, getTranslation("screen.elections.turnout"));

	private final KpiTile secretaryIsDirector = new KpiTile(SECRETARY_IS_DIRECTOR_ID,
			getTranslation("screen.elections.secretary-is-director"));

	private final KpiTile women = new KpiTile(WOMEN_ID, getTranslation("screen.elections.women"));

	private final ApexChart funnel = ElectionScreenCharts.funnel();

	private final Span round = new Span();

	private final UnorderedList completions = new UnorderedList();

	/** The vote's side paths and the committees' make-up, under the funnel. */
	private final Span sidePaths = new Span();

	/** The Party organisations' elections, under the side paths. */
	final Span party = new Span();

	/** The round settings' route, linked for administrators while no round is open. */
	static final String ROUND_SETTINGS_ROUTE = "elections/round";

	/** Leads an administrator to open a round; empty for everybody else. */
	final Div openRound = new Div();

	ElectionScreenView(LiveMetricsService metrics, ScreenGuard guard, TickerNews news, ScreenRefreshes refreshes,
			ScreenPlaylist playlist, RegionService region, ScreenFigures figures) {
		super(metrics, guard, news, refreshes, playlist, region, ScreenPage.ELECTIONS, "screen.elections.title",
				figures, figures.elections());
		this.funnel.setId(FUNNEL_CHART_ID);
		this.completions.setId(COMPLETIONS_ID);
		this.completions.addClassName("big-screen-completions");
		this.round.setId(ROUND_ID);
		this.round.addClassName("big-screen-caption");
		AllowedLinks.to(ROUND_SETTINGS_ROUTE, getTranslation("screen.elections.no-round.go"))
			.ifPresent(this.openRound::add);
		this.openRound.addClassNames("big-screen-caption", "screen-open-round");
		this.openRound.setVisible(false);
		this.sidePaths.setId(SIDE_PATHS_ID);
		this.sidePaths.addClassName("big-screen-caption");
		this.party.addClassNames("big-screen-caption", "election-screen-party");
		layOut("election-screen-canvas", kpis(), charts(), definitions());
	}

	private Component kpis() {
		Div kpis = new Div(this.completionRate, this.completed, this.turnout, this.secretaryIsDirector, this.women);
		kpis.addClassNames("big-screen-kpis", "election-screen-kpis");
		return kpis;
	}

	private Component charts() {
		Div charts = new Div(
				panel("screen.elections.funnel", this.round, this.openRound, this.funnel, this.sidePaths, this.party),
				panel("screen.elections.latest", this.completions));
		charts.addClassName("big-screen-charts");
		return charts;
	}

	/** What the figures mean, as a footnote: a wall screen has no tooltips. */
	private Component definitions() {
		Div notes = new Div();
		notes.setId(DEFINITIONS_ID);
		notes.addClassName("big-screen-footnote");
		for (ElectionMeasure measure : ElectionMeasure.values()) {
			notes.add(new Span(getTranslation(measure.nameKey()) + "：" + getTranslation(measure.definitionKey())));
		}
		return notes;
	}

	@Override
	protected void refresh(ElectionScreenFigures figures) {
		showCompletions(figures.latest());
		ElectionOverview shown = figures.overview();
		// no funnel over empty axes while no round is open
		this.funnel.setVisible(shown != null);
		this.openRound.setVisible(shown == null && this.openRound.getComponentCount() > 0);
		if (shown == null) {
			this.round.setText(getTranslation("screen.elections.no-round"));
			List.of(this.completionRate, this.completed, this.turnout, this.secretaryIsDirector, this.women)
				.forEach(tile -> tile.setValue(NO_FIGURE));
			this.funnel.updateSeries(List.of());
			this.sidePaths.setText("");
			this.party.setText("");
			return;
		}
		ElectionKpis city = shown.city();
		this.round.setText(getTranslation("screen.elections.round", shown.round().name(), shown.asOf().toString()));
		this.completionRate.setValue(percent(city.completionRate()));
		this.completed.setValue(city.completed() + " / " + city.communities());
		this.turnout.setValue(percent(city.turnout()));
		this.secretaryIsDirector.setValue(percent(city.secretaryIsDirectorRate()));
		this.women.setValue(percent(city.womenShare()));
		this.sidePaths.setText(getTranslation("screen.elections.side-paths", city.reVotes(), city.supplementaryVotes(),
				city.committeesWithoutWoman(), percent(city.under35Rate()), city.withUnder35()));
		this.party.setText(getTranslation("screen.elections.party", city.partyElectionsCompleted(), city.communities(),
				(city.partyAverageAge() != null) ? city.partyAverageAge().toPlainString() : NO_FIGURE,
				percent(city.partyCollegeShare())));
		this.funnel.updateSeries(ElectionScreenCharts.funnel(getTranslation("screen.elections.communities"),
				city.funnel(), this::stageName));
	}

	private String stageName(ElectionStage stage) {
		return getTranslation("elections.stage." + stage.name());
	}

	private void showCompletions(List<ElectionCompletion> latest) {
		this.completions.removeAll();
		if (latest.isEmpty()) {
			ListItem none = new ListItem(getTranslation("screen.elections.none-completed"));
			none.addClassName("big-screen-completions-empty");
			this.completions.add(none);
			return;
		}
		for (ElectionCompletion completion : latest) {
			Span community = new Span(completion.communityName());
			community.addClassName("big-screen-completion-community");
			Span town = new Span(completion.townName());
			town.addClassName("big-screen-completion-town");
			Span day = new Span(completion.completedOn().toString());
			day.addClassName("big-screen-completion-day");
			ListItem item = new ListItem(community, town, day);
			item.addClassName("big-screen-completion");
			this.completions.add(item);
		}
	}

}
