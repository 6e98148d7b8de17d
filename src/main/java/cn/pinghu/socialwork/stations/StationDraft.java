package cn.pinghu.socialwork.stations;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import cn.pinghu.socialwork.shared.data.AddressedDraft;
import org.jspecify.annotations.Nullable;

/**
 * A rider station as a form edits it: a bean, because Vaadin's Binder writes fields one
 * by one. The messages are translation keys ({@code i18n/stations}). Whether the
 * coordinates lie in the region is the service's check ({@link StationLocation}): the
 * region is a setting, which a constraint on this bean cannot read.
 */
public class StationDraft extends AddressedDraft {

	/** Upper-case letters and digits, starting with a letter, as in {@code RS001}. */
	public static final String CODE_PATTERN = "[A-Z][A-Z0-9]{2,15}";

	/** Opening hours as {@code 08:00-20:00}. */
	public static final String HOURS_PATTERN = "([01]\\d|2[0-4]):[0-5]\\d-([01]\\d|2[0-4]):[0-5]\\d";

	@NotBlank(message = "stations.validation.code-required")
	@Pattern(regexp = CODE_PATTERN, message = "stations.validation.code-pattern")
	private @Nullable String code;

	@NotBlank(message = "stations.validation.name-required")
	@Size(max = 128, message = "stations.validation.name-too-long")
	private @Nullable String name;

	@NotNull(message = "stations.validation.latitude-required")
	private @Nullable BigDecimal latitude;

	@NotNull(message = "stations.validation.longitude-required")
	private @Nullable BigDecimal longitude;

	@Size(max = 128, message = "stations.validation.host-unit-too-long")
	private @Nullable String hostUnit;

	private Set<Facility> facilities = EnumSet.noneOf(Facility.class);

	@Pattern(regexp = HOURS_PATTERN, message = "stations.validation.hours-pattern")
	private @Nullable String openingHours;

	@NotNull(message = "stations.validation.status-required")
	private @Nullable StationStatus status = StationStatus.OPEN;

	@NotNull(message = "stations.validation.capacity-required")
	@Min(value = 0, message = "stations.validation.capacity-range")
	@Max(value = 999, message = "stations.validation.capacity-range")
	private @Nullable Integer capacity = 0;

	public StationDraft() {
	}

	/** A draft of an existing station, carrying its version. */
	public static StationDraft of(StationDetails station) {
		StationDraft draft = new StationDraft();
		draft.code = station.code();
		draft.name = station.name();
		draft.setTownId(station.townId());
		draft.setCommunityId(station.communityId());
		draft.setAddress(station.address());
		draft.latitude = station.latitude();
		draft.longitude = station.longitude();
		draft.hostUnit = station.hostUnit();
		draft.setFacilities(station.facilities());
		draft.openingHours = station.openingHours();
		draft.status = station.status();
		draft.capacity = station.capacity();
		draft.setVersion(station.version());
		return draft;
	}

	public @Nullable String getCode() {
		return this.code;
	}

	public void setCode(@Nullable String code) {
		this.code = code;
	}

	public @Nullable String getName() {
		return this.name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public @Nullable BigDecimal getLatitude() {
		return this.latitude;
	}

	public void setLatitude(@Nullable BigDecimal latitude) {
		this.latitude = latitude;
	}

	public @Nullable BigDecimal getLongitude() {
		return this.longitude;
	}

	public void setLongitude(@Nullable BigDecimal longitude) {
		this.longitude = longitude;
	}

	public @Nullable String getHostUnit() {
		return this.hostUnit;
	}

	public void setHostUnit(@Nullable String hostUnit) {
		this.hostUnit = hostUnit;
	}

	public Set<Facility> getFacilities() {
		return this.facilities;
	}

	public void setFacilities(@Nullable Set<Facility> facilities) {
		this.facilities = (facilities == null || facilities.isEmpty()) ? EnumSet.noneOf(Facility.class)
				: EnumSet.copyOf(facilities);
	}

	public @Nullable String getOpeningHours() {
		return this.openingHours;
	}

	public void setOpeningHours(@Nullable String openingHours) {
		this.openingHours = openingHours;
	}

	public @Nullable StationStatus getStatus() {
		return this.status;
	}

	public void setStatus(@Nullable StationStatus status) {
		this.status = status;
	}

	public @Nullable Integer getCapacity() {
		return this.capacity;
	}

	public void setCapacity(@Nullable Integer capacity) {
		this.capacity = capacity;
	}

}
