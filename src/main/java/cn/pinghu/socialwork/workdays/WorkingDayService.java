package cn.pinghu.socialwork.workdays;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditService;
import cn.pinghu.socialwork.audit.FieldDiff;
import cn.pinghu.socialwork.identity.Access;
import cn.pinghu.socialwork.identity.CurrentUser;
import cn.pinghu.socialwork.shared.ConsoleCalendar;
import cn.pinghu.socialwork.workdays.internal.WorkingCalendarDay;
import cn.pinghu.socialwork.workdays.internal.WorkingCalendarDayRepository;
import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The working-day calendar: administrators add and remove China's official holidays and
 * make-up working days (调休上班) as the State Council announces them each year; deadlines in
 * working days count with {@link #workingDays}. Nothing is seeded in production: a year
 * without entries counts Monday to Friday, and the calendar page says so.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class WorkingDayService {

	/** The entity type calendar entries have in the audit trail. */
	public static final String CALENDAR_DAY = "WorkingCalendarDay";

	/** How far past the last day asked about the calendar is read for a count. */
	private static final int READ_AHEAD_DAYS = 120;

	private final WorkingCalendarDayRepository days;

	private final CurrentUser currentUser;

	private final ConsoleCalendar calendar;

	private final AuditService audit;

	WorkingDayService(WorkingCalendarDayRepository days, CurrentUser currentUser, ConsoleCalendar calendar,
			AuditService audit) {
		this.days = days;
		this.currentUser = currentUser;
		this.calendar = calendar;
		this.audit = audit;
	}

	/** The entries of a year, in order of day. */
	@PreAuthorize(Access.READERS)
	public List<CalendarDay> days(int year) {
		return this.days.findByDayBetweenOrderByDay(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.stream()
			.map(WorkingDayService::toDay)
			.toList();
	}

	/** Whether the calendar has any entry in the year. */
	@PreAuthorize(Access.READERS)
	public boolean hasEntries(int year) {
		return this.days.existsByDayBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	/**
	 * The working days from {@code from} on, as the calendar stands: enough for counts of
	 * a few working days after {@code from}. Anybody may count, since a rider's request
	 * filed on the public page gets its deadline from it.
	 */
	@PreAuthorize(Access.ANYONE)
	public WorkingDays workingDays(LocalDate from) {
		Map<LocalDate, DayKind> entries = this.days.findByDayBetweenOrderByDay(from, from.plusDays(READ_AHEAD_DAYS))
			.stream()
			.collect(Collectors.toMap(WorkingCalendarDay::getDay, WorkingCalendarDay::getKind));
		return new WorkingDays(entries);
	}

	/**
	 * Adds an entry.
	 * @throws CalendarDayRejectedException if the day has one already
	 */
	@Transactional
	@PreAuthorize(Access.ADMIN)
	public CalendarDay add(@Valid CalendarDayDraft draft) {
		LocalDate day = Objects.requireNonNull(draft.day());
		if (this.days.findByDay(day).isPresent()) {
			throw new CalendarDayRejectedException("workdays.rejected.taken");
		}
		WorkingCalendarDay saved;
		try {
			saved = this.days.saveAndFlush(new WorkingCalendarDay(day, Objects.requireNonNull(draft.kind()),
					Objects.requireNonNull(draft.name()).strip(), this.currentUser.require().username(),
					this.calendar.now()));
		}
		catch (DataIntegrityViolationException ex) {
			throw new CalendarDayRejectedException("workdays.rejected.taken");
		}
		CalendarDay added = toDay(saved);
		this.audit.record(AuditAction.CREATE, CALENDAR_DAY, saved.getId(), null,
				FieldDiff.created(FieldDiff.fields(added)));
		return added;
	}

	/**
	 * Removes the entry of a day.
	 * @throws CalendarDayRejectedException if the day has none
	 */
	@Transactional
	@PreAuthorize(Access.ADMIN)
	public void remove(LocalDate day) {
		WorkingCalendarDay entry = this.days.findByDay(day)
			.orElseThrow(() -> new CalendarDayRejectedException("workdays.rejected.unknown"));
		this.days.delete(entry);
		this.audit.record(AuditAction.DELETE, CALENDAR_DAY, entry.getId(), null,
				FieldDiff.between(FieldDiff.fields(toDay(entry)), Map.of()));
	}

	private static CalendarDay toDay(WorkingCalendarDay entry) {
		return new CalendarDay(entry.getDay(), entry.getKind(), entry.getName());
	}

}
