package cn.pinghu.socialwork.security.ui;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.pinghu.socialwork.audit.ui.AuditHistory;
import cn.pinghu.socialwork.security.UserAdminService;

/** The History tab of the user form. Passwords never reach the audit trail. */
class UserHistory extends AuditHistory {

	private static final Map<String, String> FIELD_LABELS = Map.of("username", "users.column.username", "displayName",
			"users.column.display-name", "phone", "users.column.phone", "roles", "users.column.roles", "townIds",
			"users.column.towns", "enabled", "users.column.status", "lockedUntil", "users.column.locked",
			UserAdminService.PASSWORD_FIELD, "users.column.password");

	private final Map<Long, String> townNames;

	UserHistory(ZoneId zone, Map<Long, String> townNames) {
		super(zone, FIELD_LABELS, Set.of("lockedUntil"));
		this.townNames = Map.copyOf(townNames);
		addClassName("user-history");
	}

	@Override
	protected String text(String field, String value) {
		return switch (field) {
			case "roles" -> Arrays.stream(value.split(";"))
				.map(role -> getTranslation("role." + role))
				.collect(Collectors.joining(getTranslation("users.separator")));
			case "townIds" -> Arrays.stream(value.split(";"))
				.map(id -> nameOf(this.townNames, id))
				.collect(Collectors.joining(getTranslation("users.separator")));
			case "enabled" -> getTranslation("users.enabled." + value);
			case UserAdminService.PASSWORD_FIELD -> getTranslation("users.password." + value);
			default -> value;
		};
	}

}
