package cn.pinghu.socialwork.region;

import java.math.BigDecimal;
import java.time.ZoneId;

import cn.pinghu.socialwork.region.RegionSetting.Location;
import cn.pinghu.socialwork.shared.data.FieldRejectedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RegionOutlineTest {

	private static final String SQUARE_WITH_HOLE = """
			{"type": "Polygon", "coordinates": [
			  [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]],
			  [[4, 4], [6, 4], [6, 6], [4, 6], [4, 4]]]}
			""";

	private static final String TWO_ISLANDS = """
			{"type": "FeatureCollection", "features": [
			  {"type": "Feature", "properties": {}, "geometry": {"type": "MultiPolygon", "coordinates": [
			    [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]],
			    [[[5, 5], [6, 5], [6, 6], [5, 6], [5, 5]]]]}},
			  {"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [3, 3]}}]}
			""";

	@Test
	void a_point_in_the_notch_of_a_concave_outline_is_outside_though_its_box_holds_it() {
		RegionOutline outline = RegionOutline.parse(Outlines.CONCAVE);

		assertThat(outline.contains(30.95, 120.90)).isFalse();
		assertThat(outline.contains(30.95, 120.82)).isTrue();
		assertThat(outline.contains(30.85, 120.90)).isTrue();
		assertThat(outline.contains(30.70, 120.90)).isFalse();
	}

	@Test
	void the_bounding_box_is_derived_from_the_outline() {
		BoundingBox box = RegionOutline.parse(Outlines.CONCAVE).boundingBox();

		assertThat(box.minLatitude()).isEqualByComparingTo("30.80");
		assertThat(box.maxLatitude()).isEqualByComparingTo("31.00");
		assertThat(box.minLongitude()).isEqualByComparingTo("120.80");
		assertThat(box.maxLongitude()).isEqualByComparingTo("121.00");
	}

	@Test
	void a_hole_is_outside_the_outline() {
		RegionOutline outline = RegionOutline.parse(SQUARE_WITH_HOLE);

		assertThat(outline.contains(5, 5)).isFalse();
		assertThat(outline.contains(2, 2)).isTrue();
	}

	@Test
	void every_polygon_of_a_multipolygon_counts_and_points_are_left_out() {
		RegionOutline outline = RegionOutline.parse(TWO_ISLANDS);

		assertThat(outline.polygonCount()).isEqualTo(2);
		assertThat(outline.contains(0.5, 0.5)).isTrue();
		assertThat(outline.contains(5.5, 5.5)).isTrue();
		assertThat(outline.contains(3, 3)).isFalse();
	}

	@Test
	void the_region_locates_a_point_by_its_outline_before_its_box() {
		RegionOutline outline = RegionOutline.parse(Outlines.CONCAVE);
		RegionSetting region = new RegionSetting("嘉善县", "330421", "中共嘉善县委社会工作部", ZoneId.of("Asia/Shanghai"),
				outline.boundingBox(), outline, 1);
		RegionSetting boxOnly = new RegionSetting("嘉善县", "330421", "中共嘉善县委社会工作部", ZoneId.of("Asia/Shanghai"),
				outline.boundingBox(), null, 1);

		assertThat(region.locate(new BigDecimal("30.95"), new BigDecimal("120.90")))
			.isEqualTo(Location.OUTSIDE_OUTLINE);
		assertThat(boxOnly.locate(new BigDecimal("30.95"), new BigDecimal("120.90"))).isEqualTo(Location.INSIDE);
		assertThat(region.locate(new BigDecimal("31.20"), new BigDecimal("120.90")))
			.isEqualTo(Location.LATITUDE_OUTSIDE);
		assertThat(region.locate(new BigDecimal("30.85"), new BigDecimal("121.20")))
			.isEqualTo(Location.LONGITUDE_OUTSIDE);
	}

	@Test
	void a_region_not_set_holds_every_point() {
		RegionSetting unset = new RegionSetting(null, null, null, ZoneId.of("Asia/Shanghai"), null, null, 0);

		assertThat(unset.locate(new BigDecimal("45"), new BigDecimal("90"))).isEqualTo(Location.INSIDE);
		assertThat(unset.displayName()).isEmpty();
	}

	@Test
	void a_ring_that_does_not_close_is_refused() {
		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> RegionOutline.parse("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]]]}"))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("region.validation.outline-ring"));
	}

	@Test
	void geojson_without_an_area_or_text_that_is_not_json_is_refused() {
		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> RegionOutline.parse("{\"type\":\"Point\",\"coordinates\":[120.9,30.9]}"))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("region.validation.outline-no-polygon"));
		assertThatExceptionOfType(FieldRejectedException.class).isThrownBy(() -> RegionOutline.parse("不是 JSON"))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("region.validation.outline-not-json"));
	}

	@Test
	void a_position_off_the_globe_is_refused() {
		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(
					() -> RegionOutline.parse("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[200,0],[1,1],[0,0]]]}"))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("region.validation.outline-position"));
	}

	@Test
	void an_outline_over_two_megabytes_is_refused_with_its_size() {
		String padding = " ".repeat(RegionOutline.MAX_BYTES);
		String large = "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,0]]]}" + padding;

		assertThatExceptionOfType(FieldRejectedException.class).isThrownBy(() -> RegionOutline.parse(large))
			.satisfies(ex -> {
				assertThat(ex.field()).isEqualTo(RegionOutline.FIELD);
				assertThat(ex.messageKey()).isEqualTo("region.validation.outline-too-large");
				assertThat(ex.arguments()).containsExactly("2.0");
			});
	}

}
