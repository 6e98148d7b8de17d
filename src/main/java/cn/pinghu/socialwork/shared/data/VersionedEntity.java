package cn.pinghu.socialwork.shared.data;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * A stored row that changes under an optimistic lock (its {@code version} column), so
 * that {@link VersionedWrites} can refuse a change made to a version read earlier.
 */
@MappedSuperclass
public abstract class VersionedEntity extends GeneratedIdEntity implements Versioned {

	@Version
	private long version;

	@Override
	public long getVersion() {
		return this.version;
	}

}
