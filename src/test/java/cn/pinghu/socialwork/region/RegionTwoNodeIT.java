package cn.pinghu.socialwork.region;

import java.time.Duration;

import cn.pinghu.socialwork.Application;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import static cn.pinghu.socialwork.region.RegionFixture.JIASHAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two console nodes on one database: the region an administrator saves on one is what the
 * other's titles and station checks read a moment later, through the outbox, though each
 * keeps the region in memory.
 */
class RegionTwoNodeIT {

	private ConfigurableApplicationContext nodeA;

	private ConfigurableApplicationContext nodeB;

	private RegionFixture fixture;

	@AfterEach
	void stopNodes() {
		if (this.fixture != null) {
			this.fixture.restore();
			RegionSetting restored = this.nodeA.getBean(RegionService.class).current();
			await().atMost(Duration.ofSeconds(5))
				.until(() -> this.nodeB.getBean(RegionService.class).current().equals(restored));
		}
		for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] { this.nodeB, this.nodeA }) {
			if (node != null) {
				node.close();
			}
		}
	}

	@Test
	void a_region_saved_on_one_node_is_read_on_the_other() {
		this.nodeA = startNode();
		this.nodeB = startNode();
		RegionService onA = this.nodeA.getBean(RegionService.class);
		RegionService onB = this.nodeB.getBean(RegionService.class);
		String before = onB.regionName();
		assertThat(before).isNotEqualTo(JIASHAN);

		this.fixture = new RegionFixture(onA, this.nodeA.getBean(JdbcTemplate.class),
				this.nodeA.getBean(SecurityContextHolderStrategy.class));
		this.fixture.setJiashan();

		assertThat(onA.regionName()).isEqualTo(JIASHAN);
		await().atMost(Duration.ofSeconds(2)).until(() -> onB.regionName().equals(JIASHAN));
		assertThat(onB.current().outline()).isNotNull();
		assertThat(onB.current()).isEqualTo(onA.current());
	}

	private static ConfigurableApplicationContext startNode() {
		return new SpringApplicationBuilder(Application.class).run("--server.port=0");
	}

}
