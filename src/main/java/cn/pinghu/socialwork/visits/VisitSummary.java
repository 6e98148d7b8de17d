package cn.pinghu.socialwork.visits;

import java.time.Instant;

/** A stored visit. */
public record VisitSummary(long id, String stationCode, Instant occurredAt, WorkerKind workerKind,
		String idempotencyKey, Instant receivedAt, VisitChannel channel) {
}
