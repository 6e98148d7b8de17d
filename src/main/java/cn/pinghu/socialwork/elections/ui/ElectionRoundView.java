package cn.pinghu.socialwork.elections.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.pinghu.socialwork.elections.ElectionRejectedException;
import cn.pinghu.socialwork.elections.ElectionRoundEdited;
import cn.pinghu.socialwork.elections.ElectionRoundService;
import cn.pinghu.socialwork.elections.ElectionStage;
import cn.pinghu.socialwork.elections.RoundSummary;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.places.TownSummary;
import cn.pinghu.socialwork.shared.data.StaleVersionException;
import cn.pinghu.socialwork.shared.events.DomainEventFeed;
import cn.pinghu.socialwork.shared.ui.Confirmation;
import cn.pinghu.socialwork.shared.ui.LiveUpdates;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;

/**
 * The round for administrators: with no round open, a way to open one; with one, its
 * period, the planned date of each stage (the city's and the towns' own) and a way to
 * close it, with a reason while communities are not completed.
 */
@Route(ElectionRoundView.ROUTE)
@Menu(title = "nav.election-round", order = 42, icon = "vaadin:cog")
@RolesAllowed(Role.Names.ADMIN)
class ElectionRoundView extends VerticalLayout implements HasDynamicTitle {

	static final String ROUTE = "elections/round";

	final Span summary = new Span();

	final Button open = new Button();

	final Button close = new Button();

	final Grid<PlanRow> plan = new Grid<>();

	private final transient ElectionRoundService rounds;

	private final ZoneId zone;

	private final H2 title = new H2();

	private @Nullable RoundSummary round;

	ElectionRoundView(ElectionRoundService rounds, DomainEventFeed feed, @Value("${console.zone}") ZoneId zone) {
		this.rounds = rounds;
		this.zone = zone;
		setSizeFull();
		this.open.setText(getTranslation("elections.round.open"));
		this.open.setIcon(VaadinIcon.PLUS.create());
		this.open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.open.addClassName("election-round-open");
		this.open.addClickListener(click -> new RoundDialog(this.rounds, this::refresh).open());
		this.close.setText(getTranslation("elections.round.close"));
		this.close.addThemeVariants(ButtonVariant.LUMO_ERROR);
		this.close.addClassName("election-round-close");
		this.close.addClickListener(click -> confirmClose());
		this.summary.addClassName("election-round-summary");
		this.plan.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		this.plan.setAllRowsVisible(true);
		this.plan.addColumn(row -> getTranslation("elections.stage." + row.stage().name()))
			.setKey("stage")
			.setHeader(getTranslation("elections.round.column.stage"));
		this.plan.addColumn(row -> (row.city() != null) ? row.city().toString() : "")
			.setKey("city")
			.setHeader(getTranslation("elections.round.column.city"));
		this.plan.addColumn(PlanRow::towns)
			.setKey("towns")
			.setHeader(getTranslation("elections.round.column.towns"))
			.setFlexGrow(3);
		add(this.title, this.summary, new HorizontalLayout(this.open, this.close), this.plan);
		// Another administrator's opening or closing shows here too.
		LiveUpdates.whileAttached(this, LiveUpdates.feed(feed, ElectionRoundEdited.class), this::refresh);
		refresh();
	}

	/** The heading: the open round's name, else the page's. */
	String title() {
		return this.title.getText();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("elections.round.title");
	}

	private void refresh() {
		this.round = this.rounds.current().orElse(null);
		RoundSummary shown = this.round;
		this.open.setVisible(shown == null);
		this.close.setVisible(shown != null);
		this.plan.setVisible(shown != null);
		if (shown == null) {
			this.title.setText(getTranslation("elections.round.title"));
			this.summary.setText(getTranslation("elections.round.none"));
			this.plan.setItems(List.of());
			return;
		}
		this.title.setText(shown.name());
		this.summary
			.setText(getTranslation("elections.round.summary", shown.startsOn().toString(), shown.endsOn().toString(),
					LocalDate.ofInstant(shown.openedAt(), this.zone).toString(), this.rounds.unfinished(shown.id())));
		Map<Long, String> towns = this.rounds.towns()
			.stream()
			.collect(Collectors.toMap(TownSummary::id, TownSummary::name));
		List<PlanRow> rows = new ArrayList<>();
		for (ElectionStage stage : ElectionStage.MAIN_LINE) {
			if (stage == ElectionStage.COMPLETED) {
				continue;
			}
			List<String> own = new ArrayList<>();
			shown.townPlans().forEach((town, dates) -> {
				LocalDate due = dates.get(stage);
				if (due != null) {
					own.add(towns.getOrDefault(town, String.valueOf(town)) + " " + due);
				}
			});
			own.sort(null);
			rows.add(new PlanRow(stage, shown.plan().get(stage), String.join("，", own)));
		}
		this.plan.setItems(rows);
	}

	private void confirmClose() {
		RoundSummary shown = this.round;
		if (shown == null) {
			return;
		}
		long unfinished = this.rounds.unfinished(shown.id());
		TextArea reason = new TextArea(getTranslation("elections.round.close-reason"));
		reason.addClassName("election-round-close-reason");
		reason.setMaxLength(ElectionRoundService.REASON_LENGTH);
		reason.setWidthFull();
		VerticalLayout text = new VerticalLayout();
		text.setPadding(false);
		ConfirmDialog dialog = Confirmation.dangerous("election-round-close-confirm",
				getTranslation("elections.round.close-confirm.title", shown.name()), "",
				getTranslation("elections.round.close"));
		if (unfinished > 0) {
			text.add(new Span(getTranslation("elections.round.close-confirm.unfinished", unfinished)), reason);
		}
		else {
			text.add(new Span(getTranslation("elections.round.close-confirm.text")));
		}
		dialog.setText(text);
		dialog.addConfirmListener(event -> close(shown, reason.getValue()));
		dialog.open();
	}

	private void close(RoundSummary shown, String reason) {
		try {
			this.rounds.close(shown.id(), shown.version(), reason);
			Notification.show(getTranslation("elections.round.closed"), 3000, Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		}
		catch (StaleVersionException ex) {
			notifyError(getTranslation("elections.round.stale"));
		}
		catch (ElectionRejectedException ex) {
			notifyError(ex.rejections()
				.stream()
				.map(rejection -> getTranslation(rejection.messageKey(), rejection.argumentArray()))
				.collect(Collectors.joining(" ")));
		}
		refresh();
	}

	private static void notifyError(String message) {
		Notification.show(message, 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
	}

	/** A stage with the city's planned date and the towns that plan it on their own. */
	record PlanRow(ElectionStage stage, @Nullable LocalDate city, String towns) {
	}

}
