package cn.pinghu.socialwork.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.LongConsumer;

import cn.pinghu.socialwork.identity.Access;
import cn.pinghu.socialwork.identity.AuthenticatedDisplay;
import cn.pinghu.socialwork.security.internal.DisplayDevice;
import cn.pinghu.socialwork.security.internal.DisplayDeviceRepository;
import cn.pinghu.socialwork.shared.Secrets;
import cn.pinghu.socialwork.shared.Subscription;
import cn.pinghu.socialwork.shared.events.DomainEventFeed;
import cn.pinghu.socialwork.shared.events.DomainEvents;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Wall displays (大屏终端) and their tokens: the security feature's API for them. A display
 * is a device, not a console user, so authenticating one needs no role.
 */
@Service
@Transactional
public class DisplayDeviceService {

	/** How stale {@code last_seen_at} may get before a request writes it again. */
	public static final Duration LAST_SEEN_RESOLUTION = Duration.ofMinutes(1);

	/** What a display's token is called in the security log. */
	static final String DISPLAY_TOKEN = "display token";

	private final DisplayDeviceRepository devices;

	private final Clock clock;

	private final DomainEvents events;

	private final DomainEventFeed feed;

	private final RefusedCredentials refused;

	DisplayDeviceService(DisplayDeviceRepository devices, Clock clock, DomainEvents events, DomainEventFeed feed,
			RefusedCredentials refused) {
		this.devices = devices;
		this.clock = clock;
		this.events = events;
		this.feed = feed;
		this.refused = refused;
	}

	/**
	 * Revokes a display: its token no longer signs anything in, and every screen open
	 * with it, on any node, is taken off the air ({@link #onRevoked}). Revoking a revoked
	 * display does nothing.
	 * @throws IllegalArgumentException for an unknown display
	 */
	@PreAuthorize(Access.ADMIN)
	public void revoke(long deviceId) {
		DisplayDevice device = this.devices.findById(deviceId)
			.orElseThrow(() -> new IllegalArgumentException("No display device " + deviceId));
		if (!device.isEnabled()) {
			return;
		}
		device.setEnabled(false);
		this.events.publish(new DisplayDeviceRevoked(deviceId));
	}

	/**
	 * Calls {@code action} on a background thread once the display is revoked, on
	 * whichever node that happens; a screen calls this for the display it shows on.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Subscription onRevoked(long deviceId, Runnable action) {
		return this.feed.subscribe(DisplayDeviceRevoked.class, (revoked) -> {
			if (revoked.event().deviceId() == deviceId) {
				action.run();
			}
		});
	}

	/**
	 * Calls {@code action} on a background thread once the display's session
	 * {@code sessionId} is ended for a newer one or for a new token, on whichever node
	 * that happens; a screen calls this for the session it is open in.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Subscription onSessionEnded(long deviceId, String sessionId, Runnable action) {
		Subscription replaced = this.feed.subscribe(DisplaySessionsEnded.class, (ended) -> {
			if (ended.event().sessionIds().contains(sessionId)) {
				action.run();
			}
		});
		Subscription rotated = this.feed.subscribe(DisplayTokenRotated.class, (rotation) -> {
			if (rotation.event().deviceId() == deviceId) {
				action.run();
			}
		});
		return () -> {
			replaced.cancel();
			rotated.cancel();
		};
	}

	/**
	 * Calls {@code action} with the display's id on a background thread whenever a
	 * display is revoked, on whichever node that happens; for whatever serves many
	 * displays at once, such as the STOMP feed.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Subscription onAnyRevoked(LongConsumer action) {
		return this.feed.subscribe(DisplayDeviceRevoked.class, (revoked) -> action.accept(revoked.event().deviceId()));
	}

	/**
	 * The enabled display whose token this is, if any, recording when it was last seen
	 * (at most once per {@link #LAST_SEEN_RESOLUTION}). A wrong token is charged to the
	 * client's address, and one refused a moment ago is refused again without a lookup
	 * ({@link RefusedCredentials}).
	 * @param clientAddress where the request came from
	 * @throws TooManyRefusalsException when the address had too many tokens refused
	 * lately: nothing was looked up
	 */
	public Optional<AuthenticatedDisplay> authenticate(@Nullable String token, String clientAddress) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		String hash = Secrets.sha256(token);
		Optional<DisplayDevice> device = this.refused.check(DISPLAY_TOKEN, hash, clientAddress,
				() -> this.devices.findByTokenHash(hash)
					.filter(DisplayDevice::isEnabled)
					.filter(found -> Secrets.sameHash(found.getTokenHash(), hash)));
		device.ifPresent(this::touch);
		return device.map(found -> new AuthenticatedDisplay(found.getId(), found.getName()));
	}

	private void touch(DisplayDevice device) {
		Instant now = this.clock.instant();
		Instant notBefore = now.minus(LAST_SEEN_RESOLUTION);
		Instant lastSeen = device.getLastSeenAt();
		// Most polls end here, without a write.
		if (lastSeen == null || lastSeen.isBefore(notBefore)) {
			this.devices.touch(device.getId(), now, notBefore);
		}
	}

}
