package cn.pinghu.socialwork.setup.ui;

import java.nio.charset.StandardCharsets;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.places.TownDetails;
import cn.pinghu.socialwork.places.TownService;
import cn.pinghu.socialwork.region.RegionFixture;
import cn.pinghu.socialwork.region.RegionPack;
import cn.pinghu.socialwork.region.RegionService;
import cn.pinghu.socialwork.shared.events.DomainEvents;
import cn.pinghu.socialwork.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValidationUtilsKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first-run setup on a fresh region: an administrator who signs in is sent to it, a
 * prefecture's code is refused, and the Pinghu region pack gives the region, its outline
 * and its towns; a sheet of towns adds a town and lists the rows it refused. Afterwards
 * the demo's region is put back.
 */
class SetupViewIT extends KaribuSupport {

	private static final String ADDED_TOWN = "T98";

	@Autowired
	private SecurityContextHolderStrategy securityContexts;

	@Autowired
	RegionService regions;

	@Autowired
	TownService towns;

	@Autowired
	DomainEvents events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	private RegionFixture fixture;

	@BeforeEach
	void remember() {
		this.fixture = new RegionFixture(this.regions, this.jdbc, this.securityContexts);
	}

	@AfterEach
	void restore() {
		this.jdbc.update(
				"DELETE FROM audit_entry WHERE entity_type = ? AND entity_id IN (SELECT id FROM town WHERE code = ?)",
				TownService.TOWN, ADDED_TOWN);
		this.jdbc.update("DELETE FROM town WHERE code = ?", ADDED_TOWN);
		this.fixture.restore();
	}

	@Test
	void a_fresh_install_is_set_up_from_the_pinghu_pack_step_by_step() {
		this.fixture.clear(this.transactions, this.events);
		letTheFeedCatchUp();
		login("admin", Role.Names.ADMIN);
		UI.getCurrent().navigate("stations");

		assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo(SetupView.ROUTE);
		SetupView view = _get(SetupView.class);
		// the demo's towns, communities and coordinators are there; the region and its
		// outline are not
		assertThat(view.progressText.getText()).isEqualTo("已完成 3 / 5 步");
		assertThat(view.progressBar.getValue()).isEqualTo(3);
		assertThat(view.skip.isVisible()).isTrue();
		assertThat(view.next.isVisible()).isFalse();

		RegionStep region = view.region;
		HasValueUtilsKt._setValue(region.name, "平湖市");
		HasValueUtilsKt._setValue(region.divisionCode, "330400");
		HasValueUtilsKt._setValue(region.department, "中共平湖市委社会工作部");
		ButtonKt._click(region.save);
		HasValidationUtilsKt._expectInvalid(region.divisionCode, "330400 是地级（设区的市）行政区划代码，请填写县级（县、县级市、区）代码，如 330421");
		assertThat(this.regions.current().isSet()).isFalse();

		RegionPack pinghu = region.pack.getListDataView()
			.getItems()
			.filter(pack -> pack.id().equals("pinghu"))
			.findFirst()
			.orElseThrow();
		HasValueUtilsKt._setValue(region.pack, pinghu);
		assertThat(region.divisionCode.getValue()).isEqualTo("330482");
		ButtonKt._click(region.save);
		assertThat(this.regions.current().name()).isEqualTo("平湖市");
		assertThat(this.regions.current().divisionCode()).isEqualTo("330482");
		assertThat(view.progressText.getText()).isEqualTo("已完成 4 / 5 步");
		assertThat(view.next.isVisible()).isTrue();

		ButtonKt._click(view.next);
		assertThat(view.tabs.getSelectedIndex()).isEqualTo(1);
		ButtonKt._click(_get(view.outline, Button.class, spec -> spec.withClasses("setup-outline-pack-pinghu")));
		assertThat(_get(view.outline, Paragraph.class, spec -> spec.withId("region-outline-summary")).getText())
			.startsWith("待保存的新轮廓：1 个多边形");
		ButtonKt._click(view.outline.save);
		assertThat(this.regions.current().outline()).isNotNull();
		assertThat(this.regions.current().boundingBox().minLatitude()).isEqualByComparingTo("30.58");
		assertThat(view.progressText.getText()).isEqualTo("已完成 5 / 5 步");

		ButtonKt._click(view.next);
		ButtonKt._click(_get(view.towns, Button.class, spec -> spec.withClasses("setup-towns-pack-pinghu")));
		assertThat(view.towns.result.getText()).isEqualTo("新增 0 个，更新 0 个，无变化 9 个，未导入 0 行。");
		assertThat(this.towns.townByCode("T04").orElseThrow().divisionCode()).isEqualTo("330482101");

		String sheet = """
				code,name,kind,division_code
				T98,测试新增镇,镇,330482198
				T97,,镇,
				T96,外县镇,街道,330421001
				T95,测试乡,乡,
				""";
		view.towns.importSheet(sheet.getBytes(StandardCharsets.UTF_8), "towns.csv");
		assertThat(view.towns.result.getText()).isEqualTo("新增 1 个，更新 0 个，无变化 0 个，未导入 3 行。");
		assertThat(_find(view.towns.problems, ListItem.class)).extracting(ListItem::getText)
			.containsExactly("第 3 行：请填写名称", "第 4 行：区划代码须以本辖区的县级代码 330482 开头",
					"第 5 行：类型“乡”无法识别：请填写 镇 或 街道（TOWN 或 SUBDISTRICT）");
		TownDetails added = this.towns.townByCode(ADDED_TOWN).orElseThrow();
		assertThat(added.name()).isEqualTo("测试新增镇");
		assertThat(added.divisionCode()).isEqualTo("330482198");

		ButtonKt._click(view.next);
		assertThat(view.communities.count.getText()).startsWith("目前共有");
		ButtonKt._click(view.communities.open);
		assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
			.isEqualTo(SetupView.COMMUNITIES_ROUTE);

		UI.getCurrent().navigate(SetupView.ROUTE);
		SetupView again = _get(SetupView.class);
		again.tabs.setSelectedIndex(4);
		ButtonKt._click(again.users.open);
		assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo(SetupView.USERS_ROUTE);
	}

	@Test
	void an_administrator_is_offered_the_setup_only_while_the_region_is_not_set() {
		login("admin", Role.Names.ADMIN);
		UI.getCurrent().navigate("stations");

		assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("stations");
	}

	@Test
	void a_coordinator_is_never_sent_to_the_setup() {
		this.fixture.clear(this.transactions, this.events);
		letTheFeedCatchUp();
		login("coordinator", Role.Names.COORDINATOR);
		UI.getCurrent().navigate("stations");

		assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("stations");
	}

	/** The region as a fresh install has it: not set, on every node's copy. */

}
