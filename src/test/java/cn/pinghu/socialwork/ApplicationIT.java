package cn.pinghu.socialwork;

import java.util.stream.Stream;

import cn.pinghu.socialwork.places.CommunityService;
import cn.pinghu.socialwork.places.TownSummary;
import cn.pinghu.socialwork.shared.scheduling.Schedulers;
import cn.pinghu.socialwork.shared.transfer.TransferLimits;
import cn.pinghu.socialwork.shared.web.RequestBodyLimitFilter;
import cn.pinghu.socialwork.stations.StationCounts;
import cn.pinghu.socialwork.stations.StationService;
import cn.pinghu.socialwork.visits.VisitService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class ApplicationIT {

	@Autowired
	CommunityService places;

	@Autowired
	StationService stations;

	@Autowired
	VisitService visits;

	@Autowired
	@Qualifier("requestBodyLimitFilter")
	FilterRegistrationBean<RequestBodyLimitFilter> bodyLimit;

	@Autowired
	ApplicationContext context;

	@Test
	void the_api_is_guarded_by_the_body_limit_before_spring_security() {
		assertThat(this.bodyLimit.getUrlPatterns()).containsExactly("/api/*");
		assertThat(this.bodyLimit.getOrder()).isLessThan(SecurityProperties.DEFAULT_FILTER_ORDER);
	}

	@Test
	void starts_on_the_embedded_database_with_the_demo_seeds() {
		assertThat(this.places.towns()).extracting(TownSummary::name)
			.containsExactly("当湖街道", "钟埭街道", "曹桥街道", "乍浦镇", "新埭镇", "新仓镇", "广陈镇", "林埭镇", "独山港镇");
		StationCounts counts = this.stations.counts();
		assertThat(counts.total()).isEqualTo(114);
		assertThat(counts.open()).isEqualTo(107);
	}

	@Test
	void the_live_features_pools_keep_their_thread_names_and_are_never_taken_for_the_applications_scheduler() {
		// What @Scheduled jobs run on: the one scheduler that is a default candidate.
		String scheduled = this.context.getAutowireCapableBeanFactory()
			.resolveNamedBean(TaskScheduler.class)
			.getBeanName();
		assertThat(scheduled).isNotIn(Schedulers.CAMPAIGN_FIGURES, Schedulers.SCREEN_REFRESH,
				Schedulers.DASHBOARD_NOTIFIER, Schedulers.OUTBOX_TAILER);
		assertThat(Stream
			.of(Schedulers.CAMPAIGN_FIGURES, Schedulers.SCREEN_REFRESH, Schedulers.DASHBOARD_NOTIFIER,
					Schedulers.OUTBOX_TAILER)
			.map((name) -> this.context.getBean(name, ThreadPoolTaskScheduler.class).getThreadNamePrefix()))
			.containsExactly("campaign-figures-", "screen-refresh-", "dashboard-notifier-", "outbox-tailer-");
		ThreadPoolTaskExecutor transfers = this.context.getBean(Schedulers.TRANSFERS, ThreadPoolTaskExecutor.class);
		assertThat(transfers.getThreadNamePrefix()).isEqualTo("transfer-");
		assertThat(transfers.getMaxPoolSize()).isEqualTo(1);
		assertThat(transfers.getQueueCapacity()).isEqualTo(TransferLimits.MAX_WAITING_IMPORTS);
		ThreadPoolTaskExecutor delivery = this.context.getBean(Schedulers.DASHBOARD_DELIVERY,
				ThreadPoolTaskExecutor.class);
		assertThat(delivery.getThreadNamePrefix()).isEqualTo("dashboard-delivery-");
		assertThat(delivery.getMaxPoolSize()).isEqualTo(Runtime.getRuntime().availableProcessors());
	}

}
