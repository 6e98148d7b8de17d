package cn.pinghu.socialwork.region;

import org.jspecify.annotations.Nullable;

/**
 * A region pack found on the classpath under {@code regions/<id>/}: what an install takes
 * for a county.
 *
 * @param id the pack's folder name, such as {@code pinghu}
 * @param name the region's name, from {@code region.json}
 * @param divisionCode its county-level division code
 * @param department the department's name
 * @param timeZone its time zone id
 * @param outline the text of {@code outline.geojson}, if the pack has one
 * @param towns the bytes of {@code towns.csv}, if the pack has one
 */
public record RegionPack(String id, String name, String divisionCode, String department, String timeZone,
		@Nullable String outline, byte @Nullable [] towns) {

	/**
	 * A draft that names the region as the pack does, keeping the rest of the setting.
	 */
	public RegionDraft draftOver(RegionSetting setting) {
		RegionDraft kept = RegionDraft.of(setting);
		return new RegionDraft(this.name, this.divisionCode, this.department, this.timeZone, kept.outline(),
				kept.boundingBox(), setting.version());
	}

	@Override
	public String toString() {
		return this.name + " (" + this.divisionCode + ")";
	}

}
