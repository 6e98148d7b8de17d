package cn.pinghu.socialwork.organizations.internal;

import java.util.HashSet;
import java.util.Set;

import cn.pinghu.socialwork.shared.data.ArchivableMasterData;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** 党建指导员: serves the organisations of the towns listed. */
@Entity
@AttributeOverride(name = "code", column = @Column(name = "code", nullable = false, unique = true, length = 16))
@AttributeOverride(name = "name", column = @Column(name = "name", nullable = false, length = 32))
@Table(name = "instructor")
public class Instructor extends ArchivableMasterData {

	@Column(name = "work_unit", nullable = false, length = 128)
	private String workUnit;

	@Column(nullable = false, length = 32)
	private String phone;

	@ElementCollection
	@CollectionTable(name = "instructor_town", joinColumns = @JoinColumn(name = "instructor_id"))
	@Column(name = "town_id", nullable = false)
	private Set<Long> townIds = new HashSet<>();

	protected Instructor() {
	}

	public Instructor(String code, String name, String workUnit, String phone, Set<Long> townIds) {
		change(code, name, workUnit, phone, townIds);
	}

	public final void change(String code, String name, String workUnit, String phone, Set<Long> townIds) {
		setCodeAndName(code, name);
		this.workUnit = workUnit;
		this.phone = phone;
		this.townIds.retainAll(townIds);
		this.townIds.addAll(townIds);
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

}
