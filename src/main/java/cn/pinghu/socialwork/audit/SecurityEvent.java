package cn.pinghu.socialwork.audit;

import java.time.Instant;
import java.util.List;

/**
 * A security event as the audit trail stores it.
 *
 * @param occurredAt when it happened, not when it was stored
 * @param username the account it concerns, as typed at the sign-in (cleaned), or
 * {@link AuditService#SYSTEM} for what concerns no account, such as refused keys
 * @param action which event; one of {@link AuditKind#SECURITY}
 * @param details what the security log says of it: address, until, by whom...; never a
 * secret
 */
public record SecurityEvent(Instant occurredAt, String username, AuditAction action, List<FieldChange> details) {

	public SecurityEvent {
		if (action.kind() != AuditKind.SECURITY) {
			throw new IllegalArgumentException(action + " is no security event");
		}
		details = List.copyOf(details);
	}

}
