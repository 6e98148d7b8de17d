package cn.pinghu.socialwork.shared.web;

import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;

import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;

import org.springframework.dao.CannotAcquireLockException;
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

	@Test
	void a_lock_wait_that_timed_out_is_worth_sending_again_but_a_fault_is_not() {
		// What a visit sees when a transaction left by a broken connection still holds
		// its
		// keys' locks: MariaDB's error 1205.
		CannotAcquireLockException lockWait = new CannotAcquireLockException("could not execute statement",
				new SQLTransientException("Lock wait timeout exceeded; try restarting transaction", "HY000", 1205));

		assertThat(ApiProblems.isDatabaseUnavailable(lockWait)).isFalse();
		assertThat(ApiProblems.isWorthRetrying(lockWait)).isTrue();
		assertThat(ApiProblems.isWorthRetrying(new RuntimeException(new SocketException("Connection reset")))).isTrue();
		assertThat(ApiProblems.isWorthRetrying(new DataIntegrityViolationException("Duplicate entry",
				new SQLException("Duplicate entry 'x' for key 'uk_station_visit_key'", "23000"))))
			.isFalse();
		assertThat(ApiProblems.isWorthRetrying(new IllegalStateException("a fault of the code"))).isFalse();
	}

}
