package cn.pinghu.socialwork.security.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.shared.data.VersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A console user. The password hash carries its encoder's prefix (such as
 * {@code {bcrypt}}), as Spring's delegating password encoder expects.
 */
@Entity
@Table(name = "app_user")
public class AppUser extends VersionedEntity {

	@Column(nullable = false, unique = true, length = 64)
	private String username;

	@Column(name = "display_name", nullable = false, length = 64)
	private String displayName;

	@Column(name = "password_hash", nullable = false, length = 100)
	private String passwordHash;

	@Column(length = 11)
	private @Nullable String phone;

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(name = "password_change_required", nullable = false)
	private boolean passwordChangeRequired;

	// The login counters are written only by AppUserRepository's update queries: a
	// user edited in a form must never overwrite a count that changed meanwhile.
	@Column(name = "failed_login_count", nullable = false, insertable = false, updatable = false)
	private int failedLoginCount;

	@Column(name = "locked_until", insertable = false, updatable = false)
	private @Nullable Instant lockedUntil;

	@ElementCollection
	@CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "role", nullable = false, length = 16)
	private Set<Role> roles = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "app_user_town", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "town_id", nullable = false)
	private Set<Long> townIds = new HashSet<>();

	protected AppUser() {
	}

	public AppUser(String username, String displayName, String passwordHash, Set<Role> roles, Set<Long> townIds) {
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.roles = new HashSet<>(roles);
		this.townIds = new HashSet<>(townIds);
	}

	/** Changes what the user form edits. */
	public void change(String displayName, @Nullable String phone, Set<Role> roles, Set<Long> townIds) {
		this.displayName = displayName;
		this.phone = phone;
		this.roles.clear();
		this.roles.addAll(roles);
		this.townIds.clear();
		this.townIds.addAll(townIds);
	}

	/**
	 * Sets a new password hash.
	 * @param changeRequired whether the user must choose another one at the next sign-in
	 */
	public void setPassword(String passwordHash, boolean changeRequired) {
		this.passwordHash = passwordHash;
		this.passwordChangeRequired = changeRequired;
	}

	public @Nullable String getPhone() {
		return this.phone;
	}

	public boolean isPasswordChangeRequired() {
		return this.passwordChangeRequired;
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public int getFailedLoginCount() {
		return this.failedLoginCount;
	}

	public @Nullable Instant getLockedUntil() {
		return this.lockedUntil;
	}

	/** Whether the account is locked at the given instant. */
	public boolean isLockedAt(Instant now) {
		return new LoginState(this.failedLoginCount, this.lockedUntil).lockedAt(now);
	}

	public Set<Role> getRoles() {
		return Set.copyOf(this.roles);
	}

	public Set<Long> getTownIds() {
		return Set.copyOf(this.townIds);
	}

}
