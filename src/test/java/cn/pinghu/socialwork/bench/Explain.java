package cn.pinghu.socialwork.bench;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * MariaDB's plan for a query, in one line: access type, index, estimated rows, extras.
 */
final class Explain {

	private Explain() {
	}

	static String plan(JdbcTemplate jdbc, String sql) {
		List<String> steps = new ArrayList<>();
		jdbc.query("EXPLAIN " + sql, row -> {
			String key = row.getString("key");
			String extra = row.getString("Extra");
			steps.add(row.getString("type") + " " + ((key != null) ? key : "(no index)") + ", ~" + row.getLong("rows")
					+ " rows" + ((extra != null && !extra.isBlank()) ? "; " + extra : ""));
		});
		return String.join(" / ", steps);
	}

}
