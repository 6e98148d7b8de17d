package cn.pinghu.socialwork.screen.api;

import cn.pinghu.socialwork.shared.web.ApiContract;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import cn.pinghu.socialwork.screen.live.DashboardSnapshot;
import cn.pinghu.socialwork.screen.live.LiveMetricsService;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The live numbers for displays and other readers. Access is checked by the API filter
 * chain (displays, leaders and administrators).
 */
@RestController
@RequestMapping(DashboardController.PATH)
class DashboardController {

	static final String PATH = "/api/v1/dashboard";

	private final LiveMetricsService metrics;

	DashboardController(LiveMetricsService metrics) {
		this.metrics = metrics;
	}

	@Operation(summary = "大屏数据快照 / The dashboard snapshot", tags = "dashboard",
			description = "大屏、领导或管理员可读 / for wall displays, leaders and administrators",
			security = @SecurityRequirement(name = ApiContract.DISPLAY_TOKEN))
	@ApiResponse(responseCode = "200", description = "当前数据 / the figures now")
	@GetMapping(path = "/snapshot", produces = MediaType.APPLICATION_JSON_VALUE)
	DashboardSnapshot snapshot() {
		return this.metrics.snapshot();
	}

}
