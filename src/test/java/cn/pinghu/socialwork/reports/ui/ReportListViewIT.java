package cn.pinghu.socialwork.reports.ui;

import java.time.LocalDate;

import cn.pinghu.socialwork.coverage.CoverageFigures;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.shared.ui.AccessDeniedView;
import cn.pinghu.socialwork.support.KaribuSupport;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ReportListViewIT extends KaribuSupport {

	@Autowired
	CoverageFigures coverage;

	@ParameterizedTest
	@ValueSource(strings = { Role.Names.LEADER, Role.Names.ADMIN })
	void leaders_and_administrators_find_the_weekly_report_with_its_period_and_download(String role) {
		login("someone", role);
		UI.getCurrent().navigate(ReportListView.ROUTE);
		LocalDate today = this.coverage.today();

		ReportListView view = _get(ReportListView.class);
		assertThat(view.weeklyPeriod.getText())
			.isEqualTo("统计周期：" + today.minusDays(7) + " 至 " + today + "（近 7 天），报告日期 " + today);
		assertThat(view.weeklyDownload.isVisible()).isTrue();
		assertThat(view.weeklyDownload.getElement().getTextRecursively()).isEqualTo("下载周报");
		assertThat(view.weeklyDownload.getHref()).isNotBlank();
		assertThat(_get(view, com.vaadin.flow.component.html.Div.class, spec -> spec.withId(ReportListView.WEEKLY_ID))
			.getElement()
			.getTextRecursively()).contains("平湖市社会工作周报-" + today + ".xlsx");
	}

	@ParameterizedTest
	@ValueSource(strings = { Role.Names.COORDINATOR, Role.Names.DISPLAY })
	void nobody_else_opens_the_reports(String role) {
		login("someone", role);
		UI.getCurrent().navigate(ReportListView.ROUTE);

		assertThat(_find(ReportListView.class)).isEmpty();
		assertThat(_find(AccessDeniedView.class)).hasSize(1);
	}

	@Test
	void the_page_is_titled_in_chinese() {
		login("leader", Role.Names.LEADER);
		UI.getCurrent().navigate(ReportListView.ROUTE);

		assertThat(_get(ReportListView.class).getPageTitle()).isEqualTo("报表");
	}

}
