package cn.pinghu.socialwork.bench;

import java.nio.file.Path;
import java.time.Instant;

/**
 * What the master-data benchmark runs with: environment variables (as
 * {@code bench/run-masterdata.sh} passes them) or system properties of the same name in
 * lower case with dots ({@code MDBENCH_ORGS} or {@code -Dmdbench.orgs}).
 *
 * @param server the MariaDB server's JDBC URL without a schema
 * @param schema the fresh schema to create, fill and drop
 * @param organizations organisations in the schema, the demo seeds' included
 * @param stations rider stations in the schema, the demo seeds' included
 * @param importRows rows of the measured import
 * @param repetitions measured calls of each query
 * @param warmup calls of each query before the measured ones
 * @param out where the report and the results file are written
 */
record BenchSettings(String server, String schema, int organizations, int stations, int importRows, int repetitions,
		int warmup, Path out) {

	static BenchSettings fromEnvironment() {
		return new BenchSettings(text("MDBENCH_SERVER", "jdbc:mariadb://127.0.0.1:3306/"),
				text("MDBENCH_SCHEMA", "console_mdbench_" + Instant.now().getEpochSecond()),
				number("MDBENCH_ORGS", 100_000), number("MDBENCH_STATIONS", 1_000),
				number("MDBENCH_IMPORT_ROWS", 10_000), number("MDBENCH_REPETITIONS", 50), number("MDBENCH_WARMUP", 10),
				Path.of(text("MDBENCH_OUT", "target/mdbench")));
	}

	/** The schema's JDBC URL. */
	String url() {
		return this.server + this.schema;
	}

	/** A setting the script passes through, such as the commit or the command. */
	static String text(String name, String otherwise) {
		String value = System.getenv(name);
		if (value == null || value.isBlank()) {
			value = System.getProperty(name.toLowerCase().replace('_', '.'));
		}
		return (value == null || value.isBlank()) ? otherwise : value.strip();
	}

	private static int number(String name, int otherwise) {
		return Integer.parseInt(text(name, String.valueOf(otherwise)).replace("_", ""));
	}

}
