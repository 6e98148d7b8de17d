package cn.pinghu.socialwork.stations.internal;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

import cn.pinghu.socialwork.stations.Facility;
import cn.pinghu.socialwork.stations.StationStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * 骑士加油站. Towns and communities are referenced by id: they belong to the places feature.
 */
@Entity
@Table(name = "rider_station")
public class RiderStation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 16)
	private String code;

	@Column(nullable = false, length = 128)
	private String name;

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

	@Version
	private long version;

	protected RiderStation() {
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
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

	public long getVersion() {
		return this.version;
	}

}
