package cn.pinghu.socialwork.visits;

/**
 * A visit was not stored. The reason says which HTTP answer fits and which translation
 * key explains it to the caller.
 */
public class VisitRejectedException extends RuntimeException {

	/** Why a visit was refused. */
	public enum Reason {

		/** The request itself is wrong (a field is missing or out of range). */
		INVALID,
		/**
		 * No API key, or not this station's; or no station has the code (answered alike,
		 * so that codes cannot be found out).
		 */
		UNAUTHORIZED,
		/** The station is suspended or closed. */
		STATION_NOT_OPEN,
		/**
		 * The rider's device checked in at the station within the repeat window: the
		 * visit counted once already (a QR check-in only).
		 */
		ALREADY_CHECKED_IN

	}

	private final Reason reason;

	private final String messageKey;

	private final Object[] arguments;

	public VisitRejectedException(Reason reason, String messageKey, Object... arguments) {
		super(messageKey);
		this.reason = reason;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public Reason reason() {
		return this.reason;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
