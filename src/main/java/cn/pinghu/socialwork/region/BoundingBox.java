package cn.pinghu.socialwork.region;

import java.math.BigDecimal;

/**
 * The smallest box, in degrees of latitude and longitude (WGS 84), that holds the region:
 * derived from the outline when there is one.
 */
public record BoundingBox(BigDecimal minLatitude, BigDecimal maxLatitude, BigDecimal minLongitude,
		BigDecimal maxLongitude) {

	public BoundingBox {
		if (minLatitude.compareTo(maxLatitude) > 0 || minLongitude.compareTo(maxLongitude) > 0) {
			throw new IllegalArgumentException("A bounding box's minimum lies above its maximum");
		}
	}

	public boolean containsLatitude(BigDecimal latitude) {
		return minLatitude.compareTo(latitude) <= 0 && latitude.compareTo(maxLatitude) <= 0;
	}

	public boolean containsLongitude(BigDecimal longitude) {
		return minLongitude.compareTo(longitude) <= 0 && longitude.compareTo(maxLongitude) <= 0;
	}

	@Override
	public String toString() {
		return plain(this.minLatitude) + "–" + plain(this.maxLatitude) + " N, " + plain(this.minLongitude) + "–"
				+ plain(this.maxLongitude) + " E";
	}

	/** A bound as people write it: {@code 30.58}, not {@code 30.580000}. */
	public static String plain(BigDecimal degrees) {
		return degrees.stripTrailingZeros().toPlainString();
	}

}
