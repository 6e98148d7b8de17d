package cn.pinghu.socialwork.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What the record says about the machine, read from {@code /proc}. */
final class MachineFacts {

	private MachineFacts() {
	}

	/** The 1-, 5- and 15-minute load averages, as {@code uptime} shows them. */
	static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
			return fields[0] + " " + fields[1] + " " + fields[2];
		}
		catch (IOException | ArrayIndexOutOfBoundsException ex) {
			return "unknown";
		}
	}

	/** The machine's memory in GiB, rounded down as {@code free -g} does. */
	static String memoryGib() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
				if (line.startsWith("MemTotal:")) {
					long kib = Long.parseLong(line.replaceAll("\\D", ""));
					return String.format(Locale.ROOT, "%d", kib / 1024 / 1024);
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			// below
		}
		return "unknown";
	}

}
