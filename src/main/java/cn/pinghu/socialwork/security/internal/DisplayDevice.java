package cn.pinghu.socialwork.security.internal;

import java.time.Instant;

import cn.pinghu.socialwork.shared.data.GeneratedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A wall display (大屏终端). Only the SHA-256 of its token is stored. */
@Entity
@Table(name = "display_device")
public class DisplayDevice extends GeneratedIdEntity {

	@Column(nullable = false, length = 64)
	private String name;

	@Column(name = "token_hash", nullable = false, unique = true, length = 64, columnDefinition = "char(64)")
	private String tokenHash;

	@Column(nullable = false)
	private boolean enabled = true;

	// Written only by DisplayDeviceRepository.touch, which throttles the writes.
	@Column(name = "last_seen_at", insertable = false, updatable = false)
	private @Nullable Instant lastSeenAt;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected DisplayDevice() {
	}

	public DisplayDevice(String name, String tokenHash, Instant createdAt) {
		this.name = name;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
	}

	public String getName() {
		return this.name;
	}

	public String getTokenHash() {
		return this.tokenHash;
	}

	/** A new token: the old one signs nothing in from now on. */
	public void setTokenHash(String tokenHash) {
		this.tokenHash = tokenHash;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public @Nullable Instant getLastSeenAt() {
		return this.lastSeenAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
