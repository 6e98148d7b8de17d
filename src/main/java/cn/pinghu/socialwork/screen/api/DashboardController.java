package cn.pinghu.socialwork.screen.api;

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

	@GetMapping(path = "/snapshot", produces = MediaType.APPLICATION_JSON_VALUE)
	DashboardSnapshot snapshot() {
		return this.metrics.snapshot();
	}

}
