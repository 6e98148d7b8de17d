package cn.pinghu.socialwork.shared.transfer;

import java.util.List;

/**
 * A file cannot be imported at all: not a real .xlsx or .csv, wrong headers, too large,
 * formulas, no data. Nothing of it is stored. The messages are translation keys with
 * their arguments, most often one.
 */
public class SheetRejectedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient List<TransferMessage> messages;

	public SheetRejectedException(String messageKey, Object... arguments) {
		this(List.of(TransferMessage.of(messageKey, arguments)));
	}

	public SheetRejectedException(String messageKey, Throwable cause) {
		super(messageKey, cause);
		this.messages = List.of(TransferMessage.of(messageKey));
	}

	public SheetRejectedException(List<TransferMessage> messages) {
		super(messages.toString());
		this.messages = List.copyOf(messages);
	}

	/** What is wrong with the file, for the user. */
	public List<TransferMessage> messages() {
		return this.messages;
	}

}
