package cn.pinghu.socialwork.places.internal;

import java.time.Instant;

import cn.pinghu.socialwork.places.CommunityKind;
import cn.pinghu.socialwork.shared.data.Versioned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** 村社区. */
@Entity
@Table(name = "community")
public class Community implements Versioned {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 32)
	private String code;

	@Column(nullable = false, length = 64)
	private String name;

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

	@Column(name = "archived_at")
	private @Nullable Instant archivedAt;

	@Version
	private long version;

	protected Community() {
	}

	public Community(String code, String name, Town town, CommunityKind kind, int households, int population) {
		change(code, name, town, kind, households, population);
	}

	public final void change(String code, String name, Town town, CommunityKind kind, int households, int population) {
		this.code = code;
		this.name = name;
		this.town = town;
		this.kind = kind;
		this.households = households;
		this.population = population;
	}

	public void archive(Instant at) {
		this.archivedAt = at;
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

	public @Nullable Instant getArchivedAt() {
		return this.archivedAt;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

}
