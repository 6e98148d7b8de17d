package cn.pinghu.socialwork.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A command line of {@code --name value} pairs. */
final class Args {

	private final Map<String, String> given = new HashMap<>();

	private Args() {
	}

	static Args parse(String[] args) {
		Args parsed = new Args();
		for (int i = 0; i < args.length; i += 2) {
			if (!args[i].startsWith("--") || i + 1 >= args.length) {
				throw new IllegalArgumentException("expected --name value pairs, got " + Arrays.toString(args));
			}
			parsed.given.put(args[i].substring(2), args[i + 1]);
		}
		return parsed;
	}

	String string(String name, String otherwise) {
		return this.given.getOrDefault(name, otherwise);
	}

	/** The value, or null if not given. */
	String string(String name) {
		return this.given.get(name);
	}

	int integer(String name, int otherwise) {
		return Integer.parseInt(string(name, Integer.toString(otherwise)));
	}

	long longValue(String name, long otherwise) {
		return Long.parseLong(string(name, Long.toString(otherwise)));
	}

	double decimal(String name, double otherwise) {
		return Double.parseDouble(string(name, Double.toString(otherwise)));
	}

	boolean flag(String name, boolean otherwise) {
		return Boolean.parseBoolean(string(name, Boolean.toString(otherwise)));
	}

	/** The path, or null if not given. */
	Path path(String name) {
		String value = this.given.get(name);
		return value == null ? null : Path.of(value);
	}

	URI base() {
		return URI.create(string("base", "http://127.0.0.1:18080"));
	}

	List<String> list(String name, String otherwise) {
		return List.of(string(name, otherwise).split(","));
	}

	/** Station codes RS001, RS002, … RS{@code count}, the demo data's. */
	static String stations(int count) {
		StringBuilder codes = new StringBuilder();
		for (int i = 1; i <= count; i++) {
			codes.append(i > 1 ? "," : "").append(String.format("RS%03d", i));
		}
		return codes.toString();
	}

}
