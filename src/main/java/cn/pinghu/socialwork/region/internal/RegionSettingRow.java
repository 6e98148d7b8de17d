package cn.pinghu.socialwork.region.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * The region setting (辖区设置): one row, {@link #THE_ROW}, which the schema creates. An
 * empty name means the region is not set yet.
 */
@Entity
@Table(name = "region_setting")
public class RegionSettingRow {

	/** The id of the only row. */
	public static final long THE_ROW = 1;

	@Id
	private Long id;

	private @Nullable String name;

	@Column(name = "division_code", length = 6, columnDefinition = "char(6)")
	private @Nullable String divisionCode;

	private @Nullable String department;

	@Column(name = "time_zone")
	private String timeZone;

	@Column(name = "min_latitude")
	private @Nullable BigDecimal minLatitude;

	@Column(name = "max_latitude")
	private @Nullable BigDecimal maxLatitude;

	@Column(name = "min_longitude")
	private @Nullable BigDecimal minLongitude;

	@Column(name = "max_longitude")
	private @Nullable BigDecimal maxLongitude;

	@Column(columnDefinition = "mediumtext")
	private @Nullable String outline;

	@Version
	private long version;

	protected RegionSettingRow() {
		this.id = THE_ROW;
		this.timeZone = "Asia/Shanghai";
	}

	public Long getId() {
		return this.id;
	}

	public @Nullable String getName() {
		return this.name;
	}

	public @Nullable String getDivisionCode() {
		return this.divisionCode;
	}

	public @Nullable String getDepartment() {
		return this.department;
	}

	public String getTimeZone() {
		return this.timeZone;
	}

	public @Nullable BigDecimal getMinLatitude() {
		return this.minLatitude;
	}

	public @Nullable BigDecimal getMaxLatitude() {
		return this.maxLatitude;
	}

	public @Nullable BigDecimal getMinLongitude() {
		return this.minLongitude;
	}

	public @Nullable BigDecimal getMaxLongitude() {
		return this.maxLongitude;
	}

	public @Nullable String getOutline() {
		return this.outline;
	}

	public long getVersion() {
		return this.version;
	}

	/** Names the region. */
	public void name(String name, String divisionCode, String department, String timeZone) {
		this.name = name;
		this.divisionCode = divisionCode;
		this.department = department;
		this.timeZone = timeZone;
	}

	/** Sets the outline and the box, or clears them. */
	public void area(@Nullable String outline, @Nullable BigDecimal minLatitude, @Nullable BigDecimal maxLatitude,
			@Nullable BigDecimal minLongitude, @Nullable BigDecimal maxLongitude) {
		this.outline = outline;
		this.minLatitude = minLatitude;
		this.maxLatitude = maxLatitude;
		this.minLongitude = minLongitude;
		this.maxLongitude = maxLongitude;
	}

}
