package cn.pinghu.socialwork.security.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.security.IssuedPassword;
import cn.pinghu.socialwork.security.UserAdminService;
import cn.pinghu.socialwork.security.UserChangeRejectedException;
import cn.pinghu.socialwork.security.UserDraft;
import cn.pinghu.socialwork.security.UserSummary;
import cn.pinghu.socialwork.shared.ui.Confirmation;
import cn.pinghu.socialwork.shared.ui.Notices;
import cn.pinghu.socialwork.shared.ui.OneTimeSecretDialog;
import cn.pinghu.socialwork.shared.ui.SideForm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import org.jspecify.annotations.Nullable;

/**
 * Creates and edits one user, with account actions (enable or disable, unlock, reset the
 * password) that each ask first, and the user's history in a second tab. A new user gets
 * a temporary password, shown once.
 */
class UserForm extends SideForm<UserSummary, UserDraft> {

	private final transient UserAdminService users;

	private final UserHistory history;

	final TextField username = new TextField();

	final TextField displayName = new TextField();

	final TextField phone = new TextField();

	final CheckboxGroup<Role> roles = new CheckboxGroup<>();

	final MultiSelectComboBox<Long> towns = new MultiSelectComboBox<>();

	final Button enable = new Button();

	final Button unlock = new Button();

	final Button resetPassword = new Button();

	UserForm(UserAdminService users, List<Long> townIds, Map<Long, String> townNames, ZoneId zone,
			SerializableRunnable onChanged) {
		super(UserDraft.class, onChanged);
		this.users = users;
		this.history = new UserHistory(zone, townNames);
		field(this.username, "users.column.username", "username");
		field(this.displayName, "users.column.display-name", "displayName");
		optionalText(this.phone, "users.column.phone", "phone");
		field(this.roles, "users.column.roles", "roles");
		this.roles.setItems(Role.ADMIN, Role.COORDINATOR, Role.LEADER);
		this.roles.setItemLabelGenerator(value -> getTranslation("role." + value.name()));
		field(this.towns, "users.column.towns", "townIds");
		this.towns.setHelperText(getTranslation("users.towns.helper"));
		this.towns.setItems(townIds);
		this.towns.setItemLabelGenerator(id -> townNames.getOrDefault(id, ""));
		this.enable.addClassName("user-enable");
		this.enable.addClickListener(click -> confirmEnable());
		this.unlock.setText(getTranslation("users.unlock"));
		this.unlock.addClassName("user-unlock");
		this.unlock.addClickListener(click -> confirmUnlock());
		this.resetPassword.setText(getTranslation("users.reset-password"));
		this.resetPassword.addClassName("user-reset-password");
		this.resetPassword.addThemeVariants(ButtonVariant.LUMO_ERROR);
		this.resetPassword.addClickListener(click -> confirmReset());
		for (Button button : List.of(this.enable, this.unlock, this.resetPassword)) {
			button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		}
		HorizontalLayout actions = new HorizontalLayout(this.enable, this.unlock, this.resetPassword);
		actions.setWrap(true);
		fields().add(actions);
		addTab(getTranslation("masterdata.tab.history"), this.history);
	}

	void create() {
		open(getTranslation("users.form.new"), null, new UserDraft(), false);
		this.username.setReadOnly(false);
		actions(null);
		this.history.show(List.of());
	}

	@Override
	public void edit(UserSummary summary) {
		open(getTranslation("users.form.edit", summary.displayName()), summary, UserDraft.of(summary), false);
		this.username.setReadOnly(true);
		actions(summary);
		this.history.show(this.users.userHistory(summary.id()));
	}

	@Override
	protected UserSummary reread(UserSummary summary) {
		return this.users.user(summary.id());
	}

	@Override
	protected void store(UserDraft draft) {
		UserSummary current = record();
		try {
			if (current == null) {
				IssuedPassword issued = this.users.createUser(draft);
				Notices.success(getTranslation("users.saved", issued.user().displayName()));
				showPassword(issued);
			}
			else {
				UserSummary saved = this.users.updateUser(current.id(), draft);
				Notices.success(getTranslation("users.saved", saved.displayName()));
			}
		}
		catch (UserChangeRejectedException ex) {
			Notices.error(getTranslation(ex.messageKey()));
			return;
		}
		changed();
		setVisible(false);
	}

	private void actions(@Nullable UserSummary summary) {
		this.enable.setVisible(summary != null);
		this.unlock.setVisible(summary != null && summary.locked());
		this.resetPassword.setVisible(summary != null);
		if (summary != null) {
			this.enable.setText(getTranslation(summary.enabled() ? "users.disable" : "users.enable"));
		}
	}

	private void confirmEnable() {
		confirmThen(
				current -> question(current.enabled() ? "users.disable" : "users.enable", "user-enable-confirm",
						current),
				current -> changeAccount(
						() -> this.users.setEnabled(current.id(), current.version(), !current.enabled())));
	}

	private void confirmUnlock() {
		confirmThen(current -> question("users.unlock", "user-unlock-confirm", current),
				current -> changeAccount(() -> this.users.unlock(current.id())));
	}

	private void confirmReset() {
		confirmThen(current -> question("users.reset-password", "user-reset-confirm", current), this::resetPassword);
	}

	/** Changes the account and shows it as it is afterwards; a refused change is said. */
	private void changeAccount(Action action) {
		try {
			UserSummary changed = action.run();
			changed();
			edit(changed);
		}
		catch (UserChangeRejectedException ex) {
			Notices.error(getTranslation(ex.messageKey()));
		}
	}

	private void resetPassword(UserSummary current) {
		IssuedPassword issued = this.users.resetPassword(current.id());
		showPassword(issued);
		changed();
		edit(issued.user());
	}

	/**
	 * The question before an account action: named for the action, its text under
	 * {@code <action>.text} with the user's name.
	 */
	private ConfirmDialog question(String actionKey, String className, UserSummary user) {
		return Confirmation.of(className, getTranslation(actionKey),
				getTranslation(actionKey + ".text", user.displayName()), getTranslation(actionKey));
	}

	private void showPassword(IssuedPassword issued) {
		new OneTimeSecretDialog(getTranslation("users.password.header"),
				getTranslation("users.password.text", issued.user().username()), issued.password())
			.open();
	}

	/** An account action that returns the user as it is afterwards. */
	@FunctionalInterface
	private interface Action extends java.io.Serializable {

		UserSummary run();

	}

}
