package cn.pinghu.socialwork.shared.transfer;

/**
 * An import was asked for that cannot be done as asked: bad rows in an all-or-nothing
 * import, or no good row at all. Nothing is stored.
 */
public class ImportRefusedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient TransferMessage reason;

	public ImportRefusedException(String messageKey, Object... arguments) {
		super(messageKey);
		this.reason = TransferMessage.of(messageKey, arguments);
	}

	public TransferMessage reason() {
		return this.reason;
	}

}
