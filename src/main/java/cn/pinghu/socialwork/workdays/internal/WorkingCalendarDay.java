package cn.pinghu.socialwork.workdays.internal;

import java.time.Instant;
import java.time.LocalDate;

import cn.pinghu.socialwork.shared.data.GeneratedIdEntity;
import cn.pinghu.socialwork.workdays.DayKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A holiday or make-up working day of the calendar. */
@Entity
@Table(name = "working_calendar_day")
public class WorkingCalendarDay extends GeneratedIdEntity {

	@Column(nullable = false, unique = true)
	private LocalDate day;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 8)
	private DayKind kind;

	@Column(nullable = false, length = 32)
	private String name;

	@Column(name = "created_by", nullable = false, length = 64)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected WorkingCalendarDay() {
	}

	public WorkingCalendarDay(LocalDate day, DayKind kind, String name, String createdBy, Instant createdAt) {
		this.day = day;
		this.kind = kind;
		this.name = name;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	public LocalDate getDay() {
		return this.day;
	}

	public DayKind getKind() {
		return this.kind;
	}

	public String getName() {
		return this.name;
	}

}
