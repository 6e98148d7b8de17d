package cn.pinghu.socialwork.shared.transfer;

import java.util.Arrays;
import java.util.List;

/** A message for the user as a translation key and its arguments. */
public record TransferMessage(String key, List<Object> arguments) {

	public TransferMessage {
		arguments = List.copyOf(arguments);
	}

	public static TransferMessage of(String key, Object... arguments) {
		return new TransferMessage(key, Arrays.asList(arguments));
	}

	/** The arguments as a translation call takes them. */
	public Object[] argumentArray() {
		return this.arguments.toArray();
	}

}
