package cn.pinghu.socialwork.stations;

/**
 * A station's API key was not accepted; the reason says whether the key or the station
 * was wrong.
 */
public class ApiKeyRejectedException extends RuntimeException {

	/** Why a key was refused. */
	public enum Reason {

		/** No key came with the request. */
		MISSING_KEY,
		/** The key is unknown, revoked, or another station's. */
		WRONG_KEY,
		/** No station has the code the request names. */
		UNKNOWN_STATION

	}

	private final Reason reason;

	public ApiKeyRejectedException(Reason reason) {
		super(reason.name());
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

}
