package cn.pinghu.socialwork.requests;

import cn.pinghu.socialwork.shared.validation.Phone;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What a rider files on a station's check-in page. The messages are translation keys.
 *
 * @param category what it is about
 * @param text the request, at most {@value RiderRequestService#MAX_TEXT} characters
 * @param phone a number for a call back, or none
 */
public record RequestSubmission(@NotNull(message = "requests.validation.category") @Nullable RequestCategory category,
		@NotBlank(message = "requests.validation.text") @Size(max = RiderRequestService.MAX_TEXT,
				message = "requests.validation.text-size") @Nullable String text,
		@Phone @Size(max = 16, message = "validation.phone") @Nullable String phone) {
}
