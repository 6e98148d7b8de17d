package cn.pinghu.socialwork.requests;

import java.time.Instant;

import cn.pinghu.socialwork.progress.Signal;
import org.jspecify.annotations.Nullable;

/**
 * A case as the worklist shows it. The phone number is masked ({@code 138****1234}) for
 * the handling town's coordinators and administrators, who may show it in full
 * ({@link RiderRequestService#showPhone}); everybody else gets none.
 *
 * @param phone the masked number, or {@code null} when there is none or the caller may
 * not see it
 * @param hasPhone whether the case has a number at all
 * @param signal 三色 of the deadline now running, or for a closed case whether it closed on
 * time (green) or late (red)
 * @param mayAct whether the caller may reply, close and show the number
 */
public record RequestSummary(long id, long townId, @Nullable Long stationId, RequestChannel channel,
		RequestCategory category, String text, @Nullable String phone, boolean hasPhone, RequestStatus status,
		Instant receivedAt, Instant replyDue, Instant closeDue, @Nullable String replyText, @Nullable Instant repliedAt,
		@Nullable String repliedBy, @Nullable String outcome, @Nullable Instant closedAt, @Nullable String closedBy,
		@Nullable Integer rating, Signal signal, boolean overdue, boolean mayAct, long version) {
}
