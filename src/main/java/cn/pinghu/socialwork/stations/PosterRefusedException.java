package cn.pinghu.socialwork.stations;

import cn.pinghu.socialwork.shared.data.ChangeRejectedException;

/**
 * A station poster cannot be printed, and nothing was written; the reason the user reads
 * is the translation key: production without the console's public address, an archived
 * station, or no station to print.
 */
public class PosterRefusedException extends ChangeRejectedException {

	private static final long serialVersionUID = 1L;

	/**
	 * Production has no {@code console.public-base-url}: a QR code would lead nowhere.
	 */
	public static final String NO_PUBLIC_ADDRESS = "stations.poster.refused.no-public-address";

	/** The station is archived: nobody checks in there. */
	public static final String ARCHIVED = "stations.poster.refused.archived";

	/** The caller's towns have no station in use. */
	public static final String NO_STATIONS = "stations.poster.refused.no-stations";

	public PosterRefusedException(String messageKey) {
		super(messageKey);
	}

}
