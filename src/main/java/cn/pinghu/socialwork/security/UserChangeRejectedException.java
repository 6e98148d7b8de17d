package cn.pinghu.socialwork.security;

import cn.pinghu.socialwork.shared.data.ChangeRejectedException;

/**
 * A change to a user account that a rule forbids, such as disabling the last
 * administrator. The message is a translation key; nothing was changed.
 */
public class UserChangeRejectedException extends ChangeRejectedException {

	private static final long serialVersionUID = 1L;

	public UserChangeRejectedException(String messageKey) {
		super(messageKey);
	}

}
