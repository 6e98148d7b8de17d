package cn.pinghu.socialwork.shared.data;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A master-data record that users know by a unique code and a name, that forms change
 * under an optimistic lock, and that is archived rather than deleted, because history and
 * other records keep naming it. Each table sizes its code and name columns itself
 * ({@code @AttributeOverride}).
 */
@MappedSuperclass
public abstract class ArchivableMasterData extends ArchivableEntity {

	/** Stable and unique: the key imports upsert by. */
	@Column(nullable = false, unique = true)
	private String code;

	@Column(nullable = false)
	private String name;

	protected final void setCodeAndName(String code, String name) {
		this.code = code;
		this.name = name;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

}
