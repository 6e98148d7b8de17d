package cn.pinghu.socialwork.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.jspecify.annotations.Nullable;

/**
 * The benchmark's record: a Markdown section for {@code docs/benchmarks.md} (heading,
 * command, machine, tables) and the headline numbers as JSON, both written to the output
 * directory, where {@code bench/run-masterdata.sh} picks them up.
 */
final class BenchReport {

	static final double PAGE_TARGET_MS = 50;

	static final double EXPORT_TARGET_S = 10;

	static final double EXPORT_HEAP_TARGET_MB = 100;

	static final double IMPORT_TARGET_S = 15;

	private static final double MB = 1024 * 1024;

	private final Map<String, Object> json = new LinkedHashMap<>();

	private final StringBuilder markdown = new StringBuilder();

	private final List<QueryResult> queries = new ArrayList<>();

	BenchReport(BenchSettings settings, String mariadb, ZonedDateTime started, String loadAtStart) {
		String note = BenchSettings.text("MDBENCH_NOTE", "");
		String command = BenchSettings.text("MDBENCH_COMMAND", "bench/run-masterdata.sh");
		String commit = BenchSettings.text("MDBENCH_COMMIT", "unknown");
		String cores = String.valueOf(Runtime.getRuntime().availableProcessors());
		String memory = MachineFacts.memoryGib();
		String java = System.getProperty("java.version");
		this.markdown.append("#### ")
			.append(started.withZoneSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
			.append(" UTC")
			.append(note.isEmpty() ? "" : " — " + note)
			.append("\n\n- Command: `")
			.append(command)
			.append("`\n- Commit `")
			.append(commit)
			.append("`; MariaDB ")
			.append(mariadb)
			.append(" on ")
			.append(settings.server().replace("jdbc:mariadb://", "").replaceAll("/$", ""))
			.append(", fresh schema `")
			.append(settings.schema())
			.append("` (dropped afterwards)\n- Machine: ")
			.append(cores)
			.append(" cores (`nproc`), ")
			.append(memory)
			.append(" GiB memory, Linux ")
			.append(System.getProperty("os.version"))
			.append("; Java ")
			.append(java)
			.append(", max heap ")
			.append(String.format(Locale.ROOT, "%.1f GiB", HeapWatch.maxHeapBytes() / MB / 1024))
			.append("\n- Load average at the start: ")
			.append(loadAtStart)
			.append("\n");
		this.json.put("benchmark", "masterdata");
		this.json.put("date", started.withZoneSameInstant(ZoneOffset.UTC).toString());
		this.json.put("note", note);
		this.json.put("command", command);
		this.json.put("commit", commit);
		this.json.put("machine", map("nproc", cores, "memoryGiB", memory, "loadAverageAtStart", loadAtStart, "java",
				java, "maxHeapMiB", Math.round(HeapWatch.maxHeapBytes() / MB), "mariadb", mariadb));
	}

	void data(int organizations, int archived, int stations, int generatedOrganizations, int generatedStations,
			double seconds, int repetitions, int warmup) {
		this.markdown.append(String.format(Locale.ROOT,
				"- Data: %,d organisations in use and %,d archived (%,d of them generated), %,d stations (%,d generated), "
						+ "inserted in %.1f s; each list loaded %d times after %d warm-up loads, the lists taking turns%n",
				organizations, archived, generatedOrganizations, stations, generatedStations, seconds, repetitions,
				warmup));
		this.json.put("data",
				map("organizations", organizations, "archivedOrganizations", archived, "stations", stations,
						"generatedOrganizations", generatedOrganizations, "generatedStations", generatedStations,
						"insertSeconds", round(seconds)));
	}

	void query(QueryResult result) {
		this.queries.add(result);
	}

	/** Writes the tables, the load average at the end, and both files. */
	void write(BenchSettings settings, ExportResult export, ImportTiming imported) throws IOException {
		this.markdown.append("- Load average at the end: ").append(MachineFacts.loadAverage()).append("\n\n");
		this.markdown.append("| list | rows | page p50 ms | page p95 ms | count p50 ms | count p95 ms "
				+ "| page + count p95 ms | page and count p95 each ≤ 50 ms |\n|---|---:|---:|---:|---:|---:|---:|---|\n");
		List<Object> rows = new ArrayList<>();
		for (QueryResult query : this.queries) {
			this.markdown.append(String.format(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %.1f | %.1f | %.1f | %s |%n",
					query.name(), query.matched(), query.page().p50(), query.page().p95(), query.count().p50(),
					query.count().p95(), query.both().p95(),
					yes(query.page().p95() <= PAGE_TARGET_MS && query.count().p95() <= PAGE_TARGET_MS)));
			rows.add(map("list", query.name(), "rows", query.matched(), "samples", query.page().count(), "pageP50Ms",
					round(query.page().p50()), "pageP95Ms", round(query.page().p95()), "pageMaxMs",
					round(query.page().max()), "countP50Ms", round(query.count().p50()), "countP95Ms",
					round(query.count().p95()), "pageAndCountP95Ms", round(query.both().p95())));
		}
		this.markdown.append("\n| file | measured | target | met |\n|---|---|---|---|\n");
		this.markdown.append(String.format(Locale.ROOT,
				"| export of the %,d organisations in use to .xlsx (`OrganizationTransferService.export`: "
						+ "chunks of 1,000 after the last credit code, no count) "
						+ "| %.1f s, %.1f MB file | ≤ %.0f s | %s |%n",
				export.rows(), export.seconds(), export.fileBytes() / MB, EXPORT_TARGET_S,
				yes(export.seconds() <= EXPORT_TARGET_S)));
		this.markdown.append(String.format(Locale.ROOT,
				"| heap during that export | kept after GC %+.1f MB; highest after any GC %+.1f MB; "
						+ "highest sampled %+.1f MB (garbage included) | growth < %.0f MB | %s |%n",
				export.retainedGrowth() / MB, export.peakAfterGcGrowth() / MB, export.peakSampledGrowth() / MB,
				EXPORT_HEAP_TARGET_MB, yes(export.peakAfterGcGrowth() / MB < EXPORT_HEAP_TARGET_MB)));
		this.markdown.append(String
			.format(Locale.ROOT, "| import of %,d rows (%,d new, %,d changed): read and check the .xlsx, then "
					+ "`OrganizationTransferService.importRows` (one transaction, look-ups once per 500 rows) | %.1f s (read and check %.1f s, "
					+ "store %.1f s) | ≤ %.0f s | %s |%n", imported.rows(), imported.created(), imported.updated(),
					imported.totalSeconds(), imported.readSeconds(), imported.storeSeconds(), IMPORT_TARGET_S,
					yes(imported.totalSeconds() <= IMPORT_TARGET_S)));
		this.markdown.append("\nPlans (`EXPLAIN` of the SQL the organisation list sends):\n\n"
				+ "| list | page query | count query |\n|---|---|---|\n");
		for (QueryResult query : this.queries) {
			if (query.pagePlan() != null) {
				this.markdown.append("| ")
					.append(query.name())
					.append(" | ")
					.append(query.pagePlan())
					.append(" | ")
					.append(query.countPlan())
					.append(" |\n");
			}
		}
		this.json.put("lists", rows);
		this.json.put("export",
				map("rows", export.rows(), "seconds", round(export.seconds()), "fileMiB",
						round(export.fileBytes() / MB), "heapBaselineMiB", round(export.baseline() / MB),
						"heapRetainedGrowthMiB", round(export.retainedGrowth() / MB), "heapPeakAfterGcGrowthMiB",
						round(export.peakAfterGcGrowth() / MB), "heapPeakSampledGrowthMiB",
						round(export.peakSampledGrowth() / MB)));
		this.json.put("import",
				map("rows", imported.rows(), "created", imported.created(), "updated", imported.updated(), "unchanged",
						imported.unchanged(), "readAndCheckSeconds", round(imported.readSeconds()), "storeSeconds",
						round(imported.storeSeconds()), "seconds", round(imported.totalSeconds())));
		this.json.put("loadAverageAtEnd", MachineFacts.loadAverage());
		Files.createDirectories(settings.out());
		Files.writeString(settings.out().resolve("report.md"), this.markdown);
		new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
			.writeValue(settings.out().resolve("masterdata.json").toFile(), this.json);
	}

	String markdown() {
		return this.markdown.toString();
	}

	private static String yes(boolean met) {
		return met ? "yes" : "no";
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	private static Map<String, Object> map(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	/** A list's measurements. */
	record QueryResult(String name, long matched, Samples page, Samples count, Samples both, @Nullable String pagePlan,
			@Nullable String countPlan) {
	}

	/** The export's time, file and heap; heap figures in bytes. */
	record ExportResult(int rows, double seconds, long fileBytes, long baseline, long retainedGrowth,
			long peakAfterGcGrowth, long peakSampledGrowth) {
	}

	/** The import's counts and times. */
	record ImportTiming(int rows, int created, int updated, int unchanged, double readSeconds, double storeSeconds) {

		double totalSeconds() {
			return this.readSeconds + this.storeSeconds;
		}

	}

}
