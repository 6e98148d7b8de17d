package cn.pinghu.socialwork.reports.ui;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.reports.WeeklyPeriod;
import cn.pinghu.socialwork.reports.WeeklyReportService;
import cn.pinghu.socialwork.shared.report.ui.WeeklyReportLink;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 报表 for leaders and administrators: each report with what it holds, the period it covers
 * and its download. The same downloads stand on the campaign dashboards.
 */
@Route(ReportListView.ROUTE)
@Menu(title = "nav.reports", order = 50, icon = "vaadin:file-table")
@RolesAllowed({ Role.Names.LEADER, Role.Names.ADMIN })
class ReportListView extends VerticalLayout implements HasDynamicTitle {

	static final String ROUTE = "reports";

	static final String WEEKLY_ID = "report-weekly";

	final WeeklyReportLink weeklyDownload;

	final Paragraph weeklyPeriod = new Paragraph();

	ReportListView(WeeklyReportService weeklyReport) {
		setMaxWidth("48rem");
		WeeklyPeriod period = weeklyReport.period();
		this.weeklyPeriod.setText(getTranslation("report.weekly.period", period.from().toString(),
				period.reportDate().toString(), period.reportDate().toString()));
		this.weeklyDownload = new WeeklyReportLink(weeklyReport);
		Paragraph format = new Paragraph(getTranslation("report.weekly.format", period.fileName()));
		format.addClassName("report-format");
		Div weekly = new Div(new H3(getTranslation("report.weekly.title")),
				new Paragraph(getTranslation("report.weekly.description")), this.weeklyPeriod, format,
				this.weeklyDownload);
		weekly.setId(WEEKLY_ID);
		weekly.addClassName("report-card");
		add(new H2(getTranslation("report.list.title")), new Paragraph(getTranslation("report.list.intro")), weekly);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("report.list.title");
	}

}
