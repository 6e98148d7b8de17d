package cn.pinghu.socialwork.places;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import cn.pinghu.socialwork.shared.data.VersionedDraft;
import org.jspecify.annotations.Nullable;

/**
 * What the town and community forms edit alike: the code, the name and the version the
 * form was read at. Each draft adds its code's pattern on {@link #getCode()}.
 */
public abstract class PlaceDraft extends VersionedDraft {

	@NotBlank(message = "places.validation.code-required")
	private @Nullable String code;

	@NotBlank(message = "places.validation.name-required")
	@Size(max = 64, message = "places.validation.name-too-long")
	private @Nullable String name;

	/** Takes the code, name and version of the stored place the draft edits. */
	protected final void copy(String code, String name, long version) {
		this.code = code;
		this.name = name;
		setVersion(version);
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

}
