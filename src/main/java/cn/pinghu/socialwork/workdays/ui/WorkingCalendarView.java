package cn.pinghu.socialwork.workdays.ui;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.stream.IntStream;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.shared.ConsoleCalendar;
import cn.pinghu.socialwork.shared.ui.Confirmation;
import cn.pinghu.socialwork.shared.ui.Notices;
import cn.pinghu.socialwork.workdays.CalendarDay;
import cn.pinghu.socialwork.workdays.CalendarDayDraft;
import cn.pinghu.socialwork.workdays.CalendarDayRejectedException;
import cn.pinghu.socialwork.workdays.DayKind;
import cn.pinghu.socialwork.workdays.WorkingDayService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

/**
 * 工作日历: the official holidays and make-up working days of a year, which administrators
 * add and remove one day at a time. A year without entries says so: its deadlines count
 * Monday to Friday.
 */
@Route(WorkingCalendarView.ROUTE)
@Menu(title = "nav.working-calendar", order = 86, icon = "vaadin:calendar")
@RolesAllowed(Role.Names.ADMIN)
class WorkingCalendarView extends VerticalLayout implements HasDynamicTitle {

	static final String ROUTE = "settings/calendar";

	final ComboBox<Integer> year = new ComboBox<>();

	final Paragraph empty = new Paragraph();

	final Grid<CalendarDay> days = new Grid<>(CalendarDay.class, false);

	final DatePicker day = new DatePicker();

	final ComboBox<DayKind> kind = new ComboBox<>();

	final TextField name = new TextField();

	final Button add = new Button();

	private final transient WorkingDayService service;

	WorkingCalendarView(WorkingDayService service, ConsoleCalendar calendar) {
		this.service = service;
		setSizeFull();
		int thisYear = calendar.today().getYear();
		this.year.setLabel(getTranslation("workdays.year"));
		this.year.setItems(IntStream.rangeClosed(thisYear - 1, thisYear + 2).boxed().toList());
		this.year.setValue(thisYear);
		this.year.addValueChangeListener(event -> show());
		this.empty.addClassName("working-calendar-empty");
		this.empty.getStyle().set("color", "var(--lumo-error-text-color)");
		Paragraph intro = new Paragraph(getTranslation("workdays.intro"));
		intro.getStyle().set("color", "var(--lumo-secondary-text-color)");
		columns();
		add(new H2(getTranslation("workdays.title")), intro, this.year, this.empty, addForm(), this.days);
		setFlexGrow(1, this.days);
		show();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("workdays.title");
	}

	private Component addForm() {
		this.day.setLabel(getTranslation("workdays.day"));
		this.kind.setLabel(getTranslation("workdays.kind"));
		this.kind.setItems(DayKind.values());
		this.kind.setItemLabelGenerator(value -> getTranslation("workdays.kind." + value.name()));
		this.name.setLabel(getTranslation("workdays.name"));
		this.name.setMaxLength(32);
		this.add.setText(getTranslation("workdays.add"));
		this.add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.add.addClassName("working-calendar-add");
		this.add.addClickListener(click -> addDay());
		HorizontalLayout form = new HorizontalLayout(this.day, this.kind, this.name, this.add);
		form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		return form;
	}

	private void columns() {
		this.days.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		this.days.addColumn(entry -> entry.day().toString())
			.setKey("day")
			.setHeader(getTranslation("workdays.column.day"))
			.setAutoWidth(true);
		this.days.addColumn(entry -> entry.day().getDayOfWeek().getDisplayName(TextStyle.SHORT, getLocale()))
			.setKey("weekday")
			.setHeader(getTranslation("workdays.column.weekday"))
			.setAutoWidth(true);
		this.days.addColumn(entry -> getTranslation("workdays.kind." + entry.kind().name()))
			.setKey("kind")
			.setHeader(getTranslation("workdays.column.kind"))
			.setAutoWidth(true);
		this.days.addColumn(CalendarDay::name).setKey("name").setHeader(getTranslation("workdays.column.name"));
		this.days.addComponentColumn(this::removeButton)
			.setKey("actions")
			.setHeader(getTranslation("workdays.column.actions"))
			.setAutoWidth(true)
			.setFlexGrow(0);
	}

	private Button removeButton(CalendarDay entry) {
		Button remove = new Button(getTranslation("workdays.remove"));
		remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
		remove.addClassName("working-calendar-remove");
		remove.addClickListener(click -> {
			var dialog = Confirmation.dangerous("working-calendar-remove-dialog",
					getTranslation("workdays.remove.title"),
					getTranslation("workdays.remove.text", entry.day().toString(), entry.name()),
					getTranslation("workdays.remove"));
			dialog.addConfirmListener(event -> {
				try {
					this.service.remove(entry.day());
					Notices.success(getTranslation("workdays.removed"));
				}
				catch (CalendarDayRejectedException ex) {
					Notices.error(getTranslation(ex.messageKey()));
				}
				show();
			});
			dialog.open();
		});
		return remove;
	}

	private void addDay() {
		try {
			this.service.add(new CalendarDayDraft(this.day.getValue(), this.kind.getValue(), this.name.getValue()));
		}
		catch (ConstraintViolationException ex) {
			Notices.error(ex.getConstraintViolations()
				.stream()
				.map(ConstraintViolation::getMessageTemplate)
				.map(template -> getTranslation(template.replaceAll("^\\{|}$", "")))
				.distinct()
				.reduce((first, second) -> first + "；" + second)
				.orElse(""));
			return;
		}
		catch (CalendarDayRejectedException ex) {
			Notices.error(getTranslation(ex.messageKey()));
			return;
		}
		Notices.success(getTranslation("workdays.added"));
		LocalDate added = this.day.getValue();
		this.day.clear();
		this.name.clear();
		if (added != null && this.year.getListDataView().contains(added.getYear())) {
			this.year.setValue(added.getYear());
		}
		show();
	}

	private void show() {
		Integer shown = this.year.getValue();
		if (shown == null) {
			this.days.setItems(List.of());
			this.empty.setVisible(false);
			return;
		}
		List<CalendarDay> entries = this.service.days(shown);
		this.days.setItems(entries);
		this.empty.setText(getTranslation("workdays.empty", String.valueOf(shown)));
		this.empty.setVisible(entries.isEmpty());
	}

}
