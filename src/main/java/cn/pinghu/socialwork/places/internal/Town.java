package cn.pinghu.socialwork.places.internal;

import cn.pinghu.socialwork.places.TownKind;
import cn.pinghu.socialwork.shared.data.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** 镇街道. */
@Entity
@Table(name = "town")
public class Town extends VersionedEntity {

	@Column(nullable = false, unique = true, length = 16)
	private String code;

	@Column(nullable = false, unique = true, length = 64)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private TownKind kind;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	@Column(name = "division_code", unique = true, length = 9, columnDefinition = "char(9)")
	private @Nullable String divisionCode;

	protected Town() {
	}

	public Town(String code, String name, TownKind kind, int sortOrder, @Nullable String divisionCode) {
		this.code = code;
		this.name = name;
		this.kind = kind;
		this.sortOrder = sortOrder;
		this.divisionCode = divisionCode;
	}

	public void change(String code, String name, TownKind kind, int sortOrder, @Nullable String divisionCode) {
		this.code = code;
		this.name = name;
		this.kind = kind;
		this.sortOrder = sortOrder;
		this.divisionCode = divisionCode;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public TownKind getKind() {
		return this.kind;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	/** The 9-digit division code (乡级区划代码), if entered. */
	public @Nullable String getDivisionCode() {
		return this.divisionCode;
	}

}
