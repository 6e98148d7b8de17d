package cn.pinghu.socialwork.security;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditService;
import cn.pinghu.socialwork.audit.FieldChange;
import cn.pinghu.socialwork.identity.Access;
import cn.pinghu.socialwork.security.internal.DisplayDevice;
import cn.pinghu.socialwork.security.internal.DisplayDeviceRepository;
import cn.pinghu.socialwork.shared.Secrets;
import cn.pinghu.socialwork.shared.data.FieldRejectedException;
import cn.pinghu.socialwork.shared.events.DomainEvents;

import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Wall displays as administrators keep them: the list, a new display with its token shown
 * once, a new token for a display (shown once too), and revocation (the token is refused
 * from then on). Tokens never reach the audit trail.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.ADMIN)
public class DisplayDeviceAdminService {

	/** The entity type displays have in the audit trail. */
	public static final String DISPLAY_DEVICE = "DisplayDevice";

	/** The field a new token shows as in the audit trail, which never holds the token. */
	public static final String TOKEN_FIELD = "token";

	/** What the audit trail records for a new token. */
	public static final String TOKEN_ROTATED = "ROTATED";

	static final int MAX_NAME_LENGTH = 64;

	private final DisplayDeviceRepository devices;

	private final AuditService audit;

	private final Clock clock;

	private final DisplayDeviceService displays;

	private final SecurityLog securityLog;

	private final UserRules rules;

	private final DomainEvents events;

	DisplayDeviceAdminService(DisplayDeviceRepository devices, AuditService audit, Clock clock,
			DisplayDeviceService displays, SecurityLog securityLog, UserRules rules, DomainEvents events) {
		this.devices = devices;
		this.securityLog = securityLog;
		this.rules = rules;
		this.audit = audit;
		this.clock = clock;
		this.displays = displays;
		this.events = events;
	}

	/** Every display, the newest first. */
	public List<DisplayDeviceSummary> devices() {
		return this.devices.findAll(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")))
			.stream()
			.map(DisplayDeviceAdminService::toSummary)
			.toList();
	}

	/**
	 * Registers a display and returns its token this once.
	 * @throws FieldRejectedException at {@code name} for a blank or too long name
	 */
	@Transactional
	public IssuedDisplayToken createDevice(String name) {
		String text = name.strip();
		if (text.isEmpty()) {
			throw new FieldRejectedException("name", "security.displays.name-required");
		}
		if (text.length() > MAX_NAME_LENGTH) {
			throw new FieldRejectedException("name", "security.displays.name-too-long");
		}
		String token = Secrets.newSecret();
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		DisplayDevice device = this.devices.saveAndFlush(new DisplayDevice(text, Secrets.sha256(token), now));
		this.audit.record(AuditAction.CREATE, DISPLAY_DEVICE, device.getId(), null,
				List.of(new FieldChange("name", null, text)));
		return new IssuedDisplayToken(toSummary(device), token);
	}

	/**
	 * Gives an active display a new token and returns it this once: the old one signs
	 * nothing in from now on, and the sessions it signed in end on every node
	 * ({@link DisplayTokenRotated}), so the display needs the new address.
	 * @throws IllegalArgumentException for an unknown display
	 * @throws IllegalStateException for a revoked one, which no token brings back
	 */
	@Transactional
	public IssuedDisplayToken rotateToken(long id) {
		DisplayDevice device = this.devices.findById(id)
			.orElseThrow(() -> new IllegalArgumentException("No display " + id));
		if (!device.isEnabled()) {
			throw new IllegalStateException("Display " + id + " is revoked");
		}
		String token = Secrets.newSecret();
		device.setTokenHash(Secrets.sha256(token));
		this.devices.flush();
		this.events.publish(new DisplayTokenRotated(id));
		this.audit.record(AuditAction.UPDATE, DISPLAY_DEVICE, id, null,
				List.of(new FieldChange(TOKEN_FIELD, null, TOKEN_ROTATED)));
		return new IssuedDisplayToken(toSummary(device), token);
	}

	/**
	 * Revokes a display's token: its requests are refused from now on, and its open
	 * screens, on any node, leave the air.
	 */
	@Transactional
	public DisplayDeviceSummary revokeDevice(long id) {
		DisplayDevice device = this.devices.findById(id)
			.orElseThrow(() -> new IllegalArgumentException("No display " + id));
		if (device.isEnabled()) {
			this.displays.revoke(id);
			this.devices.flush();
			this.audit.record(AuditAction.UPDATE, DISPLAY_DEVICE, id, null,
					List.of(new FieldChange("enabled", "true", "false")));
			this.securityLog.displayRevoked(id, device.getName(), this.rules.callerName());
		}
		return toSummary(device);
	}

	private static DisplayDeviceSummary toSummary(DisplayDevice device) {
		return new DisplayDeviceSummary(device.getId(), device.getName(), device.getCreatedAt(), device.getLastSeenAt(),
				!device.isEnabled());
	}

}
