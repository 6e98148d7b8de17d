package cn.pinghu.socialwork.shared.transfer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.context.MessageSource;

/**
 * The file format of a master-data list: its columns carry the list's headers and labels
 * in Chinese, whatever the user's language, and name towns by name. A feature's subclass
 * lists the columns ({@link #definition}) and the checks of an import; the rules of the
 * feature's form come first among them ({@link #violations}).
 *
 * @param <T> the list's record, as an export writes it
 * @param <B> the form's draft, as an import reads it
 */
public abstract class MasterDataFile<T, B> {

	/** The language of the files' headers and labels. */
	public static final Locale FILE_LOCALE = Locale.SIMPLIFIED_CHINESE;

	/** The towns' names by id, as cells write them. */
	protected final Map<Long, String> townNames;

	private final MessageSource messages;

	private final String columnPrefix;

	private final Map<String, String> columns;

	/**
	 * @param columnPrefix the prefix of the list's column keys, such as
	 * {@code "stations.column."}
	 * @param columns the column key of each draft property whose name differs from it,
	 * such as {@code townId} → {@code town}
	 */
	protected MasterDataFile(MessageSource messages, Map<Long, String> townNames, String columnPrefix,
			Map<String, String> columns) {
		this.messages = messages;
		this.townNames = townNames;
		this.columnPrefix = columnPrefix;
		this.columns = Map.copyOf(columns);
	}

	/** The definition for exports and templates, which check nothing. */
	public TransferDefinition<T, B> forExport() {
		return definition(RowCheck.none());
	}

	/** The file's columns and key, with the check an import runs on each row. */
	protected abstract TransferDefinition<T, B> definition(RowCheck<B> check);

	/** The header of a draft property's column, as the list names it. */
	public String header(String property) {
		return label(this.columnPrefix + this.columns.getOrDefault(property, property));
	}

	/** A text of the translation bundles in the files' language. */
	protected String label(String key) {
		return this.messages.getMessage(key, null, FILE_LOCALE);
	}

	/** An enum constant's label: the text of the prefix and its name. */
	protected String label(String prefix, Enum<?> value) {
		return label(prefix + value.name());
	}

	/** Each constant by its label, for a column of choices. */
	protected <E extends Enum<E>> Map<String, E> labels(E[] values, String prefix) {
		Map<String, E> labels = new LinkedHashMap<>();
		for (E value : values) {
			labels.put(label(prefix, value), value);
		}
		return labels;
	}

	/** The towns' ids by name, for the town column's choices. */
	protected Map<String, Long> townsByName() {
		Map<String, Long> towns = new LinkedHashMap<>();
		this.townNames.forEach((id, name) -> towns.put(name, id));
		return towns;
	}

	/**
	 * What the form's rules (Bean Validation) find wrong with a row, each at the column
	 * of its property.
	 */
	protected List<RowProblem> violations(Validator validator, int rowNumber, B row) {
		List<RowProblem> problems = new ArrayList<>();
		for (ConstraintViolation<B> violation : validator.validate(row)) {
			problems.add(new RowProblem(rowNumber, header(violation.getPropertyPath().toString()),
					TransferMessage.of(violation.getMessage())));
		}
		return problems;
	}

}
