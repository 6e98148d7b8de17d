package cn.pinghu.socialwork.requests;

import cn.pinghu.socialwork.shared.data.ChangeRejectedException;

/**
 * A request or a step of its case broke a rule and nothing was stored; the message key
 * names the rule in the requests bundle.
 */
public class RequestRejectedException extends ChangeRejectedException {

	private static final long serialVersionUID = 1L;

	public RequestRejectedException(String messageKey) {
		super(messageKey);
	}

}
