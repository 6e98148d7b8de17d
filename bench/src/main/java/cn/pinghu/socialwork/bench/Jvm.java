package cn.pinghu.socialwork.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The console's JVM seen from outside, through {@code jcmd} (part of the JDK; no login and
 * no actuator endpoint needed) and {@code /proc}.
 */
final class Jvm {

	private static final Pattern HISTOGRAM_ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

	private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");

	private final long pid;

	Jvm(long pid) {
		this.pid = pid;
	}

	/**
	 * Live instances and their bytes per class: {@code jcmd <pid> GC.class_histogram}, which
	 * runs a full GC first, so that only reachable objects are counted.
	 */
	Histogram liveHistogram() throws IOException, InterruptedException {
		Map<String, Long> counts = new HashMap<>();
		Map<String, Long> bytes = new HashMap<>();
		for (String line : jcmd("GC.class_histogram").split("\n")) {
			Matcher row = HISTOGRAM_ROW.matcher(line);
			if (row.find()) {
				counts.merge(row.group(3), Long.parseLong(row.group(1)), Long::sum);
				bytes.merge(row.group(3), Long.parseLong(row.group(2)), Long::sum);
			}
		}
		if (counts.isEmpty()) {
			throw new IOException("jcmd " + this.pid + " GC.class_histogram printed no classes");
		}
		return new Histogram(counts, bytes);
	}

	/**
	 * TCP connections established to {@code port} on this machine, counted on the server's
	 * side (local port), from {@code /proc/net/tcp} and {@code /proc/net/tcp6}.
	 */
	static int establishedConnections(int port) throws IOException {
		String localPort = String.format(Locale.ROOT, ":%04X", port);
		int count = 0;
		for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
			Path path = Path.of(table);
			if (!Files.exists(path)) {
				continue;
			}
			for (String line : Files.readAllLines(path)) {
				String[] fields = line.trim().split("\\s+");
				// sl, local_address, rem_address, st (01 = ESTABLISHED), ...
				if (fields.length > 3 && fields[1].endsWith(localPort) && "01".equals(fields[3])) {
					count++;
				}
			}
		}
		return count;
	}

	/** Live instances and their shallow bytes, per class name. */
	record Histogram(Map<String, Long> instances, Map<String, Long> bytes) {

		/**
		 * The classes whose live bytes grew most from {@code before} to this one, as
		 * "class +bytes (+instances)", at most {@code limit} of them.
		 */
		List<String> grownSince(Histogram before, int limit) {
			return this.bytes.keySet()
				.stream()
				.map((name) -> Map.entry(name, this.bytes.get(name) - before.bytes.getOrDefault(name, 0L)))
				.filter((e) -> e.getValue() > 0)
				.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
				.limit(limit)
				.map((e) -> String.format(Locale.ROOT, "%s %+d B (%+d)", e.getKey(), e.getValue(),
						this.instances.get(e.getKey()) - before.instances.getOrDefault(e.getKey(), 0L)))
				.toList();
		}

	}

	/** The used Java heap in KB, as {@code jcmd <pid> GC.heap_info} reports it. */
	long heapUsedKb() throws IOException, InterruptedException {
		String out = jcmd("GC.heap_info");
		Matcher used = HEAP_USED.matcher(out);
		if (!used.find()) {
			throw new IOException("jcmd " + this.pid + " GC.heap_info: no used heap in " + out);
		}
		return Long.parseLong(used.group(1));
	}

	/**
	 * The class and its loaded subclasses, from {@code jcmd <pid> VM.class_hierarchy <class>
	 * -s}; just the class if it has none (or the command is not there).
	 */
	List<String> withSubclasses(String className) throws IOException, InterruptedException {
		List<String> names = new ArrayList<>(List.of(className));
		int depth = -1;
		for (String line : jcmd("VM.class_hierarchy", className, "-s").split("\n")) {
			int bar = line.indexOf("|--");
			String name = bar < 0 ? line.trim() : line.substring(bar + 3);
			int slash = name.indexOf('/');
			name = slash < 0 ? name.trim() : name.substring(0, slash).trim();
			int at = bar < 0 ? 0 : bar;
			if (name.equals(className)) {
				depth = at;
			}
			else if (depth >= 0 && at > depth) {
				if (!names.contains(name)) {
					names.add(name);
				}
			}
			else if (depth >= 0) {
				depth = -1;
			}
		}
		return names;
	}

	/** The resident set in MB ({@code VmRSS} in {@code /proc/<pid>/status}), or NaN. */
	double residentMb() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/" + this.pid + "/status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
				}
			}
		}
		catch (IOException ex) {
			// The process is gone, or not ours to read.
		}
		return Double.NaN;
	}

	private String jcmd(String... command) throws IOException, InterruptedException {
		List<String> line = new ArrayList<>(List.of("jcmd", Long.toString(this.pid)));
		line.addAll(List.of(command));
		Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
		String out = new String(jcmd.getInputStream().readAllBytes());
		if (!jcmd.waitFor(120, TimeUnit.SECONDS)) {
			jcmd.destroy();
			throw new IOException("jcmd " + String.join(" ", command) + " did not finish");
		}
		return out;
	}

}
