package cn.pinghu.socialwork.audit;

import java.time.Clock;
import java.util.List;

import cn.pinghu.socialwork.audit.internal.AuditRow;
import cn.pinghu.socialwork.audit.internal.AuditRowRepository;
import cn.pinghu.socialwork.audit.internal.AuditRows;
import cn.pinghu.socialwork.identity.Access;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the audit trail. A row is written in the transaction of the change it
 * records, so that a change and its trail commit or roll back together.
 */
@Service
@Transactional(readOnly = true)
public class AuditService {

	/** Who changed something when nobody is signed in: imports, jobs, migrations. */
	public static final String SYSTEM = "system";

	/** The entity type of security events, which concern no record. */
	public static final String SECURITY_EVENT = "SecurityEvent";

	private static final TypeReference<List<FieldChange>> CHANGE_LIST = new TypeReference<>() {
	};

	private final AuditRowRepository rows;

	private final ObjectMapper json;

	private final Clock clock;

	/**
	 * The holder that method security reads too: the user audited is the one it checked.
	 */
	private final SecurityContextHolderStrategy contexts;

	AuditService(AuditRowRepository rows, ObjectMapper json, Clock clock, SecurityContextHolderStrategy contexts) {
		this.rows = rows;
		this.json = json;
		this.clock = clock;
		this.contexts = contexts;
	}

	/**
	 * Records a change; must run inside the transaction of that change. The user is the
	 * one signed in, or {@link #SYSTEM}.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public AuditEntry record(AuditAction action, String entityType, long entityId, @Nullable Long townId,
			List<FieldChange> changes) {
		return record(action, entityType, entityId, townId, null, changes);
	}

	/** Records a change that belongs to a batch, such as one row of an import. */
	@Transactional(propagation = Propagation.MANDATORY)
	public AuditEntry record(AuditAction action, String entityType, long entityId, @Nullable Long townId,
			@Nullable String batchId, List<FieldChange> changes) {
		AuditRow row = this.rows.save(new AuditRow(this.clock.instant(), username(), action, entityType, entityId,
				townId, batchId, json(changes)));
		return toEntry(row);
	}

	private String json(List<FieldChange> changes) {
		try {
			return this.json.writeValueAsString(changes);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("Changes cannot be written as JSON: " + changes, ex);
		}
	}

	/**
	 * Stores security events in a transaction of their own: they happened whether or not
	 * anything around them commits. The caller bounds how many it stores (see
	 * {@code security.SecurityTrail}).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordSecurityEvents(List<SecurityEvent> events) {
		for (SecurityEvent event : events) {
			this.rows.save(new AuditRow(event.occurredAt(), event.username(), event.action(), SECURITY_EVENT, 0L, null,
					null, json(event.details())));
		}
	}

	/**
	 * A page of the audit trail, newest first unless the page says otherwise, without
	 * counting it: the count is {@link #count}.
	 */
	@PreAuthorize(Access.ADMIN)
	public Slice<AuditEntry> slice(AuditFilter filter, Pageable pageable) {
		// the fluent query orders a slice by the pageable's sort alone
		return this.rows.findBy(AuditRows.matching(filter), query -> query.slice(withDefaultSort(pageable)))
			.map(this::toEntry);
	}

	/** How many rows of the audit trail match the filter. */
	@PreAuthorize(Access.ADMIN)
	public long count(AuditFilter filter) {
		return this.rows.count(AuditRows.matching(filter));
	}

	/** The entity types the trail holds rows of, for the filter. */
	@PreAuthorize(Access.ADMIN)
	public List<String> entityTypes() {
		return this.rows.findEntityTypes();
	}

	/**
	 * The history of one record, newest first. The caller decides whether the user may
	 * see that record: features call this after their own scope check.
	 */
	@PreAuthorize(Access.SIGNED_IN)
	public List<AuditEntry> history(String entityType, long entityId) {
		return this.rows
			.findAll(AuditRows.matching(AuditFilter.of(entityType, entityId)),
					Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id")))
			.stream()
			.map(this::toEntry)
			.toList();
	}

	private static Pageable withDefaultSort(Pageable pageable) {
		Sort sort = pageable.getSort().isSorted() ? pageable.getSort().and(Sort.by(Sort.Order.desc("id")))
				: Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));
		return pageable.isPaged()
				? org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort)
				: Pageable.unpaged(sort);
	}

	private AuditEntry toEntry(AuditRow row) {
		List<FieldChange> changes;
		try {
			changes = this.json.readValue(row.getChanges(), CHANGE_LIST);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Audit row " + row.getId() + " holds no change list", ex);
		}
		return new AuditEntry(row.getId(), row.getOccurredAt(), row.getUsername(), row.getAction(), row.getEntityType(),
				row.getEntityId(), row.getTownId(), row.getBatchId(), changes);
	}

	private String username() {
		Authentication authentication = this.contexts.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return SYSTEM;
		}
		return authentication.getName();
	}

}
