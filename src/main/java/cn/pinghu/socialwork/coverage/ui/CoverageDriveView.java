package cn.pinghu.socialwork.coverage.ui;

import java.math.BigDecimal;

import cn.pinghu.socialwork.coverage.CoverageActionRejectedException;
import cn.pinghu.socialwork.coverage.CoverageDriveEdited;
import cn.pinghu.socialwork.coverage.CoverageDriveService;
import cn.pinghu.socialwork.coverage.DriveLifecycleService;
import cn.pinghu.socialwork.coverage.DriveSettings;
import cn.pinghu.socialwork.coverage.TargetSettings;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.shared.Percentages;
import cn.pinghu.socialwork.shared.data.StaleVersionException;
import cn.pinghu.socialwork.shared.events.DomainEventFeed;
import cn.pinghu.socialwork.shared.ui.Confirmation;
import cn.pinghu.socialwork.shared.ui.LiveUpdates;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The drive's settings for administrators: with no drive open, a way to open one; with
 * one, its name, period and the thresholds of its scope, each town's target, and a way to
 * close it. Each is edited in a dialog and audited.
 */
@Route(CoverageDriveView.ROUTE)
@Menu(title = "nav.coverage-drive", order = 33, icon = "vaadin:cog")
@RolesAllowed(Role.Names.ADMIN)
class CoverageDriveView extends VerticalLayout implements HasDynamicTitle {

	static final String ROUTE = "coverage/drive";

	final Grid<TargetSettings> targets = new Grid<>();

	final Button edit = new Button();

	final Button open = new Button();

	final Button close = new Button();

	final Span summary = new Span();

	private final transient CoverageDriveService drives;

	private final transient DriveLifecycleService lifecycle;

	private final H2 title = new H2();

	private final Span hint = new Span();

	private @Nullable DriveSettings drive;

	CoverageDriveView(CoverageDriveService drives, DriveLifecycleService lifecycle, DomainEventFeed feed) {
		this.drives = drives;
		this.lifecycle = lifecycle;
		setSizeFull();
		this.open.setText(getTranslation("coverage.drive.open"));
		this.open.setIcon(VaadinIcon.PLUS.create());
		this.open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.open.addClassName("coverage-drive-open");
		this.open.addClickListener(click -> new DriveDialog(this.drives, this.lifecycle, this::refresh).open());
		this.close.setText(getTranslation("coverage.drive.close"));
		this.close.addThemeVariants(ButtonVariant.LUMO_ERROR);
		this.close.addClassName("coverage-drive-close");
		this.close.addClickListener(click -> confirmClose());
		this.summary.addClassName("coverage-drive-summary");
		this.edit.setText(getTranslation("coverage.drive.edit"));
		this.edit.setIcon(VaadinIcon.EDIT.create());
		this.edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.edit.addClassName("coverage-drive-edit");
		this.edit.addClickListener(click -> {
			DriveSettings shown = this.drive;
			if (shown != null) {
				new DriveDialog(this.drives, this.lifecycle, shown, this::refresh).open();
			}
		});
		this.targets.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		this.targets.setAllRowsVisible(true);
		this.targets.addColumn(TargetSettings::townName)
			.setKey("town")
			.setHeader(getTranslation("coverage.column.town"));
		this.targets.addColumn(target -> percent(target.startRate()))
			.setKey("startRate")
			.setHeader(getTranslation("coverage.target.start-rate"))
			.setTextAlign(ColumnTextAlign.END);
		this.targets.addColumn(target -> percent(target.targetRate()))
			.setKey("targetRate")
			.setHeader(getTranslation("coverage.target.target-rate"))
			.setTextAlign(ColumnTextAlign.END);
		this.targets.addColumn(target -> (target.dueOn() != null) ? target.dueOn().toString() : "")
			.setKey("dueOn")
			.setHeader(getTranslation("coverage.target.due-on"));
		this.targets.addItemClickListener(click -> {
			DriveSettings shown = this.drive;
			if (shown != null) {
				new TargetDialog(this.drives, shown, click.getItem(), this::refresh).open();
			}
		});
		this.hint.setText(getTranslation("coverage.target.hint"));
		this.hint.getStyle()
			.set("color", "var(--lumo-secondary-text-color)")
			.set("font-size", "var(--lumo-font-size-s)");
		add(this.title, this.summary, new HorizontalLayout(this.open, this.edit, this.close), this.hint, this.targets);
		// Another administrator's opening, closing or change shows here too.
		LiveUpdates.whileAttached(this, LiveUpdates.feed(feed, CoverageDriveEdited.class), this::refresh);
		refresh();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("coverage.drive.title");
	}

	private void refresh() {
		this.drive = this.drives.current().orElse(null);
		DriveSettings shown = this.drive;
		this.open.setVisible(shown == null);
		this.edit.setVisible(shown != null);
		this.close.setVisible(shown != null);
		this.hint.setVisible(shown != null);
		this.targets.setVisible(shown != null);
		if (shown == null) {
			this.title.setText(getTranslation("coverage.drive.title"));
			this.summary.setText(getTranslation("coverage.drive.none"));
			this.targets.setItems();
			return;
		}
		this.title.setText(shown.name());
		this.summary.setText(getTranslation("coverage.drive.summary", shown.startsOn().toString(),
				shown.endsOn().toString(), shown.economicThreshold(), shown.socialThreshold()));
		this.targets.setItems(shown.targets());
	}

	private void confirmClose() {
		DriveSettings shown = this.drive;
		if (shown == null) {
			return;
		}
		ConfirmDialog dialog = Confirmation.dangerous("coverage-drive-close-confirm",
				getTranslation("coverage.drive.close-confirm.title", shown.name()),
				getTranslation("coverage.drive.close-confirm.text"), getTranslation("coverage.drive.close"));
		dialog.addConfirmListener(event -> {
			try {
				this.lifecycle.close(shown.id(), shown.version());
				Notification.show(getTranslation("coverage.drive.closed"), 3000, Notification.Position.BOTTOM_START)
					.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			}
			catch (StaleVersionException ex) {
				notifyError(getTranslation("coverage.action.stale"));
			}
			catch (CoverageActionRejectedException ex) {
				notifyError(getTranslation(ex.messageKey(), ex.arguments()));
			}
			refresh();
		});
		dialog.open();
	}

	private static void notifyError(String message) {
		Notification.show(message, 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
	}

	private String percent(@Nullable BigDecimal rate) {
		return (rate == null) ? getTranslation("coverage.target.none")
				: getTranslation("coverage.rate", Percentages.shown(rate).toPlainString());
	}

}
