package cn.pinghu.socialwork.coverage.internal;

import cn.pinghu.socialwork.shared.data.Versioned;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** 党建指导员: serves the organisations of the towns listed. */
@Entity
@Table(name = "instructor")
public class Instructor implements Versioned {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** 编号: stable and unique, the key imports update by. */
	@Column(nullable = false, unique = true, length = 16)
	private String code;

	@Column(nullable = false, length = 32)
	private String name;

	@Column(name = "work_unit", nullable = false, length = 128)
	private String workUnit;

	@Column(nullable = false, length = 32)
	private String phone;

	@ElementCollection
	@CollectionTable(name = "instructor_town", joinColumns = @JoinColumn(name = "instructor_id"))
	@Column(name = "town_id", nullable = false)
	private Set<Long> townIds = new HashSet<>();

	@Column(name = "archived_at")
	private @Nullable Instant archivedAt;

	@Version
	private long version;

	protected Instructor() {
	}

	public Instructor(String code, String name, String workUnit, String phone, Set<Long> townIds) {
		change(code, name, workUnit, phone, townIds);
	}

	public final void change(String code, String name, String workUnit, String phone, Set<Long> townIds) {
		this.code = code;
		this.name = name;
		this.workUnit = workUnit;
		this.phone = phone;
		this.townIds.retainAll(townIds);
		this.townIds.addAll(townIds);
	}

	public void archive(Instant at) {
		this.archivedAt = at;
	}

	public void restore() {
		this.archivedAt = null;
	}

	public @Nullable Instant getArchivedAt() {
		return this.archivedAt;
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

	public String getWorkUnit() {
		return this.workUnit;
	}

	public String getPhone() {
		return this.phone;
	}

	public Set<Long> getTownIds() {
		return this.townIds;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

}
