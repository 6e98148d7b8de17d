package cn.pinghu.socialwork.elections.ui;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.pinghu.socialwork.elections.ElectionRejectedException;
import cn.pinghu.socialwork.elections.ElectionRejectedException.Rejection;
import cn.pinghu.socialwork.elections.ElectionRoundService;
import cn.pinghu.socialwork.elections.ElectionStage;
import cn.pinghu.socialwork.elections.RoundDraft;
import cn.pinghu.socialwork.elections.RoundIntake;
import cn.pinghu.socialwork.elections.RoundIntake.TownIntake;
import cn.pinghu.socialwork.places.TownSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * An administrator opens a round in two steps: its name, period and the planned date of
 * each stage, city-wide and, where a town needs its own, for that town; then a preview of
 * the communities it takes in, and the confirmation. What the service refuses is shown at
 * its field. Esc closes the dialog.
 */
class RoundDialog extends Dialog {

	final TextField name = new TextField();

	final DatePicker startsOn = new DatePicker();

	final DatePicker endsOn = new DatePicker();

	/** The city's planned date of each stage. */
	final Map<ElectionStage, DatePicker> plan = new EnumMap<>(ElectionStage.class);

	/** Per town, its own planned date of each stage; left empty, the city's applies. */
	final Map<Long, Map<ElectionStage, DatePicker>> townPlans = new LinkedHashMap<>();

	final Div error = new Div();

	final Span intakeText = new Span();

	final Grid<TownIntake> intake = new Grid<>();

	final Button next = new Button();

	final Button back = new Button();

	final Button confirm = new Button();

	private final transient ElectionRoundService rounds;

	private final SerializableRunnable onOpened;

	private final VerticalLayout form = new VerticalLayout();

	private final VerticalLayout preview = new VerticalLayout();

	private final Map<Long, Details> townDetails = new HashMap<>();

	RoundDialog(ElectionRoundService rounds, SerializableRunnable onOpened) {
		this.rounds = rounds;
		this.onOpened = onOpened;
		addClassName("election-round-dialog");
		setHeaderTitle(getTranslation("elections.round.open"));
		setWidth("56rem");
		setCloseOnOutsideClick(false);
		this.error.addClassName("election-round-error");
		this.error.getStyle().set("color", "var(--lumo-error-text-color)");
		this.name.setLabel(getTranslation("elections.round.name"));
		this.name.setMaxLength(ElectionRoundService.NAME_LENGTH);
		this.startsOn.setLabel(getTranslation("elections.round.starts-on"));
		this.endsOn.setLabel(getTranslation("elections.round.ends-on"));
		FormLayout period = new FormLayout(this.name, this.startsOn, this.endsOn);
		period.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 3));
		period.setColspan(this.name, 3);
		this.form.setPadding(false);
		this.form.add(this.error, period, new H4(getTranslation("elections.round.plan")),
				stageFields(this.plan, "election-round-plan"), new H4(getTranslation("elections.round.town-plans")),
				new Span(getTranslation("elections.round.town-plans.hint")));
		for (TownSummary town : rounds.towns()) {
			Map<ElectionStage, DatePicker> own = new EnumMap<>(ElectionStage.class);
			this.townPlans.put(town.id(), own);
			Details details = new Details(town.name(), stageFields(own, "election-round-town-plan"));
			details.addClassName("election-round-town");
			this.townDetails.put(town.id(), details);
			this.form.add(details);
		}
		this.intakeText.addClassName("election-round-intake-text");
		this.intake.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		this.intake.setAllRowsVisible(true);
		this.intake.addColumn(TownIntake::townName)
			.setKey("town")
			.setHeader(getTranslation("elections.round.column.town"));
		this.intake.addColumn(TownIntake::communities)
			.setKey("communities")
			.setHeader(getTranslation("elections.round.column.communities"))
			.setTextAlign(ColumnTextAlign.END);
		this.preview.setPadding(false);
		this.preview.setVisible(false);
		this.preview.add(this.intakeText, this.intake);
		add(this.form, this.preview);
		this.next.setText(getTranslation("elections.round.preview"));
		this.next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.next.addClickListener(click -> showPreview());
		this.back.setText(getTranslation("elections.round.back"));
		this.back.setVisible(false);
		this.back.addClickListener(click -> showForm());
		this.confirm.setText(getTranslation("elections.round.confirm-open"));
		this.confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.confirm.addClassName("election-round-confirm");
		this.confirm.setVisible(false);
		this.confirm.addClickListener(click -> openRound());
		Button cancel = new Button(getTranslation("elections.form.cancel"), click -> close());
		getFooter().add(cancel, this.back, this.next, this.confirm);
	}

	/** One date picker per planned stage, in the stages' order (Tab walks them). */
	private FormLayout stageFields(Map<ElectionStage, DatePicker> fields, String className) {
		FormLayout layout = new FormLayout();
		layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("30rem", 4));
		for (ElectionStage stage : ElectionStage.MAIN_LINE) {
			if (stage != ElectionStage.COMPLETED) {
				DatePicker due = new DatePicker(getTranslation("elections.stage." + stage.name()));
				due.addClassName(className);
				due.setClearButtonVisible(true);
				fields.put(stage, due);
				layout.add(due);
			}
		}
		return layout;
	}

	RoundDraft draft() {
		Map<Long, Map<ElectionStage, LocalDate>> towns = new HashMap<>();
		this.townPlans.forEach((town, fields) -> {
			Map<ElectionStage, LocalDate> own = dates(fields);
			if (!own.isEmpty()) {
				towns.put(town, own);
			}
		});
		return new RoundDraft(this.name.getValue(), this.startsOn.getValue(), this.endsOn.getValue(), dates(this.plan),
				towns);
	}

	private static Map<ElectionStage, LocalDate> dates(Map<ElectionStage, DatePicker> fields) {
		Map<ElectionStage, LocalDate> dates = new EnumMap<>(ElectionStage.class);
		fields.forEach((stage, field) -> {
			if (field.getValue() != null) {
				dates.put(stage, field.getValue());
			}
		});
		return dates;
	}

	private void showPreview() {
		clearErrors();
		try {
			RoundIntake taken = this.rounds.preview(draft());
			this.intakeText.setText(getTranslation("elections.round.preview.text", taken.communities()));
			this.intake.setItems(taken.towns());
			setStep(false);
		}
		catch (ElectionRejectedException ex) {
			showErrors(ex);
		}
	}

	private void showForm() {
		setStep(true);
	}

	private void setStep(boolean editing) {
		this.form.setVisible(editing);
		this.next.setVisible(editing);
		this.preview.setVisible(!editing);
		this.back.setVisible(!editing);
		this.confirm.setVisible(!editing);
	}

	private void openRound() {
		try {
			this.rounds.open(draft());
			Notification.show(getTranslation("elections.round.opened"), 3000, Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			close();
			this.onOpened.run();
		}
		catch (ElectionRejectedException ex) {
			setStep(true);
			clearErrors();
			showErrors(ex);
		}
	}

	private void clearErrors() {
		this.error.setText("");
		this.name.setInvalid(false);
		this.startsOn.setInvalid(false);
		this.endsOn.setInvalid(false);
		this.plan.values().forEach(field -> field.setInvalid(false));
		this.townPlans.values().forEach(fields -> fields.values().forEach(field -> field.setInvalid(false)));
	}

	private void showErrors(ElectionRejectedException ex) {
		StringBuilder general = new StringBuilder();
		for (Rejection rejection : ex.rejections()) {
			String message = getTranslation(rejection.messageKey(), rejection.argumentArray());
			if (!RoundFields.mark(this, rejection.field(), message)) {
				general.append(message).append(' ');
			}
		}
		this.error.setText(general.toString().strip());
	}

	/** Opens a town's dates, so that the field with the error shows. */
	void expand(long townId) {
		Details details = this.townDetails.get(townId);
		if (details != null) {
			details.setOpened(true);
		}
	}

}
