package cn.pinghu.socialwork.shared.data;

/**
 * A rule refused a change as a whole, and nothing was changed. The message is a
 * translation key, for the form to show.
 */
public abstract class ChangeRejectedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String messageKey;

	protected ChangeRejectedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	/** The translation key of the message. */
	public String messageKey() {
		return this.messageKey;
	}

}
