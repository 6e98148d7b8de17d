package cn.pinghu.socialwork.requests;

import cn.pinghu.socialwork.shared.validation.Phone;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A request that came in by the hotline, as a coordinator enters it. The messages are
 * translation keys.
 *
 * @param townId the town that handles it
 * @param stationId the station it concerns, if any; it must lie in that town
 * @param category what it is about
 * @param text the request
 * @param phone the caller's number, or none
 */
public record HotlineRequest(@NotNull(message = "requests.validation.town") @Nullable Long townId,
		@Nullable Long stationId, @NotNull(message = "requests.validation.category") @Nullable RequestCategory category,
		@NotBlank(message = "requests.validation.text") @Size(max = RiderRequestService.MAX_TEXT,
				message = "requests.validation.text-size") @Nullable String text,
		@Phone @Size(max = 16, message = "validation.phone") @Nullable String phone) {
}
