package cn.pinghu.socialwork.security;

import cn.pinghu.socialwork.identity.Role;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import cn.pinghu.socialwork.shared.data.VersionedDraft;
import org.jspecify.annotations.Nullable;

/**
 * A user as the user form edits it. The messages are translation keys
 * ({@code i18n/security}). The username cannot change once the user exists.
 */
public class UserDraft extends VersionedDraft {

	/** Lower-case letters, digits, dot, dash and underscore, starting with a letter. */
	public static final String USERNAME_PATTERN = "[a-z][a-z0-9._-]{2,31}";

	/** A mainland mobile number. */
	public static final String PHONE_PATTERN = "1[3-9]\\d{9}";

	@NotBlank(message = "security.validation.username-required")
	@Pattern(regexp = USERNAME_PATTERN, message = "security.validation.username-pattern")
	private @Nullable String username;

	@NotBlank(message = "security.validation.display-name-required")
	@Size(max = 64, message = "security.validation.display-name-too-long")
	private @Nullable String displayName;

	@Pattern(regexp = PHONE_PATTERN, message = "security.validation.phone-pattern")
	private @Nullable String phone;

	@NotEmpty(message = "security.validation.roles-required")
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private Set<Long> townIds = new HashSet<>();

	public UserDraft() {
	}

	public static UserDraft of(UserSummary user) {
		UserDraft draft = new UserDraft();
		draft.username = user.username();
		draft.displayName = user.displayName();
		draft.phone = user.phone();
		draft.setRoles(user.roles());
		draft.setTownIds(user.townIds());
		draft.setVersion(user.version());
		return draft;
	}

	public @Nullable String getUsername() {
		return this.username;
	}

	public void setUsername(@Nullable String username) {
		this.username = username;
	}

	public @Nullable String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(@Nullable String displayName) {
		this.displayName = displayName;
	}

	public @Nullable String getPhone() {
		return this.phone;
	}

	public void setPhone(@Nullable String phone) {
		this.phone = (phone == null || phone.isBlank()) ? null : phone.strip();
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	public void setRoles(@Nullable Set<Role> roles) {
		this.roles = (roles == null || roles.isEmpty()) ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
	}

	public Set<Long> getTownIds() {
		return this.townIds;
	}

	public void setTownIds(@Nullable Set<Long> townIds) {
		this.townIds = (townIds == null) ? new HashSet<>() : new HashSet<>(townIds);
	}

}
