package cn.pinghu.socialwork.places.internal;

import cn.pinghu.socialwork.places.CommunityKind;
import cn.pinghu.socialwork.shared.data.ArchivableMasterData;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** 村社区. */
@Entity
@AttributeOverride(name = "code", column = @Column(name = "code", nullable = false, unique = true, length = 32))
@AttributeOverride(name = "name", column = @Column(name = "name", nullable = false, length = 64))
@Table(name = "community")
public class Community extends ArchivableMasterData {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "town_id", nullable = false)
	private Town town;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private CommunityKind kind;

	@Column(nullable = false)
	private int households;

	@Column(nullable = false)
	private int population;

	protected Community() {
	}

	public Community(String code, String name, Town town, CommunityKind kind, int households, int population) {
		change(code, name, town, kind, households, population);
	}

	public final void change(String code, String name, Town town, CommunityKind kind, int households, int population) {
		setCodeAndName(code, name);
		this.town = town;
		this.kind = kind;
		this.households = households;
		this.population = population;
	}

	public Town getTown() {
		return this.town;
	}

	public CommunityKind getKind() {
		return this.kind;
	}

	public int getHouseholds() {
		return this.households;
	}

	public int getPopulation() {
		return this.population;
	}

}
