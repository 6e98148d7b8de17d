package cn.pinghu.socialwork.region.ui;

import java.time.LocalDate;
import java.util.List;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.region.RegionFixture;
import cn.pinghu.socialwork.region.RegionService;
import cn.pinghu.socialwork.shared.report.WeeklyReport;
import cn.pinghu.socialwork.support.KaribuSupport;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Installed for another county (嘉善县, 330421), the console names that county wherever it
 * names the region: the wall screens' titles, the console's title and the weekly report.
 */
class RegionNamedEverywhereIT extends KaribuSupport {

	@Autowired
	private SecurityContextHolderStrategy securityContexts;

	@Autowired
	RegionService regions;

	@Autowired
	WeeklyReport report;

	@Autowired
	JdbcTemplate jdbc;

	private RegionFixture fixture;

	@BeforeEach
	void setJiashan() {
		this.fixture = new RegionFixture(this.regions, this.jdbc, this.securityContexts);
		this.fixture.setJiashan();
	}

	@AfterEach
	void restore() {
		this.fixture.restore();
	}

	@Test
	void every_wall_screen_is_titled_after_the_region() {
		login("admin", Role.Names.ADMIN);

		assertThat(screenTitle("screen")).isEqualTo("嘉善县社会工作实时大屏");
		assertThat(screenTitle("screen/coverage")).isEqualTo("嘉善县“两个覆盖”攻坚大屏");
		assertThat(screenTitle("screen/elections")).isEqualTo("嘉善县村社区“两委”换届大屏");
	}

	@Test
	void the_console_title_names_the_region() {
		login("admin", Role.Names.ADMIN);
		UI.getCurrent().navigate(RegionSettingsView.ROUTE);

		List<String> texts = _find(Span.class).stream().map(HasText::getText).toList();

		assertThat(texts).contains("嘉善县社会工作控制台").noneMatch(text -> text.contains("平湖"));
	}

	@Test
	void the_weekly_report_file_names_the_region() {
		login("leader", Role.Names.LEADER);

		assertThat(this.report.fileName()).startsWith("嘉善县社会工作周报-").endsWith(".xlsx");
		LocalDate.parse(this.report.fileName()
			.substring("嘉善县社会工作周报-".length(), this.report.fileName().length() - ".xlsx".length()));
	}

	private static String screenTitle(String route) {
		UI.getCurrent().navigate(route);
		return _get(H1.class, spec -> spec.withClasses("big-screen-title")).getText();
	}

}
