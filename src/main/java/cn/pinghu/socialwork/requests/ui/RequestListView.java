package cn.pinghu.socialwork.requests.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.places.CommunityService;
import cn.pinghu.socialwork.progress.ui.SignalBadge;
import cn.pinghu.socialwork.requests.RequestCategory;
import cn.pinghu.socialwork.requests.RequestFigures;
import cn.pinghu.socialwork.requests.RequestFilter;
import cn.pinghu.socialwork.requests.RequestStatus;
import cn.pinghu.socialwork.requests.RequestSummary;
import cn.pinghu.socialwork.requests.RiderRequestChanged;
import cn.pinghu.socialwork.requests.RiderRequestService;
import cn.pinghu.socialwork.shared.ConsoleCalendar;
import cn.pinghu.socialwork.shared.events.DomainEventFeed;
import cn.pinghu.socialwork.shared.ui.LiveUpdates;
import cn.pinghu.socialwork.shared.ui.MasterDataGrid;
import cn.pinghu.socialwork.shared.ui.Notices;
import cn.pinghu.socialwork.stations.StationService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import org.springframework.beans.factory.annotation.Value;

/**
 * 小哥诉求: the worklist of the user's towns (administrators and leaders: all), overdue
 * first, with the figures above it. Coordinators and administrators reply, close, show a
 * number (audited) and enter hotline requests; leaders read the cases without their
 * numbers. Filters live in the URL
 * ({@code ?town=1&status=RECEIVED&category=WAGES&q=...}); a change to any case refreshes
 * every open list.
 */
@Route(RequestListView.ROUTE)
@Menu(title = "nav.requests", order = 45, icon = "vaadin:comment-ellipsis-o")
@RolesAllowed({ Role.Names.ADMIN, Role.Names.LEADER, Role.Names.COORDINATOR })
class RequestListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	static final String ROUTE = "requests";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	final MasterDataGrid<RequestSummary, RequestFilter> list;

	final ComboBox<Long> town = new ComboBox<>();

	final ComboBox<RequestStatus> status = new ComboBox<>();

	final ComboBox<RequestCategory> category = new ComboBox<>();

	final RequestFiguresBar figuresBar = new RequestFiguresBar();

	private final transient RiderRequestService requests;

	private final transient RequestFigures figures;

	private final transient StationService stations;

	private final ZoneId zone;

	private final Map<Long, String> townNames;

	RequestListView(RiderRequestService requests, RequestFigures figures, StationService stations,
			CommunityService places, ConsoleCalendar calendar, DomainEventFeed feed,
			@Value("${console.requests.reply-working-days:1}") int replyWorkingDays,
			@Value("${console.requests.close-days:7}") int closeDays) {
		this.requests = requests;
		this.figures = figures;
		this.stations = stations;
		this.zone = calendar.zone();
		this.townNames = places.townNames();
		setSizeFull();
		this.list = new MasterDataGrid<>(RequestSummary.class, requests::requests, requests::countRequests,
				this::filter, "requests.count");
		List<Long> towns = places.townsInScope().stream().map(town -> town.id()).toList();
		this.list.addIdFilter("town", this.town, getTranslation("requests.filter.town"), towns, this.townNames);
		this.list.addChoiceFilter("status", this.status, getTranslation("requests.filter.status"),
				List.of(RequestStatus.values()), value -> getTranslation("requests.status." + value.name()),
				RequestStatus::name);
		this.list.addChoiceFilter("category", this.category, getTranslation("requests.filter.category"),
				List.of(RequestCategory.values()), value -> getTranslation("requests.category." + value.name()),
				RequestCategory::name);
		boolean handles = !requests.hotlineTowns().isEmpty();
		if (handles) {
			this.list
				.addAction(getTranslation("requests.action.hotline"),
						() -> new HotlineDialog(this.requests, this.stations, this::refresh).open())
				.addClassName("request-hotline");
		}
		columns(this.list.grid(), handles);
		Span rule = new Span(getTranslation("requests.rule", replyWorkingDays, closeDays));
		rule.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
		add(new H2(getTranslation("requests.title")), rule, this.figuresBar, this.list);
		setFlexGrow(1, this.list);
		this.figuresBar.show(figures.figures());
		LiveUpdates.whileAttached(this, LiveUpdates.feed(feed, RiderRequestChanged.class), this::refresh);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.list.readLocation(event.getLocation());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("requests.title");
	}

	private void refresh() {
		this.list.refresh();
		this.figuresBar.show(this.figures.figures());
	}

	private RequestFilter filter(String query) {
		return new RequestFilter(this.town.getValue(), this.status.getValue(), this.category.getValue(),
				query.isEmpty() ? null : query);
	}

	private void columns(Grid<RequestSummary> grid, boolean phones) {
		grid.setEmptyStateText(getTranslation("requests.empty"));
		grid.addComponentColumn(request -> SignalBadge.of(getTranslation("requests.signal." + request.signal().name()),
				request.signal()))
			.setKey("signal")
			.setHeader(getTranslation("requests.column.signal"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(request -> time(request.receivedAt()))
			.setKey("received")
			.setHeader(getTranslation("requests.column.received"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(request -> this.townNames.getOrDefault(request.townId(), ""))
			.setKey("town")
			.setHeader(getTranslation("requests.column.town"))
			.setAutoWidth(true);
		grid.addColumn(request -> getTranslation("requests.category." + request.category().name()))
			.setKey("category")
			.setHeader(getTranslation("requests.column.category"))
			.setAutoWidth(true);
		grid.addColumn(request -> getTranslation("requests.channel." + request.channel().name()))
			.setKey("channel")
			.setHeader(getTranslation("requests.column.channel"))
			.setAutoWidth(true);
		grid.addColumn(RequestSummary::text)
			.setKey("text")
			.setHeader(getTranslation("requests.column.text"))
			.setFlexGrow(3);
		if (phones) {
			grid.addComponentColumn(this::phone)
				.setKey("phone")
				.setHeader(getTranslation("requests.column.phone"))
				.setAutoWidth(true);
		}
		grid.addColumn(request -> getTranslation("requests.status." + request.status().name()))
			.setKey("status")
			.setHeader(getTranslation("requests.column.status"))
			.setAutoWidth(true);
		grid.addColumn(this::due).setKey("due").setHeader(getTranslation("requests.column.due")).setAutoWidth(true);
		grid.addComponentColumn(this::actions)
			.setKey("actions")
			.setHeader(getTranslation("requests.column.actions"))
			.setAutoWidth(true)
			.setFlexGrow(0);
	}

	private String due(RequestSummary request) {
		return switch (request.status()) {
			case RECEIVED -> getTranslation("requests.due.reply", time(request.replyDue()));
			case REPLIED -> getTranslation("requests.due.close", time(request.closeDue()));
			case CLOSED ->
				getTranslation("requests.due.closed", (request.closedAt() != null) ? time(request.closedAt()) : "");
		};
	}

	private Component phone(RequestSummary request) {
		if (request.phone() == null) {
			return new Span(request.hasPhone() ? "" : getTranslation("requests.phone.none"));
		}
		Span masked = new Span(request.phone());
		if (!request.mayAct()) {
			return masked;
		}
		Button show = small(getTranslation("requests.action.show-phone"), "request-show-phone");
		show.addClickListener(click -> {
			String full = this.requests.showPhone(request.id());
			if (full == null) {
				Notices.error(getTranslation("requests.phone.gone"));
			}
			else {
				masked.setText(full);
				show.setVisible(false);
				Notices.success(getTranslation("requests.phone.shown", full));
			}
		});
		return new HorizontalLayout(masked, show);
	}

	private Component actions(RequestSummary request) {
		HorizontalLayout actions = new HorizontalLayout();
		actions.setSpacing(false);
		if (request.mayAct() && request.status() == RequestStatus.RECEIVED) {
			Button reply = small(getTranslation("requests.action.reply"), "request-reply");
			reply.addClickListener(
					click -> new AnswerDialog(this.requests, request, AnswerDialog.Step.REPLY, this::refresh).open());
			actions.add(reply);
		}
		if (request.mayAct() && request.status().isOpen()) {
			Button close = small(getTranslation("requests.action.close"), "request-close");
			close.addClickListener(
					click -> new AnswerDialog(this.requests, request, AnswerDialog.Step.CLOSE, this::refresh).open());
			actions.add(close);
		}
		Button history = small(getTranslation("requests.action.history"), "request-history");
		history.addClickListener(
				click -> new RequestHistoryDialog(this.requests, request, this.zone, this.townNames).open());
		actions.add(history);
		return actions;
	}

	private static Button small(String text, String className) {
		Button button = new Button(text);
		button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
		button.addClassName(className);
		return button;
	}

	private String time(Instant instant) {
		return TIME.format(instant.atZone(this.zone));
	}

}
