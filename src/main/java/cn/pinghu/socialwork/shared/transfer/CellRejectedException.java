package cn.pinghu.socialwork.shared.transfer;

/** A cell's text is not a value its column takes; the message is a translation key. */
public class CellRejectedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient TransferMessage reason;

	public CellRejectedException(String messageKey, Object... arguments) {
		super(messageKey);
		this.reason = TransferMessage.of(messageKey, arguments);
	}

	public TransferMessage reason() {
		return this.reason;
	}

}
