package cn.pinghu.socialwork.shared.data;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A master-data record that users know by a unique code and a name, that forms change
 * under an optimistic lock, and that is archived rather than deleted, because history and
 * other records keep naming it. Each table sizes its code and name columns itself
 * ({@code @AttributeOverride}).
 */
@MappedSuperclass
public abstract class ArchivableMasterData implements Versioned {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** Stable and unique: the key imports upsert by. */
	@Column(nullable = false, unique = true)
	private String code;

	@Column(nullable = false)
	private String name;

	@Column(name = "archived_at")
	private @Nullable Instant archivedAt;

	@Version
	private long version;

	protected final void setCodeAndName(String code, String name) {
		this.code = code;
		this.name = name;
	}

	public void archive(Instant at) {
		this.archivedAt = at;
	}

	public void restore() {
		this.archivedAt = null;
	}

	@Override
	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public @Nullable Instant getArchivedAt() {
		return this.archivedAt;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

}
