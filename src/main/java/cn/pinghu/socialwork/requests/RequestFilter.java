package cn.pinghu.socialwork.requests;

import org.jspecify.annotations.Nullable;

/**
 * Which cases the worklist shows: any of the caller's towns unless one is given.
 *
 * @param text words the request's text contains, if any
 */
public record RequestFilter(@Nullable Long townId, @Nullable RequestStatus status, @Nullable RequestCategory category,
		@Nullable String text) {

	public static RequestFilter all() {
		return new RequestFilter(null, null, null, null);
	}

}
