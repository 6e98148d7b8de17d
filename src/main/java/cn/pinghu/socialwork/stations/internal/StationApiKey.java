package cn.pinghu.socialwork.stations.internal;

import java.time.Instant;

import cn.pinghu.socialwork.shared.data.GeneratedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A station's API key. Only its SHA-256 is stored. */
@Entity
@Table(name = "station_api_key")
public class StationApiKey extends GeneratedIdEntity {

	@Column(name = "station_id", nullable = false)
	private long stationId;

	@Column(name = "key_hash", nullable = false, unique = true, length = 64, columnDefinition = "char(64)")
	private String keyHash;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	protected StationApiKey() {
	}

	public StationApiKey(long stationId, String keyHash, Instant createdAt) {
		this.stationId = stationId;
		this.keyHash = keyHash;
		this.createdAt = createdAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/** Revokes the key: the API refuses it from now on. */
	public void revoke(Instant at) {
		if (this.revokedAt == null) {
			this.revokedAt = at;
		}
	}

	public long getStationId() {
		return this.stationId;
	}

	public String getKeyHash() {
		return this.keyHash;
	}

	public boolean isActive() {
		return this.revokedAt == null;
	}

}
