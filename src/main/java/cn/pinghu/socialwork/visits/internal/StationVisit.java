package cn.pinghu.socialwork.visits.internal;

import java.time.Instant;

import cn.pinghu.socialwork.visits.VisitChannel;
import cn.pinghu.socialwork.visits.WorkerKind;
import cn.pinghu.socialwork.shared.data.GeneratedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** 到站服务: one rider's visit to a station. Visits are facts: never changed once stored. */
@Entity
@Table(name = "station_visit")
public class StationVisit extends GeneratedIdEntity {

	@Column(name = "station_id", nullable = false)
	private long stationId;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "worker_kind", nullable = false, length = 16)
	private WorkerKind workerKind;

	@Column(name = "idempotency_key", nullable = false, length = 64)
	private String idempotencyKey;

	@Column(name = "received_at", nullable = false)
	private Instant receivedAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "channel", nullable = false, length = 8)
	private VisitChannel channel = VisitChannel.DEVICE;

	/** The facilities a rider ticked on checking in, comma-separated; none otherwise. */
	@Column(name = "facilities_used")
	private String facilitiesUsed;

	protected StationVisit() {
	}

	public StationVisit(long stationId, Instant occurredAt, WorkerKind workerKind, String idempotencyKey,
			Instant receivedAt) {
		this.stationId = stationId;
		this.occurredAt = occurredAt;
		this.workerKind = workerKind;
		this.idempotencyKey = idempotencyKey;
		this.receivedAt = receivedAt;
	}

	public long getStationId() {
		return this.stationId;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public WorkerKind getWorkerKind() {
		return this.workerKind;
	}

	public String getIdempotencyKey() {
		return this.idempotencyKey;
	}

	public Instant getReceivedAt() {
		return this.receivedAt;
	}

	public VisitChannel getChannel() {
		return this.channel;
	}

	public String getFacilitiesUsed() {
		return this.facilitiesUsed;
	}

}
