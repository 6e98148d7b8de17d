package cn.pinghu.socialwork.coverage.ui;

import cn.pinghu.socialwork.coverage.CoverageDriveEdited;
import cn.pinghu.socialwork.coverage.CoverageDriveService;
import cn.pinghu.socialwork.shared.events.DomainEvents;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The seeded drive (id 1), closed by a UI test (UI tests commit) and opened again
 * afterwards, with any drive the test opened and the drives' audit trail removed. The
 * restore is published, so that figures kept in memory are read again for the tests that
 * follow.
 */
final class SeededDrive {

	static final long ID = 1;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final DomainEvents events;

	SeededDrive(JdbcTemplate jdbc, TransactionTemplate transactions, DomainEvents events) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.events = events;
	}

	/** Closes the seeded drive: no drive is open, as on a production install. */
	void close() {
		this.jdbc.update("UPDATE coverage_drive SET closed_at = UTC_TIMESTAMP(6) WHERE id = ?", ID);
	}

	/** Removes the drives the test opened and opens the seeded one again. */
	void restore() {
		this.transactions.executeWithoutResult(status -> {
			this.jdbc.update("DELETE FROM coverage_snapshot WHERE drive_id <> ?", ID);
			this.jdbc.update("DELETE FROM coverage_target WHERE drive_id <> ?", ID);
			this.jdbc.update("DELETE FROM audit_entry WHERE entity_type = ?", CoverageDriveService.DRIVE);
			this.jdbc.update("DELETE FROM coverage_drive WHERE id <> ?", ID);
			this.jdbc.update("UPDATE coverage_drive SET closed_at = NULL WHERE id = ?", ID);
			this.events.publish(new CoverageDriveEdited(ID));
		});
	}

}
