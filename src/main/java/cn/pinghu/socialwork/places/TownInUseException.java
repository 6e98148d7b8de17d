package cn.pinghu.socialwork.places;

/**
 * A town that other records name cannot be deleted; the message is a translation key and
 * nothing was changed.
 */
public class TownInUseException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String messageKey;

	public TownInUseException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
