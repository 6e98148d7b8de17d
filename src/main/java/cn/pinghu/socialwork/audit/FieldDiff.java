package cn.pinghu.socialwork.audit;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Lists the fields whose values differ between two states of a record, in the order the
 * fields are declared. Values are compared and recorded as text, so that the trail reads
 * the same whatever type a field had.
 */
public final class FieldDiff {

	private FieldDiff() {
	}

	/**
	 * The changes from {@code before} to {@code after}: a field missing from one map
	 * counts as having no value there.
	 */
	public static List<FieldChange> between(Map<String, ?> before, Map<String, ?> after) {
		Set<String> fields = new LinkedHashSet<>(before.keySet());
		fields.addAll(after.keySet());
		List<FieldChange> changes = new ArrayList<>();
		for (String field : fields) {
			String from = text(before.get(field));
			String to = text(after.get(field));
			if (!Objects.equals(from, to)) {
				changes.add(new FieldChange(field, from, to));
			}
		}
		return changes;
	}

	/** The changes between two records of the same type, field by record component. */
	public static <R extends Record> List<FieldChange> between(R before, R after) {
		return between(fields(before), fields(after));
	}

	/** The changes that creating a record makes: every field that has a value. */
	public static List<FieldChange> created(Map<String, ?> after) {
		return between(Map.of(), after);
	}

	/** A record's components and their values, in declaration order. */
	public static Map<String, @Nullable Object> fields(Record record) {
		Map<String, @Nullable Object> fields = new LinkedHashMap<>();
		for (RecordComponent component : record.getClass().getRecordComponents()) {
			try {
				component.getAccessor().setAccessible(true);
				fields.put(component.getName(), component.getAccessor().invoke(record));
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalArgumentException("Cannot read " + component.getName() + " of " + record, ex);
			}
		}
		return fields;
	}

	private static @Nullable String text(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		return value.toString();
	}

}
