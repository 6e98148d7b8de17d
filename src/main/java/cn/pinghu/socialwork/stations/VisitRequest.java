package cn.pinghu.socialwork.stations;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A visit to record. {@code occurredAt} may be left out and then means now.
 */
public record VisitRequest(WorkerKind workerKind, @Nullable OffsetDateTime occurredAt, String idempotencyKey) {
}
