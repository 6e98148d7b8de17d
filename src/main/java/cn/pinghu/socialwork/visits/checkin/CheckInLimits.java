package cn.pinghu.socialwork.visits.checkin;

import java.time.Duration;
import java.util.function.LongSupplier;

import cn.pinghu.socialwork.shared.web.RateBuckets;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many check-ins one device and one client address may post, on each node: a device
 * {@code console.checkin.device-limit.per-hour} (12) in bursts of
 * {@code console.checkin.device-limit.burst} (6), an address
 * {@code console.checkin.address-limit.per-minute} (30) in bursts of
 * {@code console.checkin.address-limit.burst} (60), generous because the riders at a
 * station often share its Wi-Fi or their carrier's address. Every post counts, a repeat
 * within the window too. The repeat rule itself is the database's, not these.
 */
@Component
class CheckInLimits {

	/** Devices and addresses remembered at most. */
	private static final int MAX_KEYS = 100_000;

	private final RateBuckets<String> devices;

	private final RateBuckets<String> addresses;

	@Autowired
	CheckInLimits(@Value("${console.checkin.device-limit.per-hour:12}") long devicePerHour,
			@Value("${console.checkin.device-limit.burst:6}") int deviceBurst,
			@Value("${console.checkin.address-limit.per-minute:30}") long addressPerMinute,
			@Value("${console.checkin.address-limit.burst:60}") int addressBurst) {
		this(devicePerHour, deviceBurst, addressPerMinute, addressBurst, System::nanoTime);
	}

	CheckInLimits(long devicePerHour, int deviceBurst, long addressPerMinute, int addressBurst, LongSupplier nanoTime) {
		this.devices = new RateBuckets<>(deviceBurst, devicePerHour, Duration.ofHours(1), MAX_KEYS, nanoTime);
		this.addresses = new RateBuckets<>(addressBurst, addressPerMinute, Duration.ofMinutes(1), MAX_KEYS, nanoTime);
	}

	/**
	 * Takes one check-in of the address's allowance and, if it had one, of the device's
	 * (a post without a device has only the address's).
	 * @return 0 when the check-in may go on, else the seconds to wait
	 */
	long take(String clientAddress, @Nullable String deviceId) {
		long wait = this.addresses.take(clientAddress, 1);
		if (wait > 0 || deviceId == null) {
			return wait;
		}
		return this.devices.take(deviceId, 1);
	}

}
