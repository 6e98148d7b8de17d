package cn.pinghu.socialwork.requests;

/** How a request reached the console. */
public enum RequestChannel {

	/** The rider filed it on a station's check-in page ("我要反映"). */
	CHECKIN_PAGE,
	/** A coordinator entered it from the hotline (小哥诉求反馈热线). */
	HOTLINE

}
