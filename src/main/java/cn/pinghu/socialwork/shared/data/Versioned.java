package cn.pinghu.socialwork.shared.data;

/**
 * A stored record with an optimistic-lock version, as {@link VersionedWrites} checks it.
 */
public interface Versioned {

	Long getId();

	long getVersion();

}
