package cn.pinghu.socialwork.stations;

/**
 * A station whose API key has been checked: what lets a caller record many visits of the
 * station without the key being looked up for each. Only {@link StationKeyService} makes
 * one.
 */
public final class AuthenticatedStation {

	private final long id;

	private final String code;

	AuthenticatedStation(long id, String code) {
		this.id = id;
		this.code = code;
	}

	long id() {
		return this.id;
	}

	/** The station's code, e.g. {@code RS001}. */
	public String code() {
		return this.code;
	}

	@Override
	public String toString() {
		return "AuthenticatedStation[" + this.code + "]";
	}

}
