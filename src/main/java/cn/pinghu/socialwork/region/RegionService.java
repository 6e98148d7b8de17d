package cn.pinghu.socialwork.region;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditService;
import cn.pinghu.socialwork.audit.FieldChange;
import cn.pinghu.socialwork.audit.FieldDiff;
import cn.pinghu.socialwork.identity.Access;
import cn.pinghu.socialwork.region.internal.RegionSettingRepository;
import cn.pinghu.socialwork.region.internal.RegionSettingRow;
import cn.pinghu.socialwork.shared.Subscription;
import cn.pinghu.socialwork.shared.data.FieldRejectedException;
import cn.pinghu.socialwork.shared.data.StaleVersionException;
import cn.pinghu.socialwork.shared.events.DomainEventFeed;
import cn.pinghu.socialwork.shared.events.DomainEvents;
import cn.pinghu.socialwork.shared.i18n.RegionName;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The region the console serves (辖区设置). Read by every title and every station check, so
 * it is kept in memory: read once, and again on every node when {@link RegionChanged}
 * arrives on that node's outbox feed (the node that saved reads it again at once after
 * its commit). Anyone reads it, the sign-in page included, since it holds no secret; only
 * administrators change it, and every change is audited in its transaction.
 */
@Service
@Transactional(readOnly = true)
public class RegionService implements RegionName, DisposableBean {

	/** The entity type the setting has in the audit trail. */
	public static final String REGION_SETTING = "RegionSetting";

	private static final int MAX_NAME = 64;

	private static final int MAX_DEPARTMENT = 128;

	private final RegionSettingRepository rows;

	private final AuditService audit;

	private final DomainEvents events;

	private final Object lock = new Object();

	private volatile @Nullable RegionSetting cached;

	private final Subscription changes;

	RegionService(RegionSettingRepository rows, AuditService audit, DomainEvents events, DomainEventFeed feed) {
		this.rows = rows;
		this.audit = audit;
		this.events = events;
		this.changes = feed.subscribe(RegionChanged.class, (change) -> reread());
	}

	/** The region as it is set now, from memory. */
	@PreAuthorize(Access.ANYONE)
	public RegionSetting current() {
		RegionSetting setting = this.cached;
		if (setting != null) {
			return setting;
		}
		synchronized (this.lock) {
			RegionSetting read = this.cached;
			if (read == null) {
				read = read();
				this.cached = read;
			}
			return read;
		}
	}

	/**
	 * The region's name for a title; empty while none is set, and while the setting
	 * cannot be read (the database away since the start): a sign-in page still shows.
	 */
	@Override
	public String regionName() {
		try {
			return current().displayName();
		}
		catch (DataAccessException | TransactionException ex) {
			return "";
		}
	}

	/**
	 * Saves the region; every node reads it again after the commit.
	 * @throws FieldRejectedException at the field of the first value refused: a blank or
	 * over-long name or department, a code that is not county-level (see
	 * {@link DivisionCode}), an unknown time zone, an outline that is not GeoJSON with a
	 * polygon or is over 2 MB, a box whose minimum exceeds its maximum
	 * @throws StaleVersionException when somebody saved the region since the draft was
	 * read
	 */
	@Transactional
	@PreAuthorize(Access.ADMIN)
	public RegionSetting update(RegionDraft draft) {
		String name = required(draft.name(), "name", MAX_NAME);
		String code = draft.divisionCode().strip();
		String codeProblem = DivisionCode.problem(code);
		if (codeProblem != null) {
			throw new FieldRejectedException("divisionCode", codeProblem, code);
		}
		String department = required(draft.department(), "department", MAX_DEPARTMENT);
		String zone = zone(draft.timeZone());
		String outlineText = (draft.outline() == null || draft.outline().isBlank()) ? null : draft.outline();
		RegionOutline outline = (outlineText != null) ? RegionOutline.parse(outlineText) : null;
		BoundingBox box = (outline != null) ? outline.boundingBox() : draft.boundingBox();
		RegionSettingRow row = this.rows.findForUpdate(RegionSettingRow.THE_ROW)
			.orElseThrow(() -> new IllegalStateException("region_setting has lost its row"));
		if (row.getVersion() != draft.version()) {
			throw new StaleVersionException(REGION_SETTING, row.getId());
		}
		Map<String, @Nullable Object> before = audited(row);
		row.name(name, code, department, zone);
		row.area(outlineText, (box != null) ? box.minLatitude() : null, (box != null) ? box.maxLatitude() : null,
				(box != null) ? box.minLongitude() : null, (box != null) ? box.maxLongitude() : null);
		List<FieldChange> changed = FieldDiff.between(before, audited(row));
		if (changed.isEmpty()) {
			return current();
		}
		this.rows.flush();
		this.audit.record(AuditAction.UPDATE, REGION_SETTING, row.getId(), null, changed);
		this.events.publish(new RegionChanged(row.getVersion()));
		RegionSetting saved = toSetting(row, outline);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				reread();
			}
		});
		return saved;
	}

	@Override
	public void destroy() {
		this.changes.cancel();
	}

	/** Reads the row again; on the feed's thread, or after this node's commit. */
	private void reread() {
		synchronized (this.lock) {
			this.cached = read();
		}
	}

	private RegionSetting read() {
		RegionSettingRow row = this.rows.findById(RegionSettingRow.THE_ROW)
			.orElseThrow(() -> new IllegalStateException("region_setting has lost its row"));
		String text = row.getOutline();
		return toSetting(row, (text != null) ? RegionOutline.parse(text) : null);
	}

	private static RegionSetting toSetting(RegionSettingRow row, @Nullable RegionOutline outline) {
		BigDecimal minLatitude = row.getMinLatitude();
		BigDecimal maxLatitude = row.getMaxLatitude();
		BigDecimal minLongitude = row.getMinLongitude();
		BigDecimal maxLongitude = row.getMaxLongitude();
		BoundingBox box = (minLatitude != null && maxLatitude != null && minLongitude != null && maxLongitude != null)
				? new BoundingBox(minLatitude, maxLatitude, minLongitude, maxLongitude) : null;
		return new RegionSetting(row.getName(), row.getDivisionCode(), row.getDepartment(),
				ZoneId.of(row.getTimeZone()), box, outline, row.getVersion());
	}

	/** What the audit trail shows of the row: the outline by its size, not its text. */
	private static Map<String, @Nullable Object> audited(RegionSettingRow row) {
		Map<String, @Nullable Object> fields = new LinkedHashMap<>();
		fields.put("name", row.getName());
		fields.put("divisionCode", row.getDivisionCode());
		fields.put("department", row.getDepartment());
		fields.put("timeZone", row.getTimeZone());
		fields.put("boundingBox", box(row));
		String outline = row.getOutline();
		fields.put("outline", (outline != null) ? "GeoJSON " + outline.getBytes(StandardCharsets.UTF_8).length + " B#"
				+ Integer.toHexString(outline.hashCode()) : null);
		return fields;
	}

	private static @Nullable String box(RegionSettingRow row) {
		if (row.getMinLatitude() == null || row.getMaxLatitude() == null || row.getMinLongitude() == null
				|| row.getMaxLongitude() == null) {
			return null;
		}
		return new BoundingBox(row.getMinLatitude(), row.getMaxLatitude(), row.getMinLongitude(), row.getMaxLongitude())
			.toString();
	}

	private static String required(String value, String field, int max) {
		String text = value.strip();
		if (text.isEmpty()) {
			throw new FieldRejectedException(field, "region.validation." + field + "-required");
		}
		if (text.length() > max) {
			throw new FieldRejectedException(field, "region.validation." + field + "-too-long", max);
		}
		return text;
	}

	private static String zone(String id) {
		try {
			return ZoneId.of(id.strip()).getId();
		}
		catch (DateTimeException ex) {
			throw new FieldRejectedException("timeZone", "region.validation.zone-unknown", id.strip());
		}
	}

}
