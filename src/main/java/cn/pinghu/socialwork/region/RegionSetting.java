package cn.pinghu.socialwork.region;

import java.math.BigDecimal;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * The region as it is set now. A fresh production install has none set: no name, no code,
 * no department, no box and no outline; titles then carry no region name and coordinates
 * are checked against nothing.
 *
 * @param name the region's name, such as 嘉善县; {@code null} while not set
 * @param divisionCode its county-level administrative division code, such as 330421
 * @param department the department's name, such as 中共嘉善县委社会工作部
 * @param timeZone the region's time zone
 * @param boundingBox the box coordinates must lie in: the outline's when there is one
 * @param outline the region's outline, if one was uploaded
 * @param version the stored version, for a form to save against
 */
public record RegionSetting(@Nullable String name, @Nullable String divisionCode, @Nullable String department,
		ZoneId timeZone, @Nullable BoundingBox boundingBox, @Nullable RegionOutline outline, long version) {

	/** Where a point lies with respect to the region. */
	public enum Location {

		/**
		 * Inside the outline, or inside the box when there is no outline, or nothing is
		 * set.
		 */
		INSIDE,
		/** North or south of the bounding box. */
		LATITUDE_OUTSIDE,
		/** East or west of the bounding box. */
		LONGITUDE_OUTSIDE,
		/** Inside the bounding box but outside the outline. */
		OUTSIDE_OUTLINE

	}

	/** Whether an administrator has set the region (its name at least). */
	public boolean isSet() {
		return this.name != null;
	}

	/** The name as titles show it: empty while the region is not set. */
	public String displayName() {
		return (this.name != null) ? this.name : "";
	}

	/**
	 * Where the point lies: checked against the outline when there is one, else against
	 * the bounding box; anywhere is inside while neither is set.
	 */
	public Location locate(BigDecimal latitude, BigDecimal longitude) {
		if (this.boundingBox != null) {
			if (!this.boundingBox.containsLatitude(latitude)) {
				return Location.LATITUDE_OUTSIDE;
			}
			if (!this.boundingBox.containsLongitude(longitude)) {
				return Location.LONGITUDE_OUTSIDE;
			}
		}
		if (this.outline != null && !this.outline.contains(latitude.doubleValue(), longitude.doubleValue())) {
			return Location.OUTSIDE_OUTLINE;
		}
		return Location.INSIDE;
	}

}
