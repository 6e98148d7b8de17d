package cn.pinghu.socialwork.region;

/** GeoJSON outlines for the tests, in a county other than the demo's. */
public final class Outlines {

	/**
	 * A U-shaped outline: a square (30.80–31.00 N, 120.80–121.00 E) with a notch cut from
	 * its north edge (120.85–120.95 E, north of 30.90 N). A point in the notch lies in
	 * the bounding box but outside the outline.
	 */
	public static final String CONCAVE = """
			{"type": "Feature", "properties": {"name": "嘉善县"}, "geometry": {"type": "Polygon", "coordinates": [[
			  [120.80, 30.80], [121.00, 30.80], [121.00, 31.00], [120.95, 31.00], [120.95, 30.90],
			  [120.85, 30.90], [120.85, 31.00], [120.80, 31.00], [120.80, 30.80]]]}}
			""";

	private Outlines() {
	}

}
