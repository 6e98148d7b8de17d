package cn.pinghu.socialwork.security.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.security.DisplayDeviceAdminService;
import cn.pinghu.socialwork.security.UserAdminService;
import cn.pinghu.socialwork.security.UserFilter;
import cn.pinghu.socialwork.security.UserSummary;
import cn.pinghu.socialwork.shared.data.TownNames;
import cn.pinghu.socialwork.shared.ui.ListColumns;
import cn.pinghu.socialwork.shared.ui.MasterDataListView;
import cn.pinghu.socialwork.shared.ui.StatusBadge;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;

/**
 * 用户 and 大屏终端 for administrators: the console users in a filtered list with a side form
 * (filters in the URL: {@code ?role=COORDINATOR&town=1&enabled=false&locked=true&q=张}),
 * and the wall displays with their tokens in a second tab.
 */
@Route(UserListView.ROUTE)
@Menu(title = "nav.users", order = 80, icon = "vaadin:users")
@RolesAllowed(Role.Names.ADMIN)
class UserListView extends MasterDataListView<UserSummary, UserFilter> {

	static final String ROUTE = "users";

	final ComboBox<Role> role = new ComboBox<>();

	final ComboBox<Long> town = new ComboBox<>();

	final ComboBox<Boolean> enabled = new ComboBox<>();

	final ComboBox<Boolean> locked = new ComboBox<>();

	final UserForm form;

	final DisplayDevicePanel displays;

	final TabSheet tabs = new TabSheet();

	private final Map<Long, String> townNames;

	UserListView(UserAdminService users, DisplayDeviceAdminService devices, TownNames towns,
			@Value("${console.zone}") ZoneId zone) {
		super("users", UserSummary.class, users::users, users::countUsers);
		this.townNames = towns.townNames();
		List<Long> townIds = List.copyOf(this.townNames.keySet());
		list().search().setPlaceholder(getTranslation("users.search"));
		list().addChoiceFilter("role", this.role, getTranslation("users.filter.role"),
				List.of(Role.ADMIN, Role.COORDINATOR, Role.LEADER), value -> getTranslation("role." + value.name()),
				Role::name);
		list().addIdFilter("town", this.town, getTranslation("users.filter.town"), townIds, this.townNames);
		yesNo(this.enabled, "users.filter.enabled", "users.enabled.true", "users.enabled.false");
		list().addFilter("enabled", this.enabled, String::valueOf, UserListView::parseBoolean);
		yesNo(this.locked, "users.filter.locked", "users.locked.true", "users.locked.false");
		list().addFilter("locked", this.locked, String::valueOf, UserListView::parseBoolean);
		addCreateAction(this::create);
		this.form = new UserForm(users, townIds, this.townNames, zone, list()::refresh);
		list().grid().addClassName("user-list");
		addColumns();
		// the list and its form are the first of two tabs, the wall displays the second
		HorizontalLayout usersTab = new HorizontalLayout();
		usersTab.setSizeFull();
		this.form.placeBeside(list(), usersTab);
		this.displays = new DisplayDevicePanel(devices, zone);
		this.tabs.add(getTranslation("users.tab.users"), usersTab);
		this.tabs.add(getTranslation("users.tab.displays"), this.displays);
		this.tabs.setSizeFull();
		add(this.tabs);
	}

	@Override
	protected UserFilter filter(String query) {
		return new UserFilter(query.isEmpty() ? null : query, this.role.getValue(), this.town.getValue(),
				this.enabled.getValue(), this.locked.getValue());
	}

	private void yesNo(ComboBox<Boolean> field, String placeholder, String yes, String no) {
		field.setPlaceholder(getTranslation(placeholder));
		field.setItems(Boolean.TRUE, Boolean.FALSE);
		field.setItemLabelGenerator(value -> getTranslation(value ? yes : no));
		field.setClearButtonVisible(true);
	}

	private void addColumns() {
		ListColumns<UserSummary> columns = columns();
		Grid.Column<UserSummary> username = columns.fitted("username", "users.column.username", UserSummary::username)
			.setSortProperty("username");
		columns.text("displayName", "users.column.display-name", UserSummary::displayName)
			.setSortProperty("displayName");
		columns.auto("roles", "users.column.roles",
				user -> joined(user.roles().stream().sorted().map(value -> getTranslation("role." + value.name()))));
		columns.auto("towns", "users.column.towns",
				user -> joined(user.townIds().stream().sorted().map(id -> this.townNames.getOrDefault(id, ""))));
		columns.badge("status", "users.column.status", this::status).setSortProperty("enabled");
		list().grid().sort(GridSortOrder.asc(username).build());
	}

	private String joined(Stream<String> names) {
		return names.collect(Collectors.joining(getTranslation("users.separator")));
	}

	private Span status(UserSummary user) {
		if (!user.enabled()) {
			return StatusBadge.of(getTranslation("users.status.disabled"), StatusBadge.Tone.CONTRAST);
		}
		return user.locked() ? StatusBadge.of(getTranslation("users.status.locked"), StatusBadge.Tone.ERROR)
				: StatusBadge.of(getTranslation("users.status.enabled"), StatusBadge.Tone.SUCCESS);
	}

	private void create() {
		this.form.create();
	}

	private static @Nullable Boolean parseBoolean(String text) {
		return switch (text) {
			case "true" -> Boolean.TRUE;
			case "false" -> Boolean.FALSE;
			default -> null;
		};
	}

}
