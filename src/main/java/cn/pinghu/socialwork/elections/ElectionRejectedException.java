package cn.pinghu.socialwork.elections;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A stage change broke a rule of the election and changed nothing. Each rejection names
 * the field it belongs to (or none) and its message in the elections bundle.
 */
public class ElectionRejectedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient List<Rejection> rejections;

	public ElectionRejectedException(List<Rejection> rejections) {
		super(rejections.toString());
		this.rejections = List.copyOf(rejections);
	}

	public ElectionRejectedException(@Nullable String field, String messageKey, Object... arguments) {
		this(List.of(new Rejection(field, messageKey, List.of(arguments))));
	}

	public List<Rejection> rejections() {
		return this.rejections;
	}

	/** The message keys, in the order the rules found them. */
	public List<String> messageKeys() {
		return this.rejections.stream().map(Rejection::messageKey).toList();
	}

	/**
	 * One broken rule.
	 *
	 * @param field the property of {@link StageCompletion} or {@link ElectionResults} it
	 * concerns; {@code null} for the election as a whole
	 */
	public record Rejection(@Nullable String field, String messageKey, List<Object> arguments) {

		public Rejection {
			arguments = List.copyOf(arguments);
		}

		public Object[] argumentArray() {
			return this.arguments.toArray();
		}

	}

}
