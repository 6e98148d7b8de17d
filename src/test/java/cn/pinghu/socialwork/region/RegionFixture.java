package cn.pinghu.socialwork.region;

import java.time.Duration;
import java.util.function.Supplier;

import cn.pinghu.socialwork.shared.events.DomainEvents;
import org.awaitility.Awaitility;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sets another region for a test and puts the demo's back afterwards, through the service
 * so that every node's copy follows, and without the audit rows it left: other tests of
 * the same JVM read the demo region.
 */
public final class RegionFixture {

	/** 嘉善县: a county other than the demo's, with the concave test outline. */
	public static final String JIASHAN = "嘉善县";

	public static final String JIASHAN_CODE = "330421";

	public static final String JIASHAN_DEPARTMENT = "中共嘉善县委社会工作部";

	private final RegionService regions;

	private final JdbcTemplate jdbc;

	private final RegionSetting original;

	private final long lastAuditId;

	/** The security of the context the service belongs to. */
	private final SecurityContextHolderStrategy security;

	/**
	 * @param security the holder strategy of the service's application context (the bean,
	 * not the static holder's: with several contexts in one JVM, the static one is the
	 * last context's, which the service's method security does not read)
	 */
	public RegionFixture(RegionService regions, JdbcTemplate jdbc, SecurityContextHolderStrategy security) {
		this.security = security;
		this.regions = regions;
		this.jdbc = jdbc;
		this.original = caughtUp();
		Long last = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM audit_entry", Long.class);
		this.lastAuditId = (last != null) ? last : 0;
	}

	/** Sets 嘉善县 with the concave outline, as an administrator. */
	public RegionSetting setJiashan() {
		return asAdmin(() -> this.regions.update(new RegionDraft(JIASHAN, JIASHAN_CODE, JIASHAN_DEPARTMENT,
				"Asia/Shanghai", Outlines.CONCAVE, null, this.regions.current().version())));
	}

	/**
	 * Empties the region as a fresh install has it (no name, code, department or
	 * outline), with the event every node's copy follows, and waits until this context's
	 * copy is empty too. {@link #restore()} puts it back.
	 */
	public void clear(TransactionTemplate transactions, DomainEvents events) {
		transactions.executeWithoutResult(status -> {
			this.jdbc.update("UPDATE region_setting SET name = NULL, division_code = NULL, department = NULL,"
					+ " outline = NULL, min_latitude = NULL, max_latitude = NULL, min_longitude = NULL,"
					+ " max_longitude = NULL, version = version + 1 WHERE id = 1");
			events.publish(new RegionChanged(storedVersion()));
		});
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !this.regions.current().isSet());
	}

	/** Puts the region back as it was, and removes the audit rows of the changes. */
	public void restore() {
		RegionSetting now = caughtUp();
		if (now.version() != this.original.version()) {
			RegionDraft back = RegionDraft.of(this.original);
			asAdmin(() -> this.regions.update(new RegionDraft(back.name(), back.divisionCode(), back.department(),
					back.timeZone(), back.outline(), back.boundingBox(), now.version())));
		}
		this.jdbc.update("DELETE FROM audit_entry WHERE entity_type = ? AND id > ?", RegionService.REGION_SETTING,
				this.lastAuditId);
	}

	/**
	 * The region once this context's copy has caught up with the stored row: a change
	 * made through another context of the JVM (a browser test's server) reaches this one
	 * through the event feed, a moment later, and a copy read before would be put back as
	 * the "original".
	 */
	private RegionSetting caughtUp() {
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> this.regions.current().version() == storedVersion());
		return this.regions.current();
	}

	private long storedVersion() {
		Long version = this.jdbc.queryForObject("SELECT version FROM region_setting WHERE id = 1", Long.class);
		return (version != null) ? version : -1;
	}

	private <T> T asAdmin(Supplier<T> action) {
		Authentication before = this.security.getContext().getAuthentication();
		this.security.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null,
					AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
		try {
			return action.get();
		}
		finally {
			this.security.getContext().setAuthentication(before);
		}
	}

}
