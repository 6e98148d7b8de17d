package cn.pinghu.socialwork.visits.api;

import java.time.OffsetDateTime;
import java.util.List;

import cn.pinghu.socialwork.visits.VisitService;
import cn.pinghu.socialwork.visits.WorkerKind;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import org.jspecify.annotations.Nullable;

/**
 * The bodies the visits API takes, as its contract shows them. The controllers read the
 * bytes themselves ({@link VisitBodyReader}, which holds the rules); these records only
 * describe them.
 */
final class VisitBodies {

	private VisitBodies() {
	}

	@Schema(name = "Visit", description = "一次到站服务 / one visit")
	record Visit(
			@Schema(requiredMode = RequiredMode.REQUIRED, description = "新就业群体类别 / who visited") WorkerKind workerKind,
			@Schema(description = "发生时间（带时区），缺省为收到时；不得晚于现在 5 分钟、早于 7 天 / when, with its offset; "
					+ "now when left out; at most 5 minutes ahead and 7 days back") @Nullable OffsetDateTime occurredAt,
			@Schema(requiredMode = RequiredMode.REQUIRED, maxLength = VisitService.MAX_IDEMPOTENCY_KEY_LENGTH,
					pattern = "^[A-Za-z0-9._:~-]+$",
					description = "幂等键：同一站点同一键只记一次 / the same key at one station is stored once") String idempotencyKey) {
	}

	@Schema(name = "BatchVisit", description = "批量中的一次到站服务 / one visit of a batch")
	record BatchVisit(
			@Schema(description = "可选；须为密钥所属站点 / optional; must be the key's station") @Nullable String stationCode,
			@Schema(requiredMode = RequiredMode.REQUIRED) WorkerKind workerKind, @Nullable OffsetDateTime occurredAt,
			@Schema(requiredMode = RequiredMode.REQUIRED, maxLength = VisitService.MAX_IDEMPOTENCY_KEY_LENGTH,
					pattern = "^[A-Za-z0-9._:~-]+$") String idempotencyKey) {
	}

	@Schema(name = "VisitBatch", description = "离线缓存后批量补报 / visits buffered while offline")
	record Batch(@ArraySchema(minItems = 1, maxItems = VisitBatchController.MAX_ITEMS,
			schema = @Schema(implementation = BatchVisit.class)) List<BatchVisit> visits) {
	}

}
