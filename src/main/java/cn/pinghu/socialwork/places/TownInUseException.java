package cn.pinghu.socialwork.places;

import cn.pinghu.socialwork.shared.data.ChangeRejectedException;

/**
 * A town that other records name cannot be deleted; the message is a translation key and
 * nothing was changed.
 */
public class TownInUseException extends ChangeRejectedException {

	private static final long serialVersionUID = 1L;

	public TownInUseException(String messageKey) {
		super(messageKey);
	}

}
