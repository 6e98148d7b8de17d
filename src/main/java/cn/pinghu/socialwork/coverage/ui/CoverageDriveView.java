package cn.pinghu.socialwork.coverage.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;

import cn.pinghu.socialwork.coverage.CoverageDriveService;
import cn.pinghu.socialwork.coverage.DriveSettings;
import cn.pinghu.socialwork.coverage.TargetSettings;
import cn.pinghu.socialwork.identity.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The drive's settings for administrators: name, period and the thresholds of its scope,
 * and each town's target; each edited in a dialog and audited.
 */
@Route(CoverageDriveView.ROUTE)
@Menu(title = "nav.coverage-drive", order = 33, icon = "vaadin:cog")
@RolesAllowed(Role.Names.ADMIN)
class CoverageDriveView extends VerticalLayout implements HasDynamicTitle {

	static final String ROUTE = "coverage/drive";

	final Grid<TargetSettings> targets = new Grid<>();

	final Button edit = new Button();

	private final transient CoverageDriveService drives;

	private final H2 title = new H2();

	private final Span summary = new Span();

	private @Nullable DriveSettings drive;

	CoverageDriveView(CoverageDriveService drives) {
		this.drives = drives;
		setSizeFull();
		this.summary.addClassName("coverage-drive-summary");
		this.edit.setText(getTranslation("coverage.drive.edit"));
		this.edit.setIcon(VaadinIcon.EDIT.create());
		this.edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.edit.addClassName("coverage-drive-edit");
		this.edit.addClickListener(click -> {
			DriveSettings shown = this.drive;
			if (shown != null) {
				new DriveDialog(this.drives, shown, this::refresh).open();
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
		Span hint = new Span(getTranslation("coverage.target.hint"));
		hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
		add(this.title, this.summary, this.edit, hint, this.targets);
		refresh();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("coverage.drive.title");
	}

	private void refresh() {
		this.drive = this.drives.current().orElse(null);
		DriveSettings shown = this.drive;
		if (shown == null) {
			this.title.setText(getTranslation("coverage.drive.title"));
			this.summary.setText(getTranslation("coverage.no-drive"));
			this.edit.setEnabled(false);
			this.targets.setItems();
			return;
		}
		this.title.setText(shown.name());
		this.summary.setText(getTranslation("coverage.drive.summary", shown.startsOn().toString(),
				shown.endsOn().toString(), shown.economicThreshold(), shown.socialThreshold()));
		this.edit.setEnabled(true);
		this.targets.setItems(shown.targets());
	}

	private String percent(@Nullable BigDecimal rate) {
		return (rate == null) ? getTranslation("coverage.target.none")
				: getTranslation("coverage.rate", rate.setScale(1, RoundingMode.HALF_UP).toPlainString());
	}

}
