package cn.pinghu.socialwork.workdays;

import cn.pinghu.socialwork.shared.data.ChangeRejectedException;

/** A calendar entry was refused (its day already has one, or it has none to remove). */
public class CalendarDayRejectedException extends ChangeRejectedException {

	private static final long serialVersionUID = 1L;

	public CalendarDayRejectedException(String messageKey) {
		super(messageKey);
	}

}
