package cn.pinghu.socialwork.workdays;

/** What a calendar entry makes of its day. */
public enum DayKind {

	/** An official holiday (放假): no working day, even on a weekday. */
	HOLIDAY,
	/** A make-up working day (调休上班): a working day, even on a weekend. */
	WORKDAY

}
