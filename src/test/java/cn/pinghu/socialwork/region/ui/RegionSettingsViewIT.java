package cn.pinghu.socialwork.region.ui;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.region.Outlines;
import cn.pinghu.socialwork.region.RegionFixture;
import cn.pinghu.socialwork.region.RegionService;
import cn.pinghu.socialwork.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValidationUtilsKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
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
 * 辖区设置: an administrator sees the region, a prefecture code is refused at its field in
 * Chinese, and a new outline is previewed by its box and replaces the stored one only
 * after a confirmation.
 */
class RegionSettingsViewIT extends KaribuSupport {

	@Autowired
	private SecurityContextHolderStrategy securityContexts;

	@Autowired
	RegionService regions;

	@Autowired
	JdbcTemplate jdbc;

	private RegionFixture fixture;

	@BeforeEach
	void remember() {
		this.fixture = new RegionFixture(this.regions, this.jdbc, this.securityContexts);
	}

	@AfterEach
	void restore() {
		this.fixture.restore();
	}

	@Test
	void a_prefecture_code_is_refused_at_its_field_and_nothing_is_stored() {
		login("admin", Role.Names.ADMIN);
		UI.getCurrent().navigate(RegionSettingsView.ROUTE);
		RegionSettingsView view = _get(RegionSettingsView.class);
		assertThat(view.name.getValue()).isEqualTo(this.regions.current().name());

		HasValueUtilsKt._setValue(view.divisionCode, "330400");
		ButtonKt._click(view.save);

		HasValidationUtilsKt._expectInvalid(view.divisionCode, "330400 是地级（设区的市）行政区划代码，请填写县级（县、县级市、区）代码，如 330421");
		assertThat(this.regions.current().divisionCode()).isEqualTo("330482");
	}

	@Test
	void a_new_outline_is_previewed_and_replaces_the_stored_one_after_a_confirmation() {
		login("admin", Role.Names.ADMIN);
		UI.getCurrent().navigate(RegionSettingsView.ROUTE);
		RegionSettingsView view = _get(RegionSettingsView.class);
		HasValueUtilsKt._setValue(view.name, RegionFixture.JIASHAN);
		HasValueUtilsKt._setValue(view.divisionCode, RegionFixture.JIASHAN_CODE);
		HasValueUtilsKt._setValue(view.department, RegionFixture.JIASHAN_DEPARTMENT);

		view.outline.accept(Outlines.CONCAVE);

		assertThat(view.outline.summary.getText()).isEqualTo("待保存的新轮廓：1 个多边形，外接矩形 北纬 30.8 至 31 度，东经 120.8 至 121 度。");
		assertThat(view.minLatitude.getValue()).isEqualByComparingTo("30.8");
		assertThat(view.minLatitude.isReadOnly()).isTrue();

		ButtonKt._click(view.save);
		assertThat(this.regions.current().name()).isEqualTo("平湖市");
		ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withClasses("region-outline-confirm"));
		ConfirmDialogKt._fireConfirm(confirm);

		assertThat(this.regions.current().name()).isEqualTo(RegionFixture.JIASHAN);
		assertThat(this.regions.current().outline().geoJson()).isEqualTo(Outlines.CONCAVE);
		assertThat(view.outline.summary.getText()).startsWith("当前轮廓：1 个多边形");
	}

	@Test
	void a_file_that_is_not_an_outline_is_refused_and_the_stored_outline_stays() {
		login("admin", Role.Names.ADMIN);
		UI.getCurrent().navigate(RegionSettingsView.ROUTE);
		RegionSettingsView view = _get(RegionSettingsView.class);

		view.outline.accept("{\"type\":\"Point\",\"coordinates\":[120.9,30.9]}");

		assertThat(view.outline.error.getText()).isEqualTo("轮廓文件中没有面（Polygon 或 MultiPolygon）");
		assertThat(view.outline.summary.getText()).startsWith("当前轮廓：");
		assertThat(_find(ConfirmDialog.class)).isEmpty();
	}

}
