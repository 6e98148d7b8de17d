package cn.pinghu.socialwork.visits.api;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Every SQL statement Hibernate prepares, for tests that count what a request cost. Named
 * in {@code hibernate.session_factory.statement_inspector}, which makes one through its
 * public constructor.
 */
public class RecordedStatements implements StatementInspector {

	private static final List<String> statements = new CopyOnWriteArrayList<>();

	@Override
	public String inspect(String sql) {
		statements.add(sql);
		return sql;
	}

	/** Where the statements stand now: hand it to {@link #since}. */
	static int mark() {
		return statements.size();
	}

	/** The statements prepared since {@code mark} that name {@code table}. */
	static List<String> since(int mark, String table) {
		return statements.subList(mark, statements.size())
			.stream()
			.filter(sql -> sql.toLowerCase().contains(table))
			.toList();
	}

}
