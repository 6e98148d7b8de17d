package cn.pinghu.socialwork.workdays.ui;

import java.time.LocalDate;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.support.KaribuSupport;
import cn.pinghu.socialwork.workdays.DayKind;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** 工作日历 on a year the demo seeds leave empty. */
class WorkingCalendarViewIT extends KaribuSupport {

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeEntries() {
		this.jdbc.update("DELETE FROM working_calendar_day WHERE name LIKE '卡瑞布%'");
	}

	@Test
	void a_year_without_entries_says_so_and_an_administrator_adds_and_removes_a_day() {
		login("admin", Role.Names.ADMIN);
		UI.getCurrent().navigate(WorkingCalendarView.ROUTE);
		WorkingCalendarView view = LocatorJ._get(WorkingCalendarView.class);
		int year = view.year.getValue() + 1;
		this.jdbc.update("DELETE FROM working_calendar_day WHERE YEAR(day) = ?", year);
		view.year.setValue(year);
		assertThat(view.empty.isVisible()).isTrue();
		assertThat(view.empty.getText()).startsWith(year + " 年尚未登记节假日");

		view.day.setValue(LocalDate.of(year, 10, 1));
		view.kind.setValue(DayKind.HOLIDAY);
		view.name.setValue("卡瑞布国庆节");
		ButtonKt._click(view.add);
		ButtonKt._click(view.add);

		assertThat(view.empty.isVisible()).isFalse();
		assertThat(GridKt._size(view.days)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("SELECT kind FROM working_calendar_day WHERE day = ?", String.class,
				LocalDate.of(year, 10, 1)))
			.isEqualTo("HOLIDAY");

		ButtonKt._click(LocatorJ._get(GridKt._getCellComponent(view.days, 0, "actions"), Button.class));
		ConfirmDialogKt._fireConfirm(
				LocatorJ._get(ConfirmDialog.class, spec -> spec.withClasses("working-calendar-remove-dialog")));

		assertThat(GridKt._size(view.days)).isZero();
		assertThat(view.empty.isVisible()).isTrue();
	}

	@Test
	void only_administrators_open_it() {
		login("coordinator", Role.Names.COORDINATOR);
		UI.getCurrent().navigate(WorkingCalendarView.ROUTE);

		assertThat(LocatorJ._find(WorkingCalendarView.class)).isEmpty();
	}

}
