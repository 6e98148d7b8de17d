package cn.pinghu.socialwork.elections;

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
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new, empty schema of a migration test's own on the tests' MariaDB: migrated up to a
 * changeset, given the rows a test stores in the shape from before, then migrated to the
 * end.
 */
public final class OwnSchema {

	private static final String CHANGELOG = "db/changelog/db.changelog-master.xml";

	private final DataSource dataSource;

	private final String name;

	public OwnSchema(DataSource dataSource, String prefix) {
		this.dataSource = dataSource;
		this.name = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

	/** The schema's name, to put before the tables. */
	public String name() {
		return this.name;
	}

	/**
	 * Creates the schema, migrates it up to the changeset, lets the test store its rows,
	 * then migrates it to the end, in the default context.
	 */
	void migrateAround(String changeSetId, Runnable storeTheOldShape) throws Exception {
		migrateAround(changeSetId, "default", storeTheOldShape);
	}

	/**
	 * As {@link #migrateAround(String, Runnable)}, in the contexts given: {@code demo}
	 * migrates the demo seeds too.
	 */
	public void migrateAround(String changeSetId, String contexts, Runnable storeTheOldShape) throws Exception {
		try (Connection connection = create()) {
			Liquibase liquibase = liquibase(connection);
			List<ChangeSet> unrun = liquibase.listUnrunChangeSets(new Contexts(contexts), new LabelExpression());
			int before = unrun.stream().map(ChangeSet::getId).toList().indexOf(changeSetId);
			assertThat(before).as("%s is in the changelog", changeSetId).isPositive();
			liquibase.update(before, new Contexts(contexts), new LabelExpression());

			storeTheOldShape.run();

			liquibase(connection).update(new Contexts(contexts), new LabelExpression());
		}
	}

	public void drop() throws SQLException {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + this.name);
		}
	}

	/** A connection of its own in the new schema, never returned to the pool. */
	private Connection create() throws SQLException {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + this.name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
		}
		HikariDataSource pool = this.dataSource.unwrap(HikariDataSource.class);
		Connection own = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
		own.setCatalog(this.name);
		return own;
	}

	private static Liquibase liquibase(Connection connection) throws Exception {
		Database database = DatabaseFactory.getInstance()
			.findCorrectDatabaseImplementation(new JdbcConnection(connection));
		return new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(), database);
	}

}
