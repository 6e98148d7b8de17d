package cn.pinghu.socialwork.region;

import org.jspecify.annotations.Nullable;

/**
 * The region as an administrator saves it.
 *
 * @param name the region's name, such as 嘉善县
 * @param divisionCode the county-level division code, such as 330421
 * @param department the department's name
 * @param timeZone a time zone id, such as {@code Asia/Shanghai}
 * @param outline the outline as GeoJSON text, or {@code null} for none
 * @param boundingBox the box coordinates must lie in when there is no outline; ignored
 * when there is one (the outline's box is taken)
 * @param version the version the form read
 */
public record RegionDraft(String name, String divisionCode, String department, String timeZone,
		@Nullable String outline, @Nullable BoundingBox boundingBox, long version) {

	/** A draft of the setting as it is, to change some of it. */
	public static RegionDraft of(RegionSetting setting) {
		return new RegionDraft(setting.displayName(), (setting.divisionCode() != null) ? setting.divisionCode() : "",
				(setting.department() != null) ? setting.department() : "", setting.timeZone().getId(),
				(setting.outline() != null) ? setting.outline().geoJson() : null, setting.boundingBox(),
				setting.version());
	}

	public RegionDraft withName(String name) {
		return new RegionDraft(name, this.divisionCode, this.department, this.timeZone, this.outline, this.boundingBox,
				this.version);
	}

	public RegionDraft withDivisionCode(String divisionCode) {
		return new RegionDraft(this.name, divisionCode, this.department, this.timeZone, this.outline, this.boundingBox,
				this.version);
	}

	/** The same draft with another outline, or none. */
	public RegionDraft withOutline(@Nullable String outline) {
		return new RegionDraft(this.name, this.divisionCode, this.department, this.timeZone, outline, this.boundingBox,
				this.version);
	}

}
