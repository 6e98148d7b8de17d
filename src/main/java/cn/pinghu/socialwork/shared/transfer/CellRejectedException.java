package cn.pinghu.socialwork.shared.transfer;

/** A cell's text is not a value its column takes; the message is a translation key. */
public class CellRejectedException extends TransferMessageException {

	private static final long serialVersionUID = 1L;

	public CellRejectedException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
