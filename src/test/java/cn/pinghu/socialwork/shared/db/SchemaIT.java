package cn.pinghu.socialwork.shared.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The changelog applies to an empty schema on the same MariaDB the tests use (embedded,
 * or the server CI points them at), with and without the demo context. Without a context
 * named {@code demo}, no demo row may appear: that is what keeps demo data out of
 * production.
 */
@SpringBootTest
class SchemaIT {

	private static final String CHANGELOG = "db/changelog/db.changelog-master.xml";

	private static final List<String> TABLES = List.of("app_user", "app_user_role", "app_user_town", "community",
			"display_device", "domain_event", "rider_station", "shedlock", "station_api_key", "station_visit", "town");

	@Autowired
	DataSource dataSource;

	private final String schema = "console_empty_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	@AfterEach
	void dropSchema() throws SQLException {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + this.schema);
		}
	}

	@Test
	void the_changelog_applies_to_an_empty_schema_without_demo_data() throws Exception {
		JdbcTemplate jdbc = migrate("default");

		assertThat(jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = ?",
				String.class, this.schema))
			.containsAll(TABLES)
			.doesNotContain("seed_visit_profile");
		for (String table : TABLES) {
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + this.schema + "." + table, Long.class))
				.as("rows in %s without the demo context", table)
				.isZero();
		}
		assertThat(jdbc.queryForObject(
				"SELECT table_collation FROM information_schema.tables WHERE table_schema = ? AND table_name = 'rider_station'",
				String.class, this.schema))
			.isEqualTo("utf8mb4_unicode_ci");
		assertThat(jdbc.queryForObject(
				"SELECT column_type FROM information_schema.columns WHERE table_schema = ? AND table_name = 'station_visit' AND column_name = 'occurred_at'",
				String.class, this.schema))
			.isEqualTo("datetime(6)");
	}

	@Test
	void the_demo_context_loads_the_seeds_into_an_empty_schema() throws Exception {
		JdbcTemplate jdbc = migrate("demo");

		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + this.schema + ".town", Long.class)).isEqualTo(9);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + this.schema + ".rider_station", Long.class))
			.isEqualTo(114);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + this.schema + ".station_api_key", Long.class))
			.isEqualTo(114);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + this.schema + ".station_visit", Long.class))
			.isPositive();
	}

	private Connection ownConnection() throws SQLException {
		HikariDataSource pool = this.dataSource.unwrap(HikariDataSource.class);
		return DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
	}

	private JdbcTemplate migrate(String contexts) throws Exception {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + this.schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
		}
		// A connection of its own, never returned to the pool: Liquibase switches its
		// database,
		// and the schema is dropped afterwards.
		try (Connection connection = ownConnection()) {
			connection.setCatalog(this.schema);
			Database database = DatabaseFactory.getInstance()
				.findCorrectDatabaseImplementation(new JdbcConnection(connection));
			try (Liquibase liquibase = new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(), database)) {
				liquibase.update(new Contexts(contexts), new LabelExpression());
			}
		}
		return new JdbcTemplate(this.dataSource);
	}

}
