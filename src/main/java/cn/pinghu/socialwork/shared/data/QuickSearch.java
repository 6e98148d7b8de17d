package cn.pinghu.socialwork.shared.data;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.jspecify.annotations.Nullable;

/**
 * The lists' quick search: the text a user types is found anywhere in a column and
 * matched literally, so LIKE's wildcards in it are escaped (with {@link #ESCAPE}).
 */
public final class QuickSearch {

	/** The escape character of the patterns made here. */
	public static final char ESCAPE = '\\';

	private QuickSearch() {
	}

	/**
	 * Adds the condition that one of the properties contains the text, in any case; adds
	 * nothing for a blank text.
	 */
	public static void addAnyContaining(List<Predicate> predicates, Root<?> root, CriteriaBuilder cb,
			@Nullable String text, String... properties) {
		if (text == null || text.isBlank()) {
			return;
		}
		String pattern = upperCasePattern(text);
		predicates.add(cb.or(Arrays.stream(properties)
			.map(property -> cb.like(cb.upper(root.get(property)), pattern, ESCAPE))
			.toArray(Predicate[]::new)));
	}

	/** {@code %TEXT%}: the stripped text in upper case, found anywhere. */
	public static String upperCasePattern(String text) {
		return "%" + escape(text.strip().toUpperCase(Locale.ROOT)) + "%";
	}

	/** {@code %text%}: the stripped text in lower case, found anywhere. */
	public static String lowerCasePattern(String text) {
		return "%" + escape(text.strip().toLowerCase(Locale.ROOT)) + "%";
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
