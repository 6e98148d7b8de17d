package cn.pinghu.socialwork.shared.transfer;

/**
 * A step of a transfer refused what it was given, with the reason the user reads: a
 * translation key and its arguments.
 */
public abstract class TransferMessageException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient TransferMessage reason;

	protected TransferMessageException(String messageKey, Object... arguments) {
		super(messageKey);
		this.reason = TransferMessage.of(messageKey, arguments);
	}

	public TransferMessage reason() {
		return this.reason;
	}

}
