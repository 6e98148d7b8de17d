package cn.pinghu.socialwork.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark's own schema on the MariaDB server: created empty before the application
 * starts (Liquibase then builds it as on any fresh install), dropped at the end.
 */
final class BenchSchema {

	private BenchSchema() {
	}

	static void create(BenchSettings settings) {
		execute(settings, "CREATE DATABASE `" + name(settings) + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
	}

	static void drop(BenchSettings settings) {
		execute(settings, "DROP DATABASE IF EXISTS `" + name(settings) + "`");
	}

	/** The server's version, e.g. {@code 10.11.19-MariaDB-0+deb12u1}. */
	static String serverVersion(JdbcTemplate jdbc) {
		return String.valueOf(jdbc.queryForObject("SELECT VERSION()", String.class));
	}

	private static String name(BenchSettings settings) {
		if (!settings.schema().matches("[A-Za-z0-9_]+")) {
			throw new IllegalArgumentException("Not a schema name: " + settings.schema());
		}
		return settings.schema();
	}

	private static void execute(BenchSettings settings, String sql) {
		try (Connection connection = DriverManager.getConnection(settings.server(), "root", "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot run on " + settings.server() + ": " + sql, ex);
		}
	}

}
