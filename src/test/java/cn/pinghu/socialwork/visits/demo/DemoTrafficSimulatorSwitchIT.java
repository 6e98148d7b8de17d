package cn.pinghu.socialwork.visits.demo;

import java.time.Clock;

import cn.pinghu.socialwork.stations.StationService;
import cn.pinghu.socialwork.visits.VisitService;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** The simulator's switch, in a small Spring context of its own. */
class DemoTrafficSimulatorSwitchIT {

	@Test
	void the_simulator_runs_only_when_enabled() {
		ApplicationContextRunner runner = new ApplicationContextRunner()
			.withUserConfiguration(DemoTrafficSimulator.class)
			.withBean(VisitService.class, () -> mock(VisitService.class))
			.withBean(StationService.class, () -> mock(StationService.class))
			.withBean(Clock.class, Clock::systemUTC)
			.withPropertyValues("console.zone=Asia/Shanghai");

		runner.run(context -> assertThat(context).doesNotHaveBean(DemoTrafficSimulator.class));
		runner.withPropertyValues("console.simulator.enabled=false")
			.run(context -> assertThat(context).doesNotHaveBean(DemoTrafficSimulator.class));
		runner.withPropertyValues("console.simulator.enabled=true")
			.run(context -> assertThat(context).hasSingleBean(DemoTrafficSimulator.class));
	}

}
