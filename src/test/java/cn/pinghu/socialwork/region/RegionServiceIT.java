package cn.pinghu.socialwork.region;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import cn.pinghu.socialwork.audit.AuditEntry;
import cn.pinghu.socialwork.audit.AuditService;
import cn.pinghu.socialwork.audit.FieldChange;
import cn.pinghu.socialwork.shared.data.FieldRejectedException;
import cn.pinghu.socialwork.shared.data.StaleVersionException;
import cn.pinghu.socialwork.support.ThisContextsSecurity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import static cn.pinghu.socialwork.region.RegionFixture.JIASHAN;
import static cn.pinghu.socialwork.region.RegionFixture.JIASHAN_CODE;
import static cn.pinghu.socialwork.region.RegionFixture.JIASHAN_DEPARTMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The region setting: the demo starts with the Pinghu region pack; only administrators
 * change it, each change audited and read at once; a code that is not county-level, an
 * unknown zone or a stale form changes nothing.
 */
@SpringBootTest
@ExtendWith(ThisContextsSecurity.class)
class RegionServiceIT {

	@Autowired
	private SecurityContextHolderStrategy securityContexts;

	@Autowired
	RegionService regions;

	@Autowired
	AuditService audit;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcTemplate jdbc;

	private RegionFixture fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new RegionFixture(this.regions, this.jdbc, this.securityContexts);
	}

	@AfterEach
	void tearDown() {
		this.fixture.restore();
		SecurityContextHolder.clearContext();
	}

	@Test
	void the_demo_region_is_the_pinghu_region_pack_with_its_outline() {
		RegionSetting demo = this.regions.current();

		assertThat(demo.name()).isEqualTo("平湖市");
		assertThat(demo.divisionCode()).isEqualTo("330482");
		assertThat(demo.department()).isEqualTo("中共平湖市委社会工作部");
		assertThat(demo.timeZone().getId()).isEqualTo("Asia/Shanghai");
		assertThat(demo.outline()).isNotNull();
		assertThat(demo.outline().boundingBox()).isEqualTo(demo.boundingBox());
		// every seeded station lies inside the pack's outline
		List<BigDecimal[]> stations = this.jdbc.query("SELECT latitude, longitude FROM rider_station",
				(row, n) -> new BigDecimal[] { row.getBigDecimal(1), row.getBigDecimal(2) });
		assertThat(stations).isNotEmpty()
			.allMatch(point -> demo.locate(point[0], point[1]) == RegionSetting.Location.INSIDE);
	}

	@Test
	void an_administrator_sets_another_county_which_is_audited_and_read_at_once() {
		RegionSetting saved = this.fixture.setJiashan();

		assertThat(saved.name()).isEqualTo(JIASHAN);
		assertThat(saved.boundingBox().minLatitude()).isEqualByComparingTo("30.80");
		assertThat(saved.boundingBox().maxLongitude()).isEqualByComparingTo("121.00");
		assertThat(this.regions.current().name()).isEqualTo(JIASHAN);
		assertThat(this.regions.regionName()).isEqualTo(JIASHAN);
		signIn("ADMIN");
		List<AuditEntry> history = this.audit.history(RegionService.REGION_SETTING, 1);
		assertThat(history).hasSize(1);
		assertThat(history.get(0).changes()).extracting(FieldChange::field)
			.contains("name", "divisionCode", "department", "boundingBox", "outline");
		assertThat(history.get(0).changes()).contains(new FieldChange("divisionCode", "330482", JIASHAN_CODE),
				new FieldChange("name", "平湖市", JIASHAN));
	}

	@Test
	void a_prefecture_code_is_refused_with_a_chinese_message_and_nothing_is_stored() {
		signIn("ADMIN");
		RegionSetting before = this.regions.current();
		RegionDraft prefecture = RegionDraft.of(before).withName(JIASHAN).withDivisionCode("330400");

		assertThatExceptionOfType(FieldRejectedException.class).isThrownBy(() -> this.regions.update(prefecture))
			.satisfies(ex -> {
				assertThat(ex.field()).isEqualTo("divisionCode");
				assertThat(this.messages.getMessage(ex.messageKey(), ex.arguments(), Locale.SIMPLIFIED_CHINESE))
					.isEqualTo("330400 是地级（设区的市）行政区划代码，请填写县级（县、县级市、区）代码，如 330421");
			});
		assertThat(this.regions.current()).isEqualTo(before);
		assertThat(this.jdbc.queryForObject("SELECT name FROM region_setting", String.class)).isEqualTo(before.name());
	}

	@Test
	void an_unknown_time_zone_and_a_blank_department_are_refused() {
		signIn("ADMIN");
		RegionSetting before = this.regions.current();
		RegionDraft draft = RegionDraft.of(before);

		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> this.regions.update(new RegionDraft(JIASHAN, JIASHAN_CODE, JIASHAN_DEPARTMENT,
					"Asia/Jiashan", null, null, draft.version())))
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("timeZone"));
		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> this.regions
				.update(new RegionDraft(JIASHAN, JIASHAN_CODE, "  ", "Asia/Shanghai", null, null, draft.version())))
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("department"));
		assertThat(this.regions.current()).isEqualTo(before);
	}

	@Test
	void a_form_read_before_another_save_is_refused() {
		signIn("ADMIN");
		RegionDraft stale = RegionDraft.of(this.regions.current()).withName(JIASHAN);
		this.fixture.setJiashan();

		assertThatExceptionOfType(StaleVersionException.class).isThrownBy(() -> this.regions.update(stale));
	}

	@Test
	void only_administrators_change_the_region() {
		for (String role : List.of("COORDINATOR", "LEADER")) {
			signIn(role);
			RegionDraft draft = RegionDraft.of(this.regions.current()).withName(JIASHAN);
			assertThatExceptionOfType(AccessDeniedException.class).as(role)
				.isThrownBy(() -> this.regions.update(draft));
		}
		assertThat(this.regions.current().name()).isEqualTo("平湖市");
	}

	private static void signIn(String role) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(role.toLowerCase(Locale.ROOT), null,
					AuthorityUtils.createAuthorityList("ROLE_" + role)));
	}

}
