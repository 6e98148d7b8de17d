package cn.pinghu.socialwork.stations;

/**
 * A station's API key was not accepted. An unknown station and a wrong key are refused
 * alike, so that station codes cannot be found out by trying them.
 */
public class ApiKeyRejectedException extends RuntimeException {

	/** Why a key was refused. */
	public enum Reason {

		/** No key came with the request. */
		MISSING_KEY,
		/**
		 * The key is unknown, revoked, or not the station's; or no station has the code.
		 */
		WRONG_KEY

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
