package cn.pinghu.socialwork.coverage.ui;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.pinghu.socialwork.coverage.CoverageDriveService;
import cn.pinghu.socialwork.coverage.DriveSettings;
import cn.pinghu.socialwork.coverage.TargetChange;
import cn.pinghu.socialwork.coverage.TargetSettings;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.shared.events.DomainEvents;
import cn.pinghu.socialwork.shared.ui.AccessDeniedView;
import cn.pinghu.socialwork.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class CoverageDriveViewIT extends KaribuSupport {

	@Autowired
	CoverageDriveService drives;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	DomainEvents events;

	private TargetSettings original;

	private SeededDrive seeded;

	@AfterEach
	void restoreTheSeededDrive() {
		if (this.seeded != null) {
			this.seeded.restore();
		}
	}

	@AfterEach
	void restoreTheTarget() {
		if (this.original != null) {
			this.jdbc.update(
					"UPDATE coverage_target SET target_rate = ?, due_on = ? WHERE town_id = ? AND drive_id = 1",
					this.original.targetRate(), this.original.dueOn(), this.original.townId());
			this.jdbc.update("DELETE FROM audit_entry WHERE entity_type = ?", CoverageDriveService.TARGET);
		}
	}

	@Test
	void an_administrator_sets_a_towns_target_and_bad_rates_are_shown_at_their_fields() {
		login("admin", Role.Names.ADMIN);
		UI.getCurrent().navigate(CoverageDriveView.ROUTE);
		CoverageDriveView view = LocatorJ._get(CoverageDriveView.class);
		DriveSettings drive = this.drives.current().orElseThrow();
		this.original = drive.targets().get(0);

		GridKt._clickItem(view.targets, 0);
		TargetDialog dialog = LocatorJ._get(TargetDialog.class);
		dialog.targetRate.setValue(new BigDecimal("10"));
		dialog.dueOn.setValue(drive.endsOn().plusDays(1));
		ButtonKt._click(dialog.saveButton());

		assertThat(dialog.isOpened()).isTrue();
		assertThat(dialog.targetRate.getErrorMessage()).isEqualTo("目标覆盖率不能低于起始覆盖率。");

		dialog.targetRate.setValue(new BigDecimal("99"));
		ButtonKt._click(dialog.saveButton());
		assertThat(dialog.dueOn.getErrorMessage())
			.isEqualTo("完成日期须在攻坚期 " + drive.startsOn() + " 至 " + drive.endsOn() + " 内。");

		dialog.dueOn.setValue(drive.endsOn());
		ButtonKt._click(dialog.saveButton());

		assertThat(dialog.isOpened()).isFalse();
		assertThat(this.drives.current().orElseThrow().targets().get(0).targetRate()).isEqualByComparingTo("99");
		assertThat(GridKt._get(view.targets, 0).targetRate()).isEqualByComparingTo("99");
	}

	@Test
	void a_target_changed_by_somebody_else_meanwhile_is_not_overwritten() {
		login("admin", Role.Names.ADMIN);
		UI.getCurrent().navigate(CoverageDriveView.ROUTE);
		CoverageDriveView view = LocatorJ._get(CoverageDriveView.class);
		DriveSettings drive = this.drives.current().orElseThrow();
		this.original = drive.targets().get(0);
		GridKt._clickItem(view.targets, 0);
		TargetDialog dialog = LocatorJ._get(TargetDialog.class);

		this.drives.setTarget(new TargetChange(drive.id(), this.original.townId(), this.original.version(),
				this.original.startRate(), new BigDecimal("96"), this.original.dueOn()));
		dialog.targetRate.setValue(new BigDecimal("98"));
		ButtonKt._click(dialog.saveButton());

		assertThat(dialog.isOpened()).isTrue();
		assertThat(dialog.errorText()).isEqualTo("该记录已被他人修改，请关闭后刷新再试。");
		assertThat(this.drives.current().orElseThrow().targets().get(0).targetRate()).isEqualByComparingTo("96");
	}

	@Test
	void an_administrator_closes_the_drive_opens_the_next_and_the_dashboard_shows_it() {
		this.seeded = new SeededDrive(this.jdbc, this.transactions, this.events);
		login("admin", Role.Names.ADMIN);
		UI.getCurrent().navigate(CoverageDriveView.ROUTE);
		CoverageDriveView view = LocatorJ._get(CoverageDriveView.class);
		assertThat(view.open.isVisible()).isFalse();

		ButtonKt._click(view.close);
		ConfirmDialogKt
			._fireConfirm(LocatorJ._get(ConfirmDialog.class, spec -> spec.withClasses("coverage-drive-close-confirm")));

		assertThat(this.drives.current()).isEmpty();
		assertThat(view.summary.getText()).startsWith("目前没有进行中的集中攻坚。");
		assertThat(view.targets.isVisible()).isFalse();
		ButtonKt._click(view.open);
		DriveDialog dialog = LocatorJ._get(DriveDialog.class);
		dialog.name.setValue("2027年“两个覆盖”集中攻坚");
		dialog.startsOn.setValue(LocalDate.of(2027, 1, 1));
		dialog.endsOn.setValue(LocalDate.of(2027, 12, 31));
		ButtonKt._click(dialog.saveButton());

		assertThat(dialog.isOpened()).isFalse();
		DriveSettings opened = this.drives.current().orElseThrow();
		assertThat(opened.name()).isEqualTo("2027年“两个覆盖”集中攻坚");
		assertThat(opened.economicThreshold()).isEqualTo(DriveDialog.ECONOMIC_THRESHOLD);
		assertThat(view.targets.isVisible()).isTrue();
		GridKt._clickItem(view.targets, 0);
		TargetDialog target = LocatorJ._get(TargetDialog.class);
		target.startRate.setValue(new BigDecimal("40"));
		target.targetRate.setValue(new BigDecimal("80"));
		ButtonKt._click(target.saveButton());
		assertThat(target.isOpened()).isFalse();

		UI.getCurrent().navigate(CoverageDashboardView.class);
		assertThat(LocatorJ._get(H2.class).getText()).isEqualTo("2027年“两个覆盖”集中攻坚");
		assertThat(LocatorJ._get(CoverageDashboardView.class).noDrive.isVisible()).isFalse();
		assertThat(GridKt._getFormattedRow(LocatorJ._get(Grid.class), 0)).contains("80.0%（2027-12-31 前）");
	}

	@Test
	void coordinators_and_leaders_are_kept_out() {
		login("leader", Role.Names.LEADER);
		UI.getCurrent().navigate(CoverageDriveView.ROUTE);
		assertThat(LocatorJ._find(AccessDeniedView.class)).isNotEmpty();
	}

}
