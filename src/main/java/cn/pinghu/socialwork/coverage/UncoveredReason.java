package cn.pinghu.socialwork.coverage;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A coordinator records why an organisation without a branch is not covered yet.
 *
 * @param organizationId the organisation
 * @param version the organisation's version the coordinator saw
 * @param reason why
 */
public record UncoveredReason(long organizationId, long version,
		@NotBlank(message = "{coverage.validation.reason-required}") @Size(max = 255,
				message = "{coverage.validation.reason-too-long}") @Nullable String reason) {
}
