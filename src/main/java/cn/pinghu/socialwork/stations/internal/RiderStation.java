package cn.pinghu.socialwork.stations.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import cn.pinghu.socialwork.shared.data.ArchivableMasterData;
import cn.pinghu.socialwork.stations.Facility;
import cn.pinghu.socialwork.stations.StationStatus;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * 骑士加油站. Towns and communities are referenced by id: they belong to the places feature.
 */
@Entity
@AttributeOverride(name = "code", column = @Column(name = "code", nullable = false, unique = true, length = 16))
@AttributeOverride(name = "name", column = @Column(name = "name", nullable = false, length = 128))
@Table(name = "rider_station")
public class RiderStation extends ArchivableMasterData {

	@Column(name = "town_id", nullable = false)
	private long townId;

	@Column(name = "community_id")
	private Long communityId;

	@Column(nullable = false)
	private String address;

	@Column(nullable = false, precision = 9, scale = 6)
	private BigDecimal latitude;

	@Column(nullable = false, precision = 9, scale = 6)
	private BigDecimal longitude;

	@Column(name = "host_unit", length = 128)
	private String hostUnit;

	@Convert(converter = FacilitySetConverter.class)
	@Column(nullable = false)
	private Set<Facility> facilities = EnumSet.noneOf(Facility.class);

	@Column(name = "opening_hours", length = 64)
	private String openingHours;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private StationStatus status;

	@Column(nullable = false)
	private int capacity;

	protected RiderStation() {
	}

	public RiderStation(String code, Place place, Details details) {
		change(code, place, details);
	}

	/** Changes everything a form edits. */
	public final void change(String code, Place place, Details details) {
		setCodeAndName(code, details.name());
		this.townId = place.townId();
		this.communityId = place.communityId();
		this.address = place.address();
		this.latitude = place.latitude();
		this.longitude = place.longitude();
		this.hostUnit = details.hostUnit();
		this.facilities = details.facilities().isEmpty() ? EnumSet.noneOf(Facility.class)
				: EnumSet.copyOf(details.facilities());
		this.openingHours = details.openingHours();
		this.status = details.status();
		this.capacity = details.capacity();
	}

	/** Archives the station; an archived station takes no visits, so it is closed too. */
	@Override
	public void archive(Instant at) {
		super.archive(at);
		this.status = StationStatus.CLOSED;
	}

	public long getTownId() {
		return this.townId;
	}

	public Long getCommunityId() {
		return this.communityId;
	}

	public String getAddress() {
		return this.address;
	}

	public BigDecimal getLatitude() {
		return this.latitude;
	}

	public BigDecimal getLongitude() {
		return this.longitude;
	}

	public String getHostUnit() {
		return this.hostUnit;
	}

	public Set<Facility> getFacilities() {
		return this.facilities;
	}

	public String getOpeningHours() {
		return this.openingHours;
	}

	public StationStatus getStatus() {
		return this.status;
	}

	public int getCapacity() {
		return this.capacity;
	}

	/** Where a station is. */
	public record Place(long townId, @Nullable Long communityId, String address, BigDecimal latitude,
			BigDecimal longitude) {
	}

	/** What a station is and offers. */
	public record Details(String name, @Nullable String hostUnit, Set<Facility> facilities,
			@Nullable String openingHours, StationStatus status, int capacity) {
	}

}
