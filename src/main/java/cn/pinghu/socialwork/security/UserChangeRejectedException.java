package cn.pinghu.socialwork.security;

/**
 * A change to a user account that a rule forbids, such as disabling the last
 * administrator. The message is a translation key; nothing was changed.
 */
public class UserChangeRejectedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String messageKey;

	public UserChangeRejectedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
