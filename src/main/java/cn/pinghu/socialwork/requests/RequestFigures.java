package cn.pinghu.socialwork.requests;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.pinghu.socialwork.identity.Access;
import cn.pinghu.socialwork.identity.CurrentUser;
import cn.pinghu.socialwork.identity.TownScope;
import cn.pinghu.socialwork.places.CommunityService;
import cn.pinghu.socialwork.places.TownSummary;
import cn.pinghu.socialwork.requests.internal.RequestCountQueries;
import cn.pinghu.socialwork.shared.ConsoleCalendar;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The requests' figures, read-only, for the caller's towns (a wall display's: all).
 * <ul>
 * <li><b>Due for a reply</b>: the cases whose reply deadline has passed, and those that
 * had their reply (whenever it came). <b>回应率</b> = the cases replied by their reply
 * deadline ÷ the cases due for a reply.</li>
 * <li><b>Due for closure</b>: the cases whose closure deadline has passed, and those
 * closed (whenever). <b>按期办结率</b> = the cases closed by their closure deadline ÷ the
 * cases due for closure.</li>
 * </ul>
 * So a case still within its deadlines counts in neither rate until it is answered or its
 * deadline passes, and a late answer counts as due but not on time. A deadline has passed
 * once the instant is after it.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.SCREEN_READERS)
public class RequestFigures {

	private static final BigDecimal SECONDS_A_DAY = BigDecimal.valueOf(86_400);

	private final RequestCountQueries counts;

	private final CommunityService places;

	private final CurrentUser currentUser;

	private final ConsoleCalendar calendar;

	RequestFigures(RequestCountQueries counts, CommunityService places, CurrentUser currentUser,
			ConsoleCalendar calendar) {
		this.counts = counts;
		this.places = places;
		this.currentUser = currentUser;
		this.calendar = calendar;
	}

	/** The figures of the caller's towns now. */
	public RequestFigureSet figures() {
		TownScope scope = this.currentUser.readScope();
		@Nullable Set<Long> towns = scope.allTowns() ? null : scope.townIds();
		Instant now = this.calendar.now();
		LocalDate today = this.calendar.dayOf(now);
		Instant todayStarts = today.atStartOfDay(this.calendar.zone()).toInstant();
		Instant weekStarts = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
			.atStartOfDay(this.calendar.zone())
			.toInstant();
		List<RequestCountQueries.Row> rows = this.counts.counts(towns, now, todayStarts, weekStarts);
		return figures(rows, this.places.townsInScope());
	}

	static RequestFigureSet figures(List<RequestCountQueries.Row> rows, List<TownSummary> towns) {
		Total all = new Total();
		Map<RequestCategory, Total> byCategory = new EnumMap<>(RequestCategory.class);
		Map<Long, Total> byTown = new HashMap<>();
		for (RequestCountQueries.Row row : rows) {
			all.add(row);
			byCategory.computeIfAbsent(row.category(), category -> new Total()).add(row);
			byTown.computeIfAbsent(row.townId(), town -> new Total()).add(row);
		}
		List<CategoryRequests> categories = new ArrayList<>();
		for (RequestCategory category : RequestCategory.values()) {
			Total total = byCategory.getOrDefault(category, new Total());
			categories.add(new CategoryRequests(category, total.received, total.open));
		}
		List<TownRequests> townFigures = towns.stream().map(town -> {
			Total total = byTown.getOrDefault(town.id(), new Total());
			return new TownRequests(town.id(), town.name(), total.received, total.open, total.overdue,
					new RequestRate(total.repliedOnTime, total.replyDue),
					new RequestRate(total.closedOnTime, total.closeDue));
		}).toList();
		BigDecimal averageDays = (all.closed == 0) ? null : BigDecimal.valueOf(all.closeSeconds)
			.divide(SECONDS_A_DAY.multiply(BigDecimal.valueOf(all.closed)), 1, RoundingMode.HALF_UP);
		return new RequestFigureSet(all.receivedToday, all.receivedThisWeek, all.open, all.overdue,
				new RequestRate(all.repliedOnTime, all.replyDue), new RequestRate(all.closedOnTime, all.closeDue),
				averageDays, categories, townFigures);
	}

	private static final class Total {

		long received;

		long receivedToday;

		long receivedThisWeek;

		long open;

		long overdue;

		long replyDue;

		long repliedOnTime;

		long closeDue;

		long closedOnTime;

		long closed;

		long closeSeconds;

		void add(RequestCountQueries.Row row) {
			this.received += row.received();
			this.receivedToday += row.receivedToday();
			this.receivedThisWeek += row.receivedThisWeek();
			this.open += row.open();
			this.overdue += row.overdue();
			this.replyDue += row.replyDue();
			this.repliedOnTime += row.repliedOnTime();
			this.closeDue += row.closeDue();
			this.closedOnTime += row.closedOnTime();
			this.closed += row.closed();
			this.closeSeconds += row.closeSeconds();
		}

	}

}
