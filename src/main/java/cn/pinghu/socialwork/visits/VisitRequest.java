package cn.pinghu.socialwork.visits;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A visit to record. {@code occurredAt} may be left out and then means now. The other
 * fields are nullable because callers post them: {@link VisitService#recordVisit} refuses
 * a visit that lacks them.
 */
public record VisitRequest(@Nullable WorkerKind workerKind, @Nullable OffsetDateTime occurredAt,
		@Nullable String idempotencyKey) {
}
