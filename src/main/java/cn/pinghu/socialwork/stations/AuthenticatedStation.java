package cn.pinghu.socialwork.stations;

/**
 * A station whose API key has been checked: the principal of a station's request to the
 * visits API, which lets it record visits without the key being looked up again. Only
 * {@link StationKeyService} makes one.
 */
public final class AuthenticatedStation {

	private final KeyedStation station;

	AuthenticatedStation(KeyedStation station) {
		this.station = station;
	}

	long id() {
		return this.station.id();
	}

	/** The station's code, e.g. {@code RS001}. */
	public String code() {
		return this.station.code();
	}

	/**
	 * The station as it was when its key was checked, at most a few seconds ago (a key
	 * checked lately is believed for a while, see {@link StationKeyService}).
	 */
	public KeyedStation checked() {
		return this.station;
	}

	@Override
	public String toString() {
		return "AuthenticatedStation[" + code() + "]";
	}

}
