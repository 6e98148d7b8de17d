package cn.pinghu.socialwork.identity;

import java.util.Optional;
import java.util.Set;

/**
 * Looks up a user's profile by user name, for a principal that does not carry it (signed
 * in some other way, such as a test's token). The user accounts feature provides it.
 */
@FunctionalInterface
public interface UserProfiles {

	Optional<Profile> find(String username);

	/** The part of a user's account that {@link CurrentUser} reports. */
	record Profile(String username, String displayName, Set<Long> townIds) {

		public Profile {
			townIds = Set.copyOf(townIds);
		}

	}

}
