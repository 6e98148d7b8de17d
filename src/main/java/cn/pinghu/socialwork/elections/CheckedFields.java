package cn.pinghu.socialwork.elections;

import java.util.ArrayList;
import java.util.List;

import cn.pinghu.socialwork.elections.ElectionRejectedException.Rejection;
import org.jspecify.annotations.Nullable;

/**
 * What the stage rules share: the broken rules collected so far, every one at once, and
 * the checks of a count that must be given.
 */
abstract class CheckedFields {

	final List<Rejection> rejections = new ArrayList<>();

	/** Whether the count is given and above zero; else the field's rejection. */
	final boolean positive(String field, @Nullable Integer count) {
		if (count == null) {
			reject(field, "elections.validation.required");
			return false;
		}
		if (count <= 0) {
			reject(field, "elections.validation.positive");
			return false;
		}
		return true;
	}

	/** Whether the count is given and not negative; else the field's rejection. */
	final boolean notNegative(String field, @Nullable Integer count) {
		if (count == null) {
			reject(field, "elections.validation.required");
			return false;
		}
		if (count < 0) {
			reject(field, "elections.validation.negative");
			return false;
		}
		return true;
	}

	final void reject(String field, String key, Object... arguments) {
		this.rejections.add(new Rejection(field, key, List.of(arguments)));
	}

}
