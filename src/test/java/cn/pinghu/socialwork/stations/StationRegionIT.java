package cn.pinghu.socialwork.stations;

import java.math.BigDecimal;
import java.util.Locale;

import cn.pinghu.socialwork.region.RegionFixture;
import cn.pinghu.socialwork.region.RegionService;
import cn.pinghu.socialwork.shared.data.FieldRejectedException;
import cn.pinghu.socialwork.support.ThisContextsSecurity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import static cn.pinghu.socialwork.stations.TestStations.draft;
import static cn.pinghu.socialwork.stations.TestStations.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Station coordinates are checked against the region's outline: with a concave outline
 * (嘉善县's test outline, a square with a notch), a point in the notch lies in the bounding
 * box and is refused all the same, naming the region; a point in the outline is accepted.
 */
@SpringBootTest
@ExtendWith(ThisContextsSecurity.class)
class StationRegionIT {

	private static final long DANGHU = 1L;

	@Autowired
	private SecurityContextHolderStrategy securityContexts;

	@Autowired
	StationService stations;

	@Autowired
	RegionService regions;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcTemplate jdbc;

	private TestStations created;

	private RegionFixture region;

	@BeforeEach
	void setUp() {
		this.created = new TestStations(this.jdbc);
		this.region = new RegionFixture(this.regions, this.jdbc, this.securityContexts);
		this.region.setJiashan();
	}

	@AfterEach
	void tearDown() {
		SecurityContextHolder.clearContext();
		this.created.deleteAll();
		this.region.restore();
	}

	@Test
	void a_station_in_the_notch_of_a_concave_outline_is_refused_though_the_box_holds_it() {
		signIn("admin", "ADMIN");
		StationDraft notch = at("30.95", "120.90");

		assertThatExceptionOfType(FieldRejectedException.class).isThrownBy(() -> this.stations.createStation(notch))
			.satisfies(ex -> {
				assertThat(ex.field()).isEqualTo("latitude");
				assertThat(this.messages.getMessage(ex.messageKey(), ex.arguments(), Locale.SIMPLIFIED_CHINESE))
					.isEqualTo("该位置在嘉善县的外接矩形内，但不在嘉善县的辖区轮廓内，请核对经纬度");
			});
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM rider_station WHERE code = ?", Integer.class,
				notch.getCode()))
			.isZero();
	}

	@Test
	void a_station_inside_the_outline_is_accepted() {
		signIn("admin", "ADMIN");

		StationDetails arm = this.created.track(this.stations.createStation(at("30.95", "120.82")));
		StationDetails base = this.created.track(this.stations.createStation(at("30.85", "120.90")));

		assertThat(arm.latitude()).isEqualByComparingTo("30.95");
		assertThat(base.longitude()).isEqualByComparingTo("120.90");
	}

	@Test
	void a_station_outside_the_box_is_refused_naming_the_region_and_its_bounds() {
		signIn("admin", "ADMIN");
		StationDraft pinghu = at("30.70", "121.01");

		assertThatExceptionOfType(FieldRejectedException.class).isThrownBy(() -> this.stations.createStation(pinghu))
			.satisfies(ex -> assertThat(
					this.messages.getMessage(ex.messageKey(), ex.arguments(), Locale.SIMPLIFIED_CHINESE))
				.isEqualTo("纬度须在嘉善县范围内（北纬 30.8 至 31 度）"));
	}

	private static StationDraft at(String latitude, String longitude) {
		StationDraft draft = draft(DANGHU);
		draft.setLatitude(new BigDecimal(latitude));
		draft.setLongitude(new BigDecimal(longitude));
		return draft;
	}

}
