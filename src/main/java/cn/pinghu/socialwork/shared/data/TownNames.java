package cn.pinghu.socialwork.shared.data;

import java.util.Map;

/**
 * The towns' names by id, in their display order: for features that label rows by town
 * but must not depend on the places feature (which itself writes to them, as the audit
 * trail).
 */
public interface TownNames {

	Map<Long, String> townNames();

}
