package cn.pinghu.socialwork.coverage;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One town's target in a drive; the rates, date and version are {@code null} while the
 * town has none.
 */
public record TargetSettings(long townId, String townName, @Nullable BigDecimal startRate,
		@Nullable BigDecimal targetRate, @Nullable LocalDate dueOn, @Nullable Long version) {
}
