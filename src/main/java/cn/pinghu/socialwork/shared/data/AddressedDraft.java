package cn.pinghu.socialwork.shared.data;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A draft of a record that stands at an address in a town and perhaps in one of its
 * communities, such as a rider station or an organisation. Whether the community lies in
 * the town is the feature's service's check. The messages are translation keys
 * ({@code i18n/masterdata}).
 */
public abstract class AddressedDraft extends VersionedDraft {

	@NotNull(message = "masterdata.validation.town-required")
	private @Nullable Long townId;

	private @Nullable Long communityId;

	@NotBlank(message = "masterdata.validation.address-required")
	@Size(max = 255, message = "masterdata.validation.address-too-long")
	private @Nullable String address;

	public @Nullable Long getTownId() {
		return this.townId;
	}

	public void setTownId(@Nullable Long townId) {
		this.townId = townId;
	}

	public @Nullable Long getCommunityId() {
		return this.communityId;
	}

	public void setCommunityId(@Nullable Long communityId) {
		this.communityId = communityId;
	}

	public @Nullable String getAddress() {
		return this.address;
	}

	public void setAddress(@Nullable String address) {
		this.address = address;
	}

}
