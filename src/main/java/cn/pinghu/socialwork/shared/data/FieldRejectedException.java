package cn.pinghu.socialwork.shared.data;

/**
 * A field's value is valid on its own but refused by a rule that needs the database, such
 * as a unique code. The message is a translation key, so a form can show it at the field.
 */
public class FieldRejectedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String field;

	private final String messageKey;

	public FieldRejectedException(String field, String messageKey) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	/** The property name of the field, as the form binds it. */
	public String field() {
		return this.field;
	}

	/** The translation key of the message. */
	public String messageKey() {
		return this.messageKey;
	}

}
