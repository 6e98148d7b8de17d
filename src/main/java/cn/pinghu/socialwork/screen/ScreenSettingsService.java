package cn.pinghu.socialwork.screen;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditService;
import cn.pinghu.socialwork.audit.FieldChange;
import cn.pinghu.socialwork.identity.Access;
import cn.pinghu.socialwork.screen.internal.ScreenSetting;
import cn.pinghu.socialwork.screen.internal.ScreenSettingRepository;
import cn.pinghu.socialwork.shared.data.FieldRejectedException;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The big screen's settings (大屏设置): how long the playlist shows each page. Every
 * signed-in caller reads them, wall displays included, since each screen reads the
 * interval when its page is built: a change reaches the open screens on every node at
 * their next page turn, with no cache to refresh. Only administrators change them, and
 * every change is written to the audit trail in its transaction. Without a stored
 * interval, {@code console.screen.rotation-interval} (20 seconds unless set) applies.
 */
@Service
@Transactional(readOnly = true)
public class ScreenSettingsService {

	/** The entity type the settings have in the audit trail. */
	public static final String SCREEN_SETTING = "ScreenSetting";

	/** The field that a refused interval concerns. */
	public static final String ROTATION_INTERVAL = "rotationInterval";

	/** The shortest interval an administrator may set. */
	public static final Duration MIN_ROTATION_INTERVAL = Duration.ofSeconds(5);

	/** The longest interval an administrator may set. */
	public static final Duration MAX_ROTATION_INTERVAL = Duration.ofMinutes(10);

	/** The message of a refused interval; its arguments are the bounds in seconds. */
	public static final String INTERVAL_RANGE_KEY = "screen.settings.interval-range";

	private static final String ROTATION_SECONDS = "rotationSeconds";

	private final ScreenSettingRepository settings;

	private final AuditService audit;

	private final Duration defaultRotationInterval;

	ScreenSettingsService(ScreenSettingRepository settings, AuditService audit,
			@Value("${console.screen.rotation-interval:20s}") Duration defaultRotationInterval) {
		if (defaultRotationInterval.isNegative() || defaultRotationInterval.isZero()) {
			throw new IllegalArgumentException(
					"console.screen.rotation-interval must be positive: " + defaultRotationInterval);
		}
		this.settings = settings;
		this.audit = audit;
		this.defaultRotationInterval = defaultRotationInterval;
	}

	/** The settings as they apply now: one read of one row. */
	@PreAuthorize(Access.SIGNED_IN)
	public ScreenSettings settings() {
		return toSettings(
				this.settings.findById(ScreenSetting.THE_ROW).map(ScreenSetting::getRotationSeconds).orElse(null));
	}

	/**
	 * The interval when none is stored, {@code console.screen.rotation-interval}; read
	 * without the database, for a screen built while it is away.
	 */
	@PreAuthorize(Access.SIGNED_IN)
	public Duration defaultRotationInterval() {
		return this.defaultRotationInterval;
	}

	/**
	 * Sets how long the playlist shows each page; open screens apply it at their next
	 * page turn.
	 * @throws FieldRejectedException at {@link #ROTATION_INTERVAL} for an interval that
	 * is not a whole number of seconds from {@link #MIN_ROTATION_INTERVAL} to
	 * {@link #MAX_ROTATION_INTERVAL}
	 */
	@Transactional
	@PreAuthorize(Access.ADMIN)
	public ScreenSettings changeRotationInterval(Duration interval) {
		if (!allowed(interval)) {
			throw new FieldRejectedException(ROTATION_INTERVAL, INTERVAL_RANGE_KEY);
		}
		return store(Math.toIntExact(interval.toSeconds()));
	}

	/**
	 * Goes back to the default interval ({@code console.screen.rotation-interval}); open
	 * screens apply it at their next page turn. With no interval stored nothing changes
	 * and nothing is audited.
	 */
	@Transactional
	@PreAuthorize(Access.ADMIN)
	public ScreenSettings resetRotationInterval() {
		return store(null);
	}

	/** Stores the interval in seconds, or none; a change is audited, no change is not. */
	private ScreenSettings store(@Nullable Integer after) {
		ScreenSetting setting = this.settings.findForUpdate(ScreenSetting.THE_ROW)
			.orElseThrow(() -> new IllegalStateException("screen_setting has lost its row " + ScreenSetting.THE_ROW));
		Integer before = setting.getRotationSeconds();
		if (!Objects.equals(before, after)) {
			setting.setRotationSeconds(after);
			this.settings.flush();
			this.audit.record(AuditAction.UPDATE, SCREEN_SETTING, setting.getId(), null, List
				.of(new FieldChange(ROTATION_SECONDS, Objects.toString(before, null), Objects.toString(after, null))));
		}
		return toSettings(after);
	}

	/**
	 * Whether an administrator may set the interval: whole seconds, within the bounds.
	 */
	private static boolean allowed(Duration interval) {
		return interval.getNano() == 0 && interval.compareTo(MIN_ROTATION_INTERVAL) >= 0
				&& interval.compareTo(MAX_ROTATION_INTERVAL) <= 0;
	}

	private ScreenSettings toSettings(@Nullable Integer storedSeconds) {
		return (storedSeconds != null)
				? new ScreenSettings(Duration.ofSeconds(storedSeconds), this.defaultRotationInterval, true)
				: new ScreenSettings(this.defaultRotationInterval, this.defaultRotationInterval, false);
	}

}
