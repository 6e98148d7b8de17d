package cn.pinghu.socialwork.shared.data;

/**
 * A field's value is valid on its own but refused by a rule that needs the database, such
 * as a unique code. The message is a translation key, so a form can show it at the field.
 */
public class FieldRejectedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String field;

	private final String messageKey;

	private final Object[] arguments;

	/**
	 * @param arguments the message's arguments, such as the region a coordinate must lie
	 * in
	 */
	public FieldRejectedException(String field, String messageKey, Object... arguments) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	/** The property name of the field, as the form binds it. */
	public String field() {
		return this.field;
	}

	/** The translation key of the message. */
	public String messageKey() {
		return this.messageKey;
	}

	/** The message's arguments, as a translation call takes them. */
	public Object[] arguments() {
		return this.arguments.clone();
	}

}
