package cn.pinghu.socialwork.stations.ui;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import cn.pinghu.socialwork.region.RegionOutline;
import cn.pinghu.socialwork.region.RegionSetting;
import cn.pinghu.socialwork.shared.ui.StationMap;
import cn.pinghu.socialwork.stations.StationPoint;
import cn.pinghu.socialwork.stations.StationStatus;

/**
 * The stations as the dots of a {@link StationMap}, coloured by status, and the legend of
 * those colours: for the stations' list and the wall.
 */
public final class StationDots {

	private StationDots() {
	}

	/** A map with the legend of the statuses, in the bundle's words. */
	public static StationMap map(Function<String, String> translation) {
		StationMap map = new StationMap();
		map.setLegend(Arrays.stream(StationStatus.values())
			.map(status -> new StationMap.LegendEntry(status.name(),
					translation.apply("station.status." + status.name())))
			.toList());
		return map;
	}

	/** Draws the region: its shipped outline, or the one it was set up with. */
	public static void showRegion(StationMap map, RegionSetting region) {
		RegionOutline outline = region.outline();
		map.setRegion(region.divisionCode(), (outline == null) ? null : outline.geoJson());
	}

	/** One dot per station, its state the station's status, its label code and name. */
	public static List<StationMap.Dot> of(List<StationPoint> points) {
		return points.stream()
			.map(point -> new StationMap.Dot(point.id(), point.latitude().doubleValue(),
					point.longitude().doubleValue(), point.status().name(), point.code() + " " + point.name()))
			.toList();
	}

}
