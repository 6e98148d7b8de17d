package cn.pinghu.socialwork.screen;

import java.time.Duration;

/**
 * The big screen's settings as they apply now.
 *
 * @param rotationInterval how long the playlist shows each page
 * @param defaultRotationInterval the interval when an administrator stored none:
 * {@code console.screen.rotation-interval}
 * @param rotationIntervalStored whether {@code rotationInterval} is an administrator's
 * rather than the default
 */
public record ScreenSettings(Duration rotationInterval, Duration defaultRotationInterval,
		boolean rotationIntervalStored) {
}
