package cn.pinghu.socialwork.screen.ui;

import java.time.Duration;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.screen.ScreenSettings;
import cn.pinghu.socialwork.screen.ScreenSettingsService;
import cn.pinghu.socialwork.shared.data.FieldRejectedException;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 大屏设置 for administrators: how many seconds the big screen's playlist shows each page.
 * Enter saves; an interval out of range is refused at the field and nothing is stored.
 * 恢复默认 goes back to the default after a confirmation; it is there only while an interval
 * is stored. Open screens apply a new interval at their next page turn.
 */
@Route(ScreenSettingsView.ROUTE)
@Menu(title = "nav.screen-settings", order = 85, icon = "vaadin:desktop")
@RolesAllowed(Role.Names.ADMIN)
class ScreenSettingsView extends VerticalLayout implements HasDynamicTitle {

	static final String ROUTE = "settings/screen";

	static final String CURRENT_ID = "screen-settings-current";

	private static final int MIN_SECONDS = Math.toIntExact(ScreenSettingsService.MIN_ROTATION_INTERVAL.toSeconds());

	private static final int MAX_SECONDS = Math.toIntExact(ScreenSettingsService.MAX_ROTATION_INTERVAL.toSeconds());

	final IntegerField interval = new IntegerField();

	final Button save = new Button();

	final Button reset = new Button();

	final Paragraph current = new Paragraph();

	private final transient ScreenSettingsService settings;

	ScreenSettingsView(ScreenSettingsService settings) {
		this.settings = settings;
		setMaxWidth("36rem");
		String range = rangeMessage();
		this.interval.setLabel(getTranslation("screen.settings.interval"));
		this.interval.setHelperText(getTranslation("screen.settings.interval-help", MIN_SECONDS, MAX_SECONDS));
		this.interval.setMin(MIN_SECONDS);
		this.interval.setMax(MAX_SECONDS);
		this.interval.setStepButtonsVisible(true);
		this.interval.setI18n(new IntegerField.IntegerFieldI18n().setRequiredErrorMessage(range)
			.setBadInputErrorMessage(range)
			.setMinErrorMessage(range)
			.setMaxErrorMessage(range));
		this.current.setId(CURRENT_ID);
		Paragraph hint = new Paragraph(getTranslation("screen.settings.hint"));
		hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
		this.save.setText(getTranslation("screen.settings.save"));
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener(click -> save());
		this.save.addClickShortcut(Key.ENTER);
		this.reset.setText(getTranslation("screen.settings.reset"));
		this.reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		this.reset.addClickListener(click -> confirmReset());
		add(new H2(getTranslation("screen.settings.title")), this.current, this.interval,
				new HorizontalLayout(this.save, this.reset), hint);
		show(settings.settings());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("screen.settings.title");
	}

	private void save() {
		Integer seconds = this.interval.getValue();
		if (seconds == null) {
			invalid(rangeMessage());
			return;
		}
		ScreenSettings saved;
		try {
			saved = this.settings.changeRotationInterval(Duration.ofSeconds(seconds));
		}
		catch (FieldRejectedException ex) {
			invalid(getTranslation(ex.messageKey(), MIN_SECONDS, MAX_SECONDS));
			return;
		}
		show(saved);
		Notification
			.show(getTranslation("screen.settings.saved", saved.rotationInterval().toSeconds()), 3000,
					Notification.Position.BOTTOM_START)
			.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
	}

	private void confirmReset() {
		ConfirmDialog dialog = new ConfirmDialog();
		dialog.setHeader(getTranslation("screen.settings.reset-header"));
		dialog
			.setText(getTranslation("screen.settings.reset-text", this.settings.defaultRotationInterval().toSeconds()));
		dialog.setCancelable(true);
		dialog.setCancelText(getTranslation("screen.settings.reset-cancel"));
		dialog.setConfirmText(getTranslation("screen.settings.reset"));
		dialog.addConfirmListener(confirmed -> {
			ScreenSettings reset = this.settings.resetRotationInterval();
			show(reset);
			Notification
				.show(getTranslation("screen.settings.reset-done", reset.rotationInterval().toSeconds()), 3000,
						Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		});
		dialog.open();
	}

	private void show(ScreenSettings shown) {
		long seconds = shown.rotationInterval().toSeconds();
		this.current.setText(shown.rotationIntervalStored() ? getTranslation("screen.settings.current", seconds)
				: getTranslation("screen.settings.current-default", seconds));
		this.interval.setValue(Math.toIntExact(seconds));
		this.interval.setInvalid(false);
		this.reset.setVisible(shown.rotationIntervalStored());
	}

	private void invalid(String message) {
		this.interval.setErrorMessage(message);
		this.interval.setInvalid(true);
	}

	private String rangeMessage() {
		return getTranslation(ScreenSettingsService.INTERVAL_RANGE_KEY, MIN_SECONDS, MAX_SECONDS);
	}

}
