package cn.pinghu.socialwork.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;

/**
 * The API's contract, generated from the code by springdoc and served at
 * {@value #SPEC_PATH} to anyone (station vendors need it without an account): what it is,
 * how callers authenticate, and the one problem shape every refusal takes, with every
 * {@code code} the features declare ({@link ApiProblemCodes}).
 */
@Configuration(proxyBeanMethods = false)
public class ApiContract {

	/** Where the contract is served (also {@code springdoc.api-docs.path}). */
	public static final String SPEC_PATH = "/api/v1/openapi.json";

	/** The problem schema's name in the contract. */
	public static final String PROBLEM = "Problem";

	/** A reference to the problem schema, for a response that answers one. */
	public static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;

	/** The security scheme of station devices: their API key. */
	public static final String STATION_KEY = "stationKey";

	/** The security scheme of wall displays: their token. */
	public static final String DISPLAY_TOKEN = "displayToken";

	/** The codes every part of the API may answer with, whatever it does. */
	@Bean
	ApiProblemCodes commonProblemCodes() {
		return () -> List.of(ApiProblems.INTERNAL_ERROR, ApiProblems.RATE_LIMITED, ApiProblems.DATABASE_UNAVAILABLE,
				ApiErrorAnswers.REQUEST_REJECTED, ApiErrorAnswers.NOT_FOUND, RequestBodyLimitFilter.PAYLOAD_TOO_LARGE,
				ApiContentNegotiation.NOT_ACCEPTABLE);
	}

	@Bean
	OpenAPI consoleApi() {
		return new OpenAPI()
			.info(new Info().title("社会工作控制台 API")
				.version("v1")
				.description("到站服务上报（站点设备）与大屏数据快照（大屏）。错误一律以 RFC 9457 problem+json 返回，"
						+ "其 code 字段供程序判断。 Visits posted by station devices and the dashboard snapshot read by "
						+ "wall displays. Every refusal is an RFC 9457 problem whose code a client can branch on.")
				.license(new License().name("Apache-2.0")))
			.components(new Components()
				.addSecuritySchemes(STATION_KEY,
						new SecurityScheme().type(SecurityScheme.Type.APIKEY)
							.in(SecurityScheme.In.HEADER)
							.name("X-Api-Key")
							.description("站点的 API 密钥 / the station's API key"))
				.addSecuritySchemes(DISPLAY_TOKEN,
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.description("大屏令牌 / the wall display's token")));
	}

	/** Adds the problem shape, its codes the union of every feature's. */
	@Bean
	OpenApiCustomizer problemSchema(List<ApiProblemCodes> declared) {
		return (api) -> {
			TreeSet<String> codes = new TreeSet<>();
			declared.forEach((feature) -> codes.addAll(feature.codes()));
			StringSchema code = new StringSchema();
			code.setEnum(List.copyOf(codes));
			code.description("机器可读的错误代码 / the machine-readable code");
			Schema<?> problem = new ObjectSchema().description("RFC 9457 problem details")
				.properties(Map.of("type", new StringSchema().example("about:blank"), "title", new StringSchema(),
						"status", new IntegerSchema(), "detail", new StringSchema(), "instance", new StringSchema(),
						"code", code))
				.required(List.of("status", "code"));
			if (api.getComponents() == null) {
				api.setComponents(new Components());
			}
			api.getComponents().addSchemas(PROBLEM, problem);
			if (api.getPaths() != null) {
				api.getPaths().values().forEach((path) -> path.readOperationsMap().forEach(ApiContract::addRefusals));
			}
		};
	}

	/**
	 * The refusals any operation may answer with, each a problem: a bad body, missing or
	 * wrong credentials, an unacceptable Accept, a body too large, a limit reached, a
	 * fault, and the database away.
	 */
	private static void addRefusals(PathItem.HttpMethod method, Operation operation) {
		Map<String, String> refusals = new LinkedHashMap<>();
		if (method == PathItem.HttpMethod.POST) {
			refusals.put("400", "请求体不符合要求 / the body breaks a rule");
		}
		refusals.put("401", "缺少或错误的凭据 / missing or wrong credentials");
		refusals.put("403", "凭据无权访问 / the credentials do not allow it");
		refusals.put("406", "只答复 JSON / answers JSON only");
		if (method == PathItem.HttpMethod.POST) {
			refusals.put("413", "请求体过大 / the body is too large");
		}
		refusals.put("429", "超过限额，见 Retry-After / over a limit, see Retry-After");
		refusals.put("500", "意外错误 / an unexpected fault");
		refusals.put("503", "数据库暂不可用，可按 Retry-After 重试 / the database is away, retry after Retry-After");
		if (operation.getResponses() == null) {
			operation.setResponses(new ApiResponses());
		}
		refusals.forEach((status, description) -> operation.getResponses()
			.computeIfAbsent(status, (missing) -> new ApiResponse().description(description)
				.content(new Content().addMediaType(MediaType.APPLICATION_PROBLEM_JSON_VALUE,
						new io.swagger.v3.oas.models.media.MediaType().schema(new Schema<>().$ref(PROBLEM_REF))))));
	}

}
