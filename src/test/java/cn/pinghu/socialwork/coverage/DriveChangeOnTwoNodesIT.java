package cn.pinghu.socialwork.coverage;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import cn.pinghu.socialwork.Application;
import cn.pinghu.socialwork.identity.Role;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two console nodes on one database: a change of the drive's scope made on one reaches
 * the coverage figures the other serves (the snapshot API behind its wall screens and
 * dashboards) within two seconds, through the outbox, with no wait for the minute's
 * refresh. The drive is put back as it was afterwards.
 */
class DriveChangeOnTwoNodesIT {

	private static final String DISPLAY_TOKEN = "demo-display-token";

	/**
	 * The largest threshold a drive takes: no seeded organisation has that many
	 * employees.
	 */
	private static final int NO_ONE = 100_000;

	private final HttpClient http = HttpClient.newHttpClient();

	private final ObjectMapper json = new ObjectMapper();

	private ConfigurableApplicationContext nodeA;

	private ConfigurableApplicationContext nodeB;

	private DriveSettings original;

	@AfterEach
	void restoreTheDriveAndStopTheNodes() {
		try {
			if (this.original != null) {
				signInAsAdmin(this.nodeA);
				CoverageDriveService drives = this.nodeA.getBean(CoverageDriveService.class);
				DriveSettings now = drives.current().orElseThrow();
				drives.updateDrive(new DriveChange(now.id(), now.version(),
						draft(this.original, this.original.economicThreshold(), this.original.socialThreshold())));
			}
		}
		finally {
			if (this.nodeA != null) {
				this.nodeA.getBean(SecurityContextHolderStrategy.class).clearContext();
			}
			for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] { this.nodeB,
					this.nodeA }) {
				if (node != null) {
					node.close();
				}
			}
		}
	}

	@Test
	void a_threshold_changed_on_one_node_reaches_the_coverage_figures_of_the_other_within_two_seconds()
			throws Exception {
		this.nodeA = startNode();
		this.nodeB = startNode();
		signInAsAdmin(this.nodeA);
		CoverageDriveService drives = this.nodeA.getBean(CoverageDriveService.class);
		DriveSettings settings = drives.current().orElseThrow();
		long before = coverage(this.nodeB).get("inScope").asLong();
		assertThat(before).isPositive();
		this.original = settings;

		drives.updateDrive(new DriveChange(settings.id(), settings.version(), draft(settings, NO_ONE, NO_ONE)));

		await().pollInterval(Duration.ofMillis(50))
			.atMost(Duration.ofSeconds(2))
			.until(() -> coverage(this.nodeB).get("inScope").asLong() == 0);
		JsonNode after = coverage(this.nodeB);
		assertThat(after.get("covered").asLong()).isZero();
		assertThat(after.get("byTown")).allSatisfy(town -> assertThat(town.get("inScope").asLong()).isZero());
	}

	private static DriveDraft draft(DriveSettings settings, int economicThreshold, int socialThreshold) {
		return new DriveDraft(settings.name(), settings.startsOn(), settings.endsOn(), economicThreshold,
				socialThreshold);
	}

	/** Signs in as an administrator on this thread, as the node's security reads it. */
	private static void signInAsAdmin(ConfigurableApplicationContext node) {
		SecurityContextHolderStrategy contexts = node.getBean(SecurityContextHolderStrategy.class);
		SecurityContext context = contexts.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null,
				AuthorityUtils.createAuthorityList("ROLE_" + Role.Names.ADMIN)));
		contexts.setContext(context);
	}

	private static ConfigurableApplicationContext startNode() {
		return new SpringApplicationBuilder(Application.class).run("--server.port=0");
	}

	/** The coverage section of the snapshot a node serves its wall screens. */
	private JsonNode coverage(ConfigurableApplicationContext node) throws Exception {
		int port = ((WebServerApplicationContext) node).getWebServer().getPort();
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/v1/dashboard/snapshot"))
			.header("Authorization", "Bearer " + DISPLAY_TOKEN)
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode coverage = this.json.readTree(response.body()).get("coverage");
		assertThat(coverage).as("the snapshot's coverage section").isNotNull();
		return coverage;
	}

}
