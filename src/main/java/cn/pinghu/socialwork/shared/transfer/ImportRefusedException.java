package cn.pinghu.socialwork.shared.transfer;

/**
 * An import was asked for that cannot be done as asked: bad rows in an all-or-nothing
 * import, or no good row at all. Nothing is stored.
 */
public class ImportRefusedException extends TransferMessageException {

	private static final long serialVersionUID = 1L;

	public ImportRefusedException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
