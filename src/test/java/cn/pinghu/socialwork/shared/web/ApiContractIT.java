package cn.pinghu.socialwork.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import cn.pinghu.socialwork.identity.Role;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The API's contract (OpenAPI 3, {@code /api/v1/openapi.json}): public, it names every
 * endpoint the console maps under {@code /api/v1} and every problem code the API answers
 * refused requests with; rendered for administrators only at {@code /api/docs}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiContractIT {

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@LocalServerPort
	int port;

	@Autowired
	ObjectMapper json;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	WebApplicationContext context;

	@Test
	void the_contract_is_public_and_names_every_endpoint_under_api_v1_with_its_method() throws Exception {
		JsonNode spec = contract();

		assertThat(spec.path("openapi").asText()).startsWith("3.");
		List<String> mapped = new ArrayList<>();
		this.mappings.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
			if (handler.getBeanType().getPackageName().startsWith("org.springdoc")) {
				return;
			}
			for (String path : info.getPatternValues()) {
				if (path.startsWith("/api/v1/")) {
					info.getMethodsCondition()
						.getMethods()
						.forEach((method) -> mapped.add(method.name().toLowerCase(Locale.ROOT) + " " + path));
				}
			}
		});

		assertThat(mapped).contains("post /api/v1/stations/{code}/visits", "post /api/v1/events:batch",
				"get /api/v1/dashboard/snapshot");
		for (String endpoint : mapped) {
			String[] parts = endpoint.split(" ", 2);
			assertThat(spec.path("paths").path(parts[1]).has(parts[0])).as(endpoint).isTrue();
		}
		JsonNode visit = spec.path("paths").path("/api/v1/stations/{code}/visits").path("post");
		assertThat(
				visit.path("requestBody").path("content").path("application/json").path("schema").path("$ref").asText())
			.endsWith("/Visit");
		assertThat(visit.path("responses").fieldNames()).toIterable()
			.contains("200", "201", "400", "401", "409", "413", "429", "503");
		assertThat(spec.path("components").path("securitySchemes").path(ApiContract.STATION_KEY).path("name").asText())
			.isEqualTo("X-Api-Key");
	}

	@Test
	void every_problem_code_the_api_answers_with_is_in_the_contract() throws Exception {
		Set<String> declared = new HashSet<>();
		contract().path("components")
			.path("schemas")
			.path(ApiContract.PROBLEM)
			.path("properties")
			.path("code")
			.path("enum")
			.forEach((code) -> declared.add(code.asText()));
		String visits = "/api/v1/stations/RS001/visits";
		String valid = "{\"workerKind\":\"DELIVERY\",\"idempotencyKey\":\"contract-" + System.nanoTime() + "\"}";
		List<HttpRequest> refused = List.of(post(visits, null, "application/json", valid),
				post(visits, "wrong-key", "application/json", valid),
				post(visits, "demo-key-RS001", "text/plain", valid),
				post(visits, "demo-key-RS001", "application/json", "{"),
				post(visits, "demo-key-RS001", "application/json",
						"{\"workerKind\":\"ASTRONAUT\",\"idempotencyKey\":\"k1\"}"),
				post(visits, "demo-key-RS001", "application/json", "{\"workerKind\":\"DELIVERY\"}"),
				post(visits, "demo-key-RS001", "application/json", "{\"x\":\"" + "a".repeat(40_000) + "\"}"),
				post("/api/v1/events:batch", "demo-key-RS001", "application/json", "{\"visits\":[]}"),
				request("/api/v1/dashboard/snapshot").GET().build(),
				request("/api/v1/dashboard/snapshot").header("Authorization", "Bearer demo-display-token")
					.header("Accept", "text/html")
					.GET()
					.build(),
				request("/api/v1/dashboard/unknown").header("Authorization", "Bearer demo-display-token")
					.GET()
					.build());

		Set<String> answered = new HashSet<>();
		for (HttpRequest request : refused) {
			var response = this.http.send(request, BodyHandlers.ofString());
			assertThat(response.statusCode()).as(request.uri() + " " + response.body()).isBetween(400, 499);
			String code = this.json.readTree(response.body()).path("code").asText();
			assertThat(code).as(request.uri() + " " + response.body()).isNotBlank().isIn(declared);
			answered.add(code);
		}
		assertThat(answered).contains("missing-api-key", "wrong-api-key", "unsupported-content-type", "malformed-json",
				"invalid-worker-kind", "missing-idempotency-key", "payload-too-large", "invalid-batch", "unauthorized",
				"not-acceptable", "not-found");
	}

	@Test
	void the_rendered_contract_is_for_administrators_only() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();

		mvc.perform(get(ApiProblems.DOCS_PAGE).with(user("admin").roles(Role.Names.ADMIN)))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", org.hamcrest.Matchers.containsString("swagger-ui/index.html")));
		mvc.perform(get("/swagger-ui/index.html").with(user("admin").roles(Role.Names.ADMIN)))
			.andExpect(status().isOk());
		mvc.perform(get("/swagger-ui/index.html").with(user("coordinator").roles(Role.Names.COORDINATOR)))
			.andExpect(status().isForbidden());
		mvc.perform(get(ApiProblems.DOCS_PAGE))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", org.hamcrest.Matchers.containsString("/login")));
	}

	@Test
	void the_rendered_contract_reads_the_published_one() throws Exception {
		var response = this.http.send(request(ApiContract.SPEC_PATH + "/swagger-config").GET().build(),
				BodyHandlers.ofString());

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(this.json.readTree(response.body()).path("url").asText()).isEqualTo(ApiContract.SPEC_PATH);
	}

	private JsonNode contract() throws Exception {
		var response = this.http.send(request(ApiContract.SPEC_PATH).GET().build(), BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	private HttpRequest post(String path, String key, String type, String body) {
		HttpRequest.Builder request = request(path).header("Content-Type", type).POST(BodyPublishers.ofString(body));
		if (key != null) {
			request.header("X-Api-Key", key);
		}
		return request.build();
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

}
