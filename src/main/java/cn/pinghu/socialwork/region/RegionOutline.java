package cn.pinghu.socialwork.region;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import cn.pinghu.socialwork.shared.data.FieldRejectedException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jspecify.annotations.Nullable;

/**
 * The region's outline, read from GeoJSON (RFC 7946): its polygons, each an exterior ring
 * and any holes, and the test whether a point lies inside. A {@code Polygon},
 * {@code MultiPolygon}, {@code GeometryCollection}, {@code Feature} or
 * {@code FeatureCollection} is read; what is not a polygon in it (a point, a line) is
 * left out. Positions are {@code [longitude, latitude]}.
 */
public final class RegionOutline {

	/** The largest outline stored: 2 MB of GeoJSON text (UTF-8). */
	public static final int MAX_BYTES = 2 * 1024 * 1024;

	/** The field a refused outline concerns. */
	public static final String FIELD = "outline";

	private static final ObjectMapper JSON = new ObjectMapper();

	/** The bounding box's precision: the degrees the schema stores, six decimals. */
	private static final int SCALE = 6;

	private final String geoJson;

	/**
	 * Polygons; each a list of rings (the exterior first); each ring {lon, lat} pairs.
	 */
	private final List<List<double[][]>> polygons;

	private RegionOutline(String geoJson, List<List<double[][]>> polygons) {
		this.geoJson = geoJson;
		this.polygons = polygons;
	}

	/**
	 * Reads an outline.
	 * @throws FieldRejectedException at {@link #FIELD} for text over {@link #MAX_BYTES},
	 * text that is not JSON, GeoJSON without a polygon, or a ring that is not closed or
	 * has a position outside the globe
	 */
	public static RegionOutline parse(String geoJson) {
		int bytes = geoJson.getBytes(StandardCharsets.UTF_8).length;
		if (bytes > MAX_BYTES) {
			throw new FieldRejectedException(FIELD, "region.validation.outline-too-large", megabytes(bytes));
		}
		JsonNode root;
		try {
			root = JSON.readTree(geoJson);
		}
		catch (JsonProcessingException ex) {
			throw new FieldRejectedException(FIELD, "region.validation.outline-not-json");
		}
		List<List<double[][]>> polygons = new ArrayList<>();
		collect(root, polygons);
		if (polygons.isEmpty()) {
			throw new FieldRejectedException(FIELD, "region.validation.outline-no-polygon");
		}
		return new RegionOutline(geoJson, List.copyOf(polygons));
	}

	/** The GeoJSON text as it was read. */
	public String geoJson() {
		return this.geoJson;
	}

	/** How many polygons the outline has (an island is a polygon of its own). */
	public int polygonCount() {
		return this.polygons.size();
	}

	/**
	 * Whether the point lies inside the outline: inside a polygon's exterior ring and in
	 * none of its holes (a ray from the point crosses the polygon's rings an odd number
	 * of times).
	 */
	public boolean contains(double latitude, double longitude) {
		for (List<double[][]> polygon : this.polygons) {
			boolean inside = false;
			for (double[][] ring : polygon) {
				if (crossesOddly(ring, longitude, latitude)) {
					inside = !inside;
				}
			}
			if (inside) {
				return true;
			}
		}
		return false;
	}

	/** The smallest box holding every exterior ring, widened to whole micro-degrees. */
	public BoundingBox boundingBox() {
		double minLat = Double.MAX_VALUE;
		double maxLat = -Double.MAX_VALUE;
		double minLon = Double.MAX_VALUE;
		double maxLon = -Double.MAX_VALUE;
		for (List<double[][]> polygon : this.polygons) {
			for (double[] position : polygon.get(0)) {
				minLon = Math.min(minLon, position[0]);
				maxLon = Math.max(maxLon, position[0]);
				minLat = Math.min(minLat, position[1]);
				maxLat = Math.max(maxLat, position[1]);
			}
		}
		return new BoundingBox(degrees(minLat, RoundingMode.FLOOR), degrees(maxLat, RoundingMode.CEILING),
				degrees(minLon, RoundingMode.FLOOR), degrees(maxLon, RoundingMode.CEILING));
	}

	/** Two outlines are equal when their GeoJSON texts are. */
	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof RegionOutline outline && this.geoJson.equals(outline.geoJson);
	}

	@Override
	public int hashCode() {
		return this.geoJson.hashCode();
	}

	private static boolean crossesOddly(double[][] ring, double x, double y) {
		boolean odd = false;
		for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			double xi = ring[i][0];
			double yi = ring[i][1];
			double xj = ring[j][0];
			double yj = ring[j][1];
			if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
				odd = !odd;
			}
		}
		return odd;
	}

	private static void collect(JsonNode node, List<List<double[][]>> polygons) {
		switch (node.path("type").asText("")) {
			case "FeatureCollection" -> node.path("features").forEach(feature -> collect(feature, polygons));
			case "Feature" -> collect(node.path("geometry"), polygons);
			case "GeometryCollection" -> node.path("geometries").forEach(geometry -> collect(geometry, polygons));
			case "Polygon" -> polygons.add(polygon(node.path("coordinates")));
			case "MultiPolygon" -> node.path("coordinates").forEach(polygon -> polygons.add(polygon(polygon)));
			default -> {
				// not a polygon: left out
			}
		}
	}

	private static List<double[][]> polygon(JsonNode rings) {
		if (!rings.isArray() || rings.isEmpty()) {
			throw new FieldRejectedException(FIELD, "region.validation.outline-ring");
		}
		List<double[][]> polygon = new ArrayList<>();
		rings.forEach(ring -> polygon.add(ring(ring)));
		return List.copyOf(polygon);
	}

	/** A closed ring of at least four positions (the last repeats the first). */
	private static double[][] ring(JsonNode positions) {
		if (!positions.isArray() || positions.size() < 4) {
			throw new FieldRejectedException(FIELD, "region.validation.outline-ring");
		}
		double[][] ring = new double[positions.size()][];
		for (int i = 0; i < positions.size(); i++) {
			JsonNode position = positions.get(i);
			if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber()
					|| !position.get(1).isNumber()) {
				throw new FieldRejectedException(FIELD, "region.validation.outline-position");
			}
			double longitude = position.get(0).asDouble();
			double latitude = position.get(1).asDouble();
			if (Math.abs(longitude) > 180 || Math.abs(latitude) > 90) {
				throw new FieldRejectedException(FIELD, "region.validation.outline-position");
			}
			ring[i] = new double[] { longitude, latitude };
		}
		double[] first = ring[0];
		double[] last = ring[ring.length - 1];
		if (first[0] != last[0] || first[1] != last[1]) {
			throw new FieldRejectedException(FIELD, "region.validation.outline-ring");
		}
		return ring;
	}

	private static BigDecimal degrees(double value, RoundingMode rounding) {
		return BigDecimal.valueOf(value).setScale(SCALE, rounding);
	}

	private static String megabytes(int bytes) {
		return BigDecimal.valueOf(bytes)
			.divide(BigDecimal.valueOf(1024 * 1024), 1, RoundingMode.HALF_UP)
			.toPlainString();
	}

}
