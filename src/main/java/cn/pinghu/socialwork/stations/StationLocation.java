package cn.pinghu.socialwork.stations;

import java.math.BigDecimal;
import java.util.Objects;

import cn.pinghu.socialwork.region.BoundingBox;
import cn.pinghu.socialwork.region.RegionSetting;
import cn.pinghu.socialwork.shared.transfer.TransferMessage;
import org.jspecify.annotations.Nullable;

/**
 * Whether a station's coordinates lie in the region: inside its outline when it has one,
 * else inside its bounding box. The messages name the region; the box's bounds are
 * reported at the coordinate that lies outside them, the outline at the latitude.
 */
public final class StationLocation {

	/** The field an outline refusal is shown at. */
	public static final String LATITUDE = "latitude";

	public static final String LONGITUDE = "longitude";

	private StationLocation() {
	}

	/** A refused coordinate: the field it is shown at and the message. */
	public record Problem(String field, TransferMessage message) {
	}

	/**
	 * What is wrong with where the point lies, or {@code null} when it lies in the
	 * region.
	 */
	public static @Nullable Problem problem(RegionSetting region, BigDecimal latitude, BigDecimal longitude) {
		return switch (region.locate(latitude, longitude)) {
			case INSIDE -> null;
			case LATITUDE_OUTSIDE -> new Problem(LATITUDE, latitudeOutside(region));
			case LONGITUDE_OUTSIDE -> new Problem(LONGITUDE, longitudeOutside(region));
			case OUTSIDE_OUTLINE ->
				new Problem(LATITUDE, TransferMessage.of("stations.validation.outside-outline", region.displayName()));
		};
	}

	/** The message of a latitude outside the region's box, or {@code null} if inside. */
	public static @Nullable TransferMessage latitudeProblem(RegionSetting region, BigDecimal latitude) {
		BoundingBox box = region.boundingBox();
		return (box == null || box.containsLatitude(latitude)) ? null : latitudeOutside(region);
	}

	/** The message of a longitude outside the region's box, or {@code null} if inside. */
	public static @Nullable TransferMessage longitudeProblem(RegionSetting region, BigDecimal longitude) {
		BoundingBox box = region.boundingBox();
		return (box == null || box.containsLongitude(longitude)) ? null : longitudeOutside(region);
	}

	private static TransferMessage latitudeOutside(RegionSetting region) {
		BoundingBox box = Objects.requireNonNull(region.boundingBox());
		return TransferMessage.of("stations.validation.latitude-outside", region.displayName(),
				BoundingBox.plain(box.minLatitude()), BoundingBox.plain(box.maxLatitude()));
	}

	private static TransferMessage longitudeOutside(RegionSetting region) {
		BoundingBox box = Objects.requireNonNull(region.boundingBox());
		return TransferMessage.of("stations.validation.longitude-outside", region.displayName(),
				BoundingBox.plain(box.minLongitude()), BoundingBox.plain(box.maxLongitude()));
	}

}
