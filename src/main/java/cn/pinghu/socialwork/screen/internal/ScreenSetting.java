package cn.pinghu.socialwork.screen.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * The big screen's settings (大屏设置): one row, {@link #THE_ROW}, which the schema creates.
 * An empty value means nothing is stored and the application property applies.
 */
@Entity
@Table(name = "screen_setting")
public class ScreenSetting {

	/** The id of the only row. */
	public static final long THE_ROW = 1;

	@Id
	private Long id;

	@Column(name = "rotation_seconds")
	private @Nullable Integer rotationSeconds;

	protected ScreenSetting() {
	}

	public Long getId() {
		return this.id;
	}

	/** How long the playlist shows each page, in seconds; empty when none is stored. */
	public @Nullable Integer getRotationSeconds() {
		return this.rotationSeconds;
	}

	public void setRotationSeconds(@Nullable Integer rotationSeconds) {
		this.rotationSeconds = rotationSeconds;
	}

}
