package cn.pinghu.socialwork.security.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import cn.pinghu.socialwork.security.DisplayDeviceAdminService;
import cn.pinghu.socialwork.security.DisplayDeviceSummary;
import cn.pinghu.socialwork.security.IssuedDisplayToken;
import cn.pinghu.socialwork.shared.data.FieldRejectedException;
import cn.pinghu.socialwork.shared.ui.Confirmation;
import cn.pinghu.socialwork.shared.ui.OneTimeSecretDialog;
import cn.pinghu.socialwork.shared.ui.StatusBadge;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/**
 * The wall displays (大屏终端): when each was registered and last seen, a new display with
 * its token shown once, a new token for a display (shown once, after a confirmation: the
 * old one stops working) and revocation after a confirmation.
 */
class DisplayDevicePanel extends VerticalLayout {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final transient DisplayDeviceAdminService devices;

	private final ZoneId zone;

	final Grid<DisplayDeviceSummary> grid = new Grid<>();

	final TextField name = new TextField();

	final Button create = new Button();

	DisplayDevicePanel(DisplayDeviceAdminService devices, ZoneId zone) {
		this.devices = devices;
		this.zone = zone;
		setSizeFull();
		setPadding(false);
		this.name.setPlaceholder(getTranslation("users.displays.name"));
		this.name.setMaxLength(64);
		this.create.setText(getTranslation("users.displays.create"));
		this.create.setIcon(VaadinIcon.PLUS.create());
		this.create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.create.addClickListener(click -> create());
		this.create.addClickShortcut(Key.ENTER).listenOn(this.name);
		HorizontalLayout toolbar = new HorizontalLayout(this.name, this.create);
		toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		this.grid.addClassName("display-devices");
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
		this.grid.setEmptyStateText(getTranslation("users.displays.empty"));
		this.grid.addColumn(DisplayDeviceSummary::name).setKey("name").setHeader(getTranslation("users.displays.name"));
		this.grid.addColumn(device -> time(device.createdAt()))
			.setKey("createdAt")
			.setHeader(getTranslation("users.displays.created-at"))
			.setAutoWidth(true);
		this.grid.addColumn(device -> time(device.lastSeenAt()))
			.setKey("lastSeenAt")
			.setHeader(getTranslation("users.displays.last-seen-at"))
			.setAutoWidth(true);
		this.grid.addComponentColumn(this::state).setKey("state").setHeader(getTranslation("users.column.status"));
		add(toolbar, this.grid);
		setFlexGrow(1, this.grid);
		refresh();
	}

	private void refresh() {
		this.grid.setItems(this.devices.devices());
	}

	private void create() {
		IssuedDisplayToken issued;
		try {
			issued = this.devices.createDevice(this.name.getValue());
		}
		catch (FieldRejectedException ex) {
			this.name.setErrorMessage(getTranslation(ex.messageKey()));
			this.name.setInvalid(true);
			return;
		}
		this.name.clear();
		this.name.setInvalid(false);
		refresh();
		showToken(issued);
	}

	private void showToken(IssuedDisplayToken issued) {
		new OneTimeSecretDialog(getTranslation("users.displays.token.header"),
				getTranslation("users.displays.token.text", issued.device().name()), issued.token())
			.open();
	}

	private HorizontalLayout state(DisplayDeviceSummary device) {
		Span badge = StatusBadge.archivedOr(device.revoked(), getTranslation("users.displays.revoked"),
				getTranslation("users.displays.active"));
		HorizontalLayout cell = new HorizontalLayout(badge);
		if (!device.revoked()) {
			Button rotate = new Button(getTranslation("users.displays.rotate"), click -> confirmRotate(device));
			rotate.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
			rotate.addClassName("display-rotate");
			cell.add(rotate);
			Button revoke = new Button(getTranslation("users.displays.revoke"), click -> confirmRevoke(device));
			revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
			revoke.addClassName("display-revoke");
			cell.add(revoke);
		}
		return cell;
	}

	private void confirmRotate(DisplayDeviceSummary device) {
		ConfirmDialog dialog = Confirmation.dangerous("display-rotate-confirm",
				getTranslation("users.displays.rotate.header"),
				getTranslation("users.displays.rotate.text", device.name()), getTranslation("users.displays.rotate"));
		dialog.addConfirmListener(event -> {
			IssuedDisplayToken issued = this.devices.rotateToken(device.id());
			refresh();
			showToken(issued);
		});
		dialog.open();
	}

	private void confirmRevoke(DisplayDeviceSummary device) {
		ConfirmDialog dialog = Confirmation.dangerous("display-revoke-confirm",
				getTranslation("users.displays.revoke.header"),
				getTranslation("users.displays.revoke.text", device.name()), getTranslation("users.displays.revoke"));
		dialog.addConfirmListener(event -> {
			this.devices.revokeDevice(device.id());
			refresh();
		});
		dialog.open();
	}

	private String time(@Nullable Instant instant) {
		return (instant == null) ? getTranslation("users.displays.never") : TIME.format(instant.atZone(this.zone));
	}

}
