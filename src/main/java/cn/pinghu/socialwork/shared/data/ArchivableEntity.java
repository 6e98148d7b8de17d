package cn.pinghu.socialwork.shared.data;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.jspecify.annotations.Nullable;

/**
 * A versioned record that is archived rather than deleted, because history and other
 * records keep naming it: archived, it leaves the lists but stays readable.
 */
@MappedSuperclass
public abstract class ArchivableEntity extends VersionedEntity {

	@Column(name = "archived_at")
	private @Nullable Instant archivedAt;

	public void archive(Instant at) {
		this.archivedAt = at;
	}

	public void restore() {
		this.archivedAt = null;
	}

	public @Nullable Instant getArchivedAt() {
		return this.archivedAt;
	}

}
