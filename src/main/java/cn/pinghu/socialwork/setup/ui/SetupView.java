package cn.pinghu.socialwork.setup.ui;

import java.util.List;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.places.TownSheetImport;
import cn.pinghu.socialwork.region.RegionPack;
import cn.pinghu.socialwork.region.RegionPacks;
import cn.pinghu.socialwork.region.RegionService;
import cn.pinghu.socialwork.setup.SetupProgress;
import cn.pinghu.socialwork.setup.SetupService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 首次设置: five steps for a new install (the region, its outline, the towns, the
 * communities, the first users), each skippable and each to be finished later from 系统设置.
 * The steps are tabs (arrow keys move between them), with back, skip and next buttons
 * (Alt+← and Alt+→) and a bar of the steps done.
 */
@Route(SetupView.ROUTE)
@RolesAllowed(Role.Names.ADMIN)
class SetupView extends VerticalLayout implements HasDynamicTitle {

	static final String ROUTE = "setup";

	/** The communities' page, where their import is. */
	static final String COMMUNITIES_ROUTE = "communities";

	/** The user accounts' page. */
	static final String USERS_ROUTE = "users";

	final Tabs tabs = new Tabs();

	final ProgressBar progressBar = new ProgressBar();

	final Span progressText = new Span();

	final Div content = new Div();

	final Button back = new Button();

	final Button skip = new Button();

	final Button next = new Button();

	final RegionStep region;

	final OutlineStep outline;

	final TownsStep towns;

	final LinkStep communities;

	final LinkStep users;

	private final List<SetupStep> steps;

	private final transient SetupService setup;

	private SetupProgress progress;

	SetupView(SetupService setup, RegionService regions, RegionPacks packs, TownSheetImport townImport) {
		this.setup = setup;
		List<RegionPack> found = packs.packs();
		this.region = new RegionStep(regions, found, this::refresh);
		this.outline = new OutlineStep(regions, found, this::refresh);
		this.towns = new TownsStep(townImport, found, this::refresh);
		this.communities = new LinkStep("communities", COMMUNITIES_ROUTE, SetupProgress::communities);
		this.users = new LinkStep("users", USERS_ROUTE, SetupProgress::coordinators);
		this.steps = List.of(this.region, this.outline, this.towns, this.communities, this.users);
		setMaxWidth("56rem");
		Paragraph intro = new Paragraph(getTranslation("setup.intro"));
		this.progressBar.setMin(0);
		this.progressBar.setMax(this.steps.size());
		this.progressText.setId("setup-progress");
		for (SetupStep step : this.steps) {
			this.tabs.add(new Tab());
		}
		this.tabs.addSelectedChangeListener(event -> showStep(this.tabs.getSelectedIndex()));
		this.back.setText(getTranslation("setup.back"));
		this.back.addClickListener(click -> this.tabs.setSelectedIndex(this.tabs.getSelectedIndex() - 1));
		this.back.addClickShortcut(Key.ARROW_LEFT, KeyModifier.ALT);
		this.skip.setText(getTranslation("setup.skip"));
		this.skip.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		this.skip.addClickListener(click -> forward());
		this.next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.next.addClickListener(click -> forward());
		this.next.addClickShortcut(Key.ARROW_RIGHT, KeyModifier.ALT);
		HorizontalLayout buttons = new HorizontalLayout(this.back, this.skip, this.next);
		add(new H2(getTranslation("setup.title")), intro, this.progressBar, this.progressText, this.tabs, this.content,
				buttons);
		this.progress = setup.progress();
		refresh();
		showStep(0);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("setup.title");
	}

	/** Reads how far the install is and shows it on the bar, the tabs and the step. */
	private void refresh() {
		this.progress = this.setup.progress();
		boolean[] done = this.progress.stepsDone();
		int count = 0;
		for (int index = 0; index < this.steps.size(); index++) {
			Tab tab = (Tab) this.tabs.getComponentAt(index);
			String title = getTranslation(this.steps.get(index).titleKey());
			tab.setLabel(done[index] ? getTranslation("setup.tab.done", index + 1, title)
					: getTranslation("setup.tab", index + 1, title));
			count += done[index] ? 1 : 0;
		}
		this.progressBar.setValue(count);
		this.progressText.setText(getTranslation("setup.progress", count, this.steps.size()));
		this.steps.forEach(step -> step.show(this.progress));
		updateButtons();
	}

	private void showStep(int index) {
		this.content.removeAll();
		this.content.add(this.steps.get(index));
		updateButtons();
	}

	private void forward() {
		int index = this.tabs.getSelectedIndex();
		if (index < this.steps.size() - 1) {
			this.tabs.setSelectedIndex(index + 1);
		}
		else {
			UI.getCurrent().navigate("");
		}
	}

	private void updateButtons() {
		int index = this.tabs.getSelectedIndex();
		boolean last = index == this.steps.size() - 1;
		boolean done = this.progress.stepsDone()[index];
		this.back.setEnabled(index > 0);
		this.skip.setVisible(!done);
		this.skip.setText(getTranslation(last ? "setup.skip-finish" : "setup.skip"));
		this.next.setVisible(done);
		this.next.setText(getTranslation(last ? "setup.finish" : "setup.next"));
	}

}
