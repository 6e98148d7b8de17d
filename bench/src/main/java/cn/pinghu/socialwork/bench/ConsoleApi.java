package cn.pinghu.socialwork.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** The console's REST API, as a station device and a display use it. */
final class ConsoleApi {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final URI base;

	private final String displayToken;

	private final List<String> stations;

	ConsoleApi(URI base, String displayToken, List<String> stations) {
		this.base = base;
		this.displayToken = displayToken;
		this.stations = stations;
	}

	/** The dashboard snapshot, as {@code GET /api/v1/dashboard/snapshot} answers it. */
	JsonNode snapshot() throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(this.base.resolve("/api/v1/dashboard/snapshot"))
			.header("Authorization", "Bearer " + this.displayToken)
			.timeout(Duration.ofSeconds(10))
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IOException("snapshot answered " + response.statusCode() + ": " + response.body());
		}
		return JSON.readTree(response.body());
	}

	long visitsToday() throws IOException, InterruptedException {
		return snapshot().path("visitsToday").asLong();
	}

	/**
	 * Posts one visit (the single-visit API) at the {@code n}-th station of the list, round
	 * robin, so that no key comes near its rate limit.
	 * @return the HTTP status
	 */
	int postVisit(String runId, long n) throws IOException, InterruptedException {
		String station = this.stations.get((int) (n % this.stations.size()));
		String body = "{\"workerKind\":\"DELIVERY\",\"idempotencyKey\":\"bench-" + runId + "-" + n + "\"}";
		HttpRequest request = HttpRequest.newBuilder(this.base.resolve("/api/v1/stations/" + station + "/visits"))
			.header("X-Api-Key", "demo-key-" + station)
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(10))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}
