package cn.pinghu.socialwork.stations;

/**
 * A station poster cannot be printed, with the reason the user reads as a translation
 * key: production without the console's public address, an archived station, or no
 * station to print.
 */
public class PosterRefusedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * Production has no {@code console.public-base-url}: a QR code would lead nowhere.
	 */
	public static final String NO_PUBLIC_ADDRESS = "stations.poster.refused.no-public-address";

	/** The station is archived: nobody checks in there. */
	public static final String ARCHIVED = "stations.poster.refused.archived";

	/** The caller's towns have no station in use. */
	public static final String NO_STATIONS = "stations.poster.refused.no-stations";

	private final String messageKey;

	public PosterRefusedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	/** The translation key of the reason. */
	public String messageKey() {
		return this.messageKey;
	}

}
