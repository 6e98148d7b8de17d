package cn.pinghu.socialwork.security.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A live session of a wall display, on whichever node holds it. */
@Entity
@Table(name = "display_session")
public class DisplaySession {

	@Id
	@Column(name = "session_id", length = 128)
	private String sessionId;

	@Column(name = "device_id", nullable = false)
	private long deviceId;

	@Column(name = "started_at", nullable = false)
	private Instant startedAt;

	@Column(name = "seen_at", nullable = false)
	private Instant seenAt;

	protected DisplaySession() {
	}

	public DisplaySession(String sessionId, long deviceId, Instant startedAt) {
		this.sessionId = sessionId;
		this.deviceId = deviceId;
		this.startedAt = startedAt;
		this.seenAt = startedAt;
	}

	public String getSessionId() {
		return this.sessionId;
	}

	public long getDeviceId() {
		return this.deviceId;
	}

	public Instant getStartedAt() {
		return this.startedAt;
	}

}
