package cn.pinghu.socialwork.requests;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The requests' figures for a set of towns, as {@link RequestFigures} defines them.
 *
 * @param receivedToday received since today began (the console's zone)
 * @param receivedThisWeek received since Monday began
 * @param open not closed
 * @param overdue open and past a deadline they wait on
 * @param replyRate 回应率
 * @param closedOnTimeRate 按期办结率
 * @param averageDaysToClose the mean time from receipt to closure of the closed cases, in
 * days; {@code null} when none is closed
 * @param byCategory every category, in the enum's order
 * @param byTown every town in scope, in display order
 */
public record RequestFigureSet(long receivedToday, long receivedThisWeek, long open, long overdue,
		RequestRate replyRate, RequestRate closedOnTimeRate, @Nullable BigDecimal averageDaysToClose,
		List<CategoryRequests> byCategory, List<TownRequests> byTown) {
}
