package cn.pinghu.socialwork.shared.data;

/**
 * Somebody else saved the record after the caller read it: the caller's change is refused
 * so that nothing is overwritten.
 */
public class StaleVersionException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public StaleVersionException(String entityType, long id) {
		super(entityType + " " + id + " was changed by somebody else");
	}

	public StaleVersionException(String entityType, long id, Throwable cause) {
		super(entityType + " " + id + " was changed by somebody else", cause);
	}

}
