package cn.pinghu.socialwork.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns one run's results (the files the parts wrote into {@code --dir}) into the headline
 * figures: merges them into {@code --latest} (bench/results/latest.json; figures of parts
 * that did not run this time are kept, with the commit and time they were measured at) and
 * prints them as a Markdown table against the targets, for docs/benchmarks.md.
 */
final class Summary {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** The headline figures in order: key, what it is, the target, whether lower is better. */
	private static final List<Figure> FIGURES = List.of(
			new Figure("p99MsAt500", "Vaadin push p99 at 500 sessions, ms", 250.0, true),
			new Figure("p99MsAt200", "Vaadin push p99 at 200 sessions, ms", null, true),
			new Figure("pushToStompRatio", "push ÷ STOMP p99 at 500 sessions", 3.0, true),
			new Figure("heapKbPerScreen", "live heap per open big screen, KB", 512.0, true),
			new Figure("ingestSinglePerSec", "visits stored per second, one per request", 1000.0, false),
			new Figure("ingestBatchPerSec", "visits stored per second, 1,000 per batch", 5000.0, false),
			new Figure("jsHeapGrowthMb30min", "browser JS heap growth over 30 min at 1 update/s, MB", 5.0,
					true),
			new Figure("maxSessionsP99Under1s", "sessions held with push p99 ≤ 1 s", null, false));

	private final Args args;

	private final Path dir;

	private Summary(Args args) {
		this.args = args;
		this.dir = args.path("dir");
	}

	static int run(Args args) throws IOException {
		return new Summary(args).summarise();
	}

	private int summarise() throws IOException {
		Path latestFile = this.args.path("latest");
		ObjectNode latest = latestFile != null && Files.exists(latestFile) ? (ObjectNode) JSON.readTree(latestFile.toFile())
				: JSON.createObjectNode();
		String commit = this.args.string("commit", "?");
		String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
		String command = this.args.string("command", "");
		ObjectNode parts = latest.has("parts") ? (ObjectNode) latest.get("parts") : JSON.createObjectNode();
		List<String> notes = new ArrayList<>();

		Map<String, Double> figures = new TreeMap<>();
		Map<String, JsonNode> details = new TreeMap<>();
		Map<Integer, Level> latency = levels(this.dir.resolve("latency.tsv"));
		if (!latency.isEmpty()) {
			Level at500 = latency.get(500);
			Level at200 = latency.get(200);
			figures.put("p99MsAt500", at500 == null ? null : at500.pushP99);
			figures.put("p99MsAt200", at200 == null ? null : at200.pushP99);
			figures.put("pushToStompRatio", at500 == null ? null : at500.ratioP99);
			if (at500 == null) {
				notes.add("The latency part ran without the 500-session level: no figures at 500.");
			}
			latency.values()
				.stream()
				.filter(l -> !l.clean())
				.forEach(l -> notes.add(String.format(Locale.ROOT,
						"Latency at %d sessions: %d push samples missed, %d clients failed to connect or dropped.",
						l.sessions, l.pushMissed, l.failures)));
			details.put("latency", levelsJson(latency));
		}
		JsonNode heap = read("heap.json");
		if (heap != null) {
			figures.put("heapKbPerScreen", heap.path("heapKbPerScreen").asDouble());
			details.put("heap", heap);
			if (!heap.path("screensSurvivedSweeps").asBoolean()) {
				notes.add("Heap: NOT every open screen survived the abandoned-screen sweeps.");
			}
			if (!heap.path("countsReturnedToBaseline").asBoolean() || !heap.path("heapReturnedToBaseline").asBoolean()) {
				notes.add(String.format(Locale.ROOT,
						"Heap: after closing every screen the server did NOT return to its baseline (counts back: %s, "
								+ "heap %+d KB).",
						heap.path("countsReturnedToBaseline").asBoolean() ? "yes" : "no",
						heap.path("heapResidueKb").asLong()));
			}
			else {
				notes.add(String.format(Locale.ROOT,
						"Heap: after closing every screen the views, UIs, sessions and snapshot subscribers returned to "
								+ "the baseline within %d s, the heap to %+d KB of it.",
						heap.path("droppedWithinSeconds").asLong(), heap.path("heapResidueKb").asLong()));
			}
		}
		JsonNode ingest = read("ingest.json");
		if (ingest != null) {
			if (ingest.has("single")) {
				figures.put("ingestSinglePerSec", ingest.path("ingestSinglePerSec").asDouble());
			}
			if (ingest.has("batch")) {
				figures.put("ingestBatchPerSec", ingest.path("ingestBatchPerSec").asDouble());
			}
			details.put("ingest", ingest);
			notes.add("Ingestion: rate limit " + ingest.path("rateLimit").asText("the default") + ".");
			for (String mode : List.of("single", "batch")) {
				JsonNode m = ingest.path(mode);
				if (m.isMissingNode()) {
					continue;
				}
				if (m.path("rateLimited").asLong() > 0) {
					notes.add(String.format(Locale.ROOT,
							"Ingestion (%s): %d requests were refused by the rate limit (429): the limit, not the "
									+ "console, bounded this figure.",
							mode, m.path("rateLimited").asLong()));
				}
				notes.add(String.format(Locale.ROOT,
						"Ingestion (%s): stored in the database %s as reported; a replay stored %d.", mode,
						m.path("databaseMatchesReported").asBoolean() ? "exactly" : "NOT", m.path("replayStored").asLong()));
			}
		}
		JsonNode jsheap = read("jsheap.json");
		if (jsheap != null) {
			figures.put("jsHeapGrowthMb30min", jsheap.path("jsHeapGrowthMb").asDouble());
			details.put("jsheap", jsheap);
			double minutes = jsheap.path("minutes").asDouble();
			if (minutes != 30) {
				notes.add(String.format(Locale.ROOT,
						"JS heap: measured over %.1f minutes, not 30; the figure is that run's growth.", minutes));
			}
			if (jsheap.path("pageReloaded").asBoolean()) {
				notes.add("JS heap: the page reloaded during the run, so the reading is void.");
			}
			if (!jsheap.path("screenShowsLastTotal").asBoolean()) {
				notes.add("JS heap: at the end the screen did NOT show the last visit total.");
			}
		}
		Map<Integer, Level> capacity = levels(this.dir.resolve("capacity.tsv"));
		if (!capacity.isEmpty()) {
			int held = 0;
			Level failed = null;
			for (Level level : capacity.values()) {
				if (level.clean() && !Double.isNaN(level.pushP99) && level.pushP99 <= 1000) {
					held = level.sessions;
				}
				else {
					failed = level;
					break;
				}
			}
			figures.put("maxSessionsP99Under1s", (double) held);
			ObjectNode c = levelsJson(capacity);
			c.put("capped", failed == null);
			details.put("capacity", c);
			List<Integer> tried = new ArrayList<>(capacity.keySet());
			String steps = "levels " + tried.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("");
			notes.add(failed == null
					? String.format(Locale.ROOT,
							"Capacity (%s): every level up to the cap (%d sessions) kept push p99 under 1 s; the figure "
									+ "is the cap, not a limit found.",
							steps, held)
					: String.format(Locale.ROOT,
							"Capacity (%s): at %d sessions push p99 was %s ms (%d missed, %d clients failed): the last "
									+ "level under 1 s was %d.",
							steps, failed.sessions, fmt(failed.pushP99), failed.pushMissed, failed.failures, held));
		}

		// merge: the parts that ran now replace their figures; the others keep theirs
		for (Map.Entry<String, JsonNode> part : details.entrySet()) {
			ObjectNode p = parts.putObject(part.getKey());
			p.put("commit", commit);
			p.put("measuredAt", now);
			p.put("command", command);
			p.set("result", part.getValue());
		}
		ObjectNode merged = JSON.createObjectNode();
		merged.put("commit", commit);
		merged.put("measuredAt", now);
		for (Figure f : FIGURES) {
			if (figures.containsKey(f.key)) {
				Double value = figures.get(f.key);
				if (value == null || value.isNaN()) {
					merged.putNull(f.key);
				}
				else if (f.key.equals("maxSessionsP99Under1s")) {
					merged.put(f.key, value.longValue());
				}
				else {
					merged.put(f.key, value);
				}
			}
			else if (latest.has(f.key)) {
				merged.set(f.key, latest.get(f.key));
			}
			else {
				merged.putNull(f.key);
			}
		}
		ObjectNode targets = merged.putObject("targets");
		for (Figure f : FIGURES) {
			ObjectNode t = targets.putObject(f.key);
			if (f.target == null) {
				t.putNull("target");
			}
			else {
				t.put("target", f.targetText());
			}
			JsonNode value = merged.get(f.key);
			if (f.target == null) {
				t.putNull("met");
			}
			else if (value == null || value.isNull()) {
				t.putNull("met");
			}
			else {
				t.put("met", f.met(value.asDouble()));
			}
		}
		merged.set("parts", parts);
		if (latestFile != null) {
			Files.createDirectories(latestFile.toAbsolutePath().getParent());
			JSON.writerWithDefaultPrettyPrinter().writeValue(latestFile.toFile(), merged);
		}

		StringBuilder md = new StringBuilder();
		md.append("| figure | key | this run | target | met |\n|---|---|---:|---|---|\n");
		for (Figure f : FIGURES) {
			if (!figures.containsKey(f.key)) {
				continue;
			}
			Double value = figures.get(f.key);
			md.append(String.format(Locale.ROOT, "| %s | `%s` | %s | %s | %s |%n", f.label, f.key,
					value == null ? "–" : fmt(value), f.targetText(),
					f.target == null || value == null || value.isNaN() ? "–" : (f.met(value) ? "yes" : "no")));
		}
		if (!capacity.isEmpty()) {
			md.append("\n| sessions | push p50 ms | push p99 ms | STOMP p99 ms | push missed | failed clients |\n")
				.append("|---:|---:|---:|---:|---:|---:|\n");
			for (Level l : capacity.values()) {
				md.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %d | %d |%n", l.sessions, fmt(l.pushP50),
						fmt(l.pushP99), fmt(l.stompP99), l.pushMissed, l.failures));
			}
		}
		md.append('\n');
		for (String note : notes) {
			md.append("- ").append(note).append('\n');
		}
		Path markdown = this.args.path("markdown-out");
		if (markdown != null) {
			Files.writeString(markdown, md.toString());
		}
		System.out.print(md);
		return 0;
	}

	private JsonNode read(String name) throws IOException {
		Path file = this.dir.resolve(name);
		return Files.exists(file) ? JSON.readTree(file.toFile()) : null;
	}

	/** The levels of a latency result file (the generator's {@code row} and {@code level} lines). */
	private static Map<Integer, Level> levels(Path file) throws IOException {
		Map<Integer, Level> levels = new TreeMap<>();
		if (!Files.exists(file)) {
			return levels;
		}
		for (String line : Files.readAllLines(file)) {
			String[] f = line.split("\t");
			if (f.length < 2 || !f[1].matches("\\d+")) {
				continue;
			}
			Level level = levels.computeIfAbsent(Integer.parseInt(f[1]), Level::new);
			if (f[0].equals("row") && f.length >= 8) {
				if (f[2].startsWith("Vaadin push")) {
					level.pushP50 = number(f[5]);
					level.pushP99 = number(f[6]);
					level.pushMissed = Integer.parseInt(f[4]);
				}
				else if (f[2].startsWith("STOMP")) {
					level.stompP99 = number(f[6]);
				}
			}
			else if (f[0].equals("level") && f.length >= 4) {
				level.ratioP99 = number(f[3]);
				level.failures = f.length >= 10 ? Integer.parseInt(f[9]) : 0;
				level.measured = true;
			}
		}
		return levels;
	}

	private static ObjectNode levelsJson(Map<Integer, Level> levels) {
		ObjectNode json = JSON.createObjectNode();
		for (Level l : levels.values()) {
			ObjectNode row = json.putObject(Integer.toString(l.sessions));
			row.put("pushP50Ms", l.pushP50);
			row.put("pushP99Ms", l.pushP99);
			row.put("stompP99Ms", l.stompP99);
			row.put("pushToStompP99", l.ratioP99);
			row.put("pushMissed", l.pushMissed);
			row.put("failedClients", l.failures);
		}
		return json;
	}

	private static Double number(String text) {
		return text.matches("-?[0-9.]+") ? Double.parseDouble(text) : Double.NaN;
	}

	private static String fmt(double value) {
		return Double.isNaN(value) ? "–"
				: value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value)
						: String.format(Locale.ROOT, "%.1f", value);
	}

	/** One level of a latency run. */
	private static final class Level {

		final int sessions;

		double pushP50 = Double.NaN;

		double pushP99 = Double.NaN;

		double stompP99 = Double.NaN;

		double ratioP99 = Double.NaN;

		int pushMissed;

		int failures;

		boolean measured;

		Level(int sessions) {
			this.sessions = sessions;
		}

		/** Measured to the end, every client connected and saw every visit. */
		boolean clean() {
			return this.measured && this.pushMissed == 0 && this.failures == 0;
		}

	}

	private record Figure(String key, String label, Double target, boolean atMost) {

		String targetText() {
			if (this.target == null) {
				return "–";
			}
			String number = this.target == Math.rint(this.target) ? Long.toString(this.target.longValue())
					: this.target.toString();
			return (this.atMost ? "≤ " : "≥ ") + number;
		}

		boolean met(double value) {
			return !Double.isNaN(value) && (this.atMost ? value <= this.target : value >= this.target);
		}

	}

}
