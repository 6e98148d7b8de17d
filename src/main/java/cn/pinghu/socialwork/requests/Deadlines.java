package cn.pinghu.socialwork.requests;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import cn.pinghu.socialwork.progress.Signal;
import cn.pinghu.socialwork.workdays.WorkingDays;

/**
 * A case's two deadlines, counted from the day it was received in the console's zone:
 * <ul>
 * <li>the reply is due by the end of the {@code replyWorkingDays}-th working day after
 * that day (the issue: "a reply within 1 working day"; weekends and holidays do not
 * count, make-up working days do), so a request received on Friday is due by Monday's
 * end;</li>
 * <li>the closure is due by the end of the {@code closeDays}-th calendar day after it
 * ("closure within 7 days": the issue says working days only of the reply).</li>
 * </ul>
 * Both are fixed when the case is filed: a calendar entry added later moves no deadline.
 *
 * @param replyDue when the first reply is due
 * @param closeDue when the closure is due
 */
public record Deadlines(Instant replyDue, Instant closeDue) {

	public static Deadlines of(Instant receivedAt, ZoneId zone, WorkingDays workingDays, int replyWorkingDays,
			int closeDays) {
		LocalDate received = LocalDate.ofInstant(receivedAt, zone);
		Instant replyDue = endOf(workingDays.after(received, replyWorkingDays), zone);
		Instant closeDue = endOf(received.plusDays(closeDays), zone);
		return new Deadlines(replyDue, closeDue);
	}

	private static Instant endOf(LocalDate day, ZoneId zone) {
		return day.plusDays(1).atStartOfDay(zone).toInstant();
	}

	/**
	 * 三色 of a deadline running from {@code start} to {@code due}: green on time, yellow
	 * in its last quarter, red once it has passed.
	 */
	public static Signal signal(Instant start, Instant due, Instant now) {
		if (now.isAfter(due)) {
			return Signal.RED;
		}
		Duration quarter = Duration.between(start, due).dividedBy(4);
		return now.isBefore(due.minus(quarter)) ? Signal.GREEN : Signal.YELLOW;
	}

	/**
	 * 三色 of a case: while it waits for its reply the worse of both deadlines, once
	 * replied its closure's; a closed case is green if it closed on time, red if late.
	 */
	public static Signal signal(RequestStatus status, Instant receivedAt, Instant replyDue, Instant closeDue,
			@org.jspecify.annotations.Nullable Instant closedAt, Instant now) {
		if (status == RequestStatus.CLOSED) {
			return (closedAt != null && !closedAt.isAfter(closeDue)) ? Signal.GREEN : Signal.RED;
		}
		Signal closing = signal(receivedAt, closeDue, now);
		if (status == RequestStatus.REPLIED) {
			return closing;
		}
		Signal replying = signal(receivedAt, replyDue, now);
		return (replying.compareTo(closing) >= 0) ? replying : closing;
	}

	/** Whether an open case has missed a deadline it still waits on. */
	public static boolean overdue(RequestStatus status, Instant replyDue, Instant closeDue, Instant now) {
		if (status == RequestStatus.CLOSED) {
			return false;
		}
		return now.isAfter(closeDue) || (status == RequestStatus.RECEIVED && now.isAfter(replyDue));
	}

}
