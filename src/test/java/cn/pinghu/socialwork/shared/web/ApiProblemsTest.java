package cn.pinghu.socialwork.shared.web;

import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;

import static org.assertj.core.api.Assertions.assertThat;

class ApiProblemsTest {

	@Test
	void a_rollback_that_fails_on_a_closed_connection_means_the_database_is_away() {
		// What a visit sees when the connection breaks in the middle of its transaction.
		JpaSystemException rollbackFailed = new JpaSystemException(new TransactionException(
				"Unable to rollback against JDBC Connection", new SQLException("Connection is closed", "08003")));

		assertThat(ApiProblems.isDatabaseUnavailable(rollbackFailed)).isTrue();
	}

	@Test
	void no_connection_to_be_had_means_the_database_is_away() {
		assertThat(ApiProblems.isDatabaseUnavailable(new RuntimeException(
				new SQLTransientConnectionException("Connection is not available, request timed out after 2500ms."))))
			.isTrue();
	}

	@Test
	void a_fault_of_the_statement_or_the_data_is_not_the_database_being_away() {
		assertThat(ApiProblems.isDatabaseUnavailable(new JpaSystemException(
				new RuntimeException(new SQLSyntaxErrorException("You have an error in your SQL syntax", "42000")))))
			.isFalse();
		assertThat(ApiProblems.isDatabaseUnavailable(new DataIntegrityViolationException("Duplicate entry",
				new SQLException("Duplicate entry 'x' for key 'uk_station_visit_key'", "23000"))))
			.isFalse();
		assertThat(ApiProblems.isDatabaseUnavailable(new SQLException("no state"))).isFalse();
	}

}
