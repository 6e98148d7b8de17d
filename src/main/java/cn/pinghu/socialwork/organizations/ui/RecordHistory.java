package cn.pinghu.socialwork.organizations.ui;

import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import cn.pinghu.socialwork.audit.ui.AuditHistory;
import com.vaadin.flow.function.SerializableBiFunction;

/**
 * The History tab of the organisation and instructor forms, with field values as the form
 * shows them.
 */
class RecordHistory extends AuditHistory {

	static final String CLASS_NAME = "record-history";

	private final SerializableBiFunction<String, String, String> values;

	/**
	 * @param fieldLabels translation keys of the audited fields' labels
	 * @param values a field's stored text as the user reads it, for fields that hold ids
	 * or enum names; the text itself for others
	 */
	RecordHistory(ZoneId zone, Map<String, String> fieldLabels, SerializableBiFunction<String, String, String> values) {
		super(zone, fieldLabels, Set.of("archivedAt"));
		this.values = values;
		addClassName(CLASS_NAME);
	}

	@Override
	protected String text(String field, String value) {
		return this.values.apply(field, value);
	}

}
