package cn.pinghu.socialwork.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Synthetic big screens ({@link PushClient}) opened in parallel, each a session of its own,
 * sharing a few HTTP clients (one per {@value #CONNECTIONS_PER_CLIENT} connections) and one
 * thread for their heartbeats.
 */
final class ScreenPool implements AutoCloseable {

	private static final int CONNECTIONS_PER_CLIENT = 50;

	private final URI base;

	private final String token;

	private final int parallelism;

	private final ScheduledExecutorService heartbeats;

	private final List<HttpClient> httpClients = new ArrayList<>();

	private final List<PushClient> screens = Collections.synchronizedList(new ArrayList<>());

	private int connections;

	private int failures;

	/**
	 * @param heartbeats whether the screens send Vaadin's heartbeats, as browsers do
	 */
	ScreenPool(URI base, String token, int parallelism, boolean heartbeats) {
		this.base = base;
		this.token = token;
		this.parallelism = parallelism;
		this.heartbeats = heartbeats ? Executors.newSingleThreadScheduledExecutor(r -> {
			Thread thread = new Thread(r, "screen-heartbeats");
			thread.setDaemon(true);
			return thread;
		}) : null;
	}

	/**
	 * An HTTP client for one more connection; a new one every {@value #CONNECTIONS_PER_CLIENT}.
	 * Each client's selector thread also runs what the client does when a frame arrives
	 * (no executor of its own): with a thread pool every frame was handed to another thread
	 * before it was timestamped, and at 500 screens the generator spent more of the shared
	 * cores on those hand-overs than the console spent on pushing (measured: 22 % of a core
	 * with the pool, 15 % without).
	 */
	synchronized HttpClient nextHttpClient() {
		int index = this.connections++ / CONNECTIONS_PER_CLIENT;
		while (this.httpClients.size() <= index) {
			this.httpClients.add(HttpClient.newBuilder()
				.executor(Runnable::run)
				.followRedirects(HttpClient.Redirect.NEVER)
				.connectTimeout(Duration.ofSeconds(15))
				.build());
		}
		return this.httpClients.get(index);
	}

	/**
	 * Opens {@code count} more screens, {@code parallelism} at a time; a screen that could
	 * not open is counted in {@link #failures()} and reported to {@code onFailure}.
	 * @return how many opened
	 */
	int open(int count, Consumer<Throwable> onFailure) throws InterruptedException {
		ExecutorService pool = Executors.newFixedThreadPool(this.parallelism);
		int opened = 0;
		try {
			List<Future<PushClient>> pending = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				HttpClient http = nextHttpClient();
				pending.add(pool.submit(() -> {
					PushClient client = new PushClient();
					client.open(http, this.base, this.token, this.heartbeats);
					this.screens.add(client);
					return client;
				}));
			}
			for (Future<PushClient> f : pending) {
				try {
					f.get(120, TimeUnit.SECONDS);
					opened++;
				}
				catch (ExecutionException | TimeoutException ex) {
					synchronized (this) {
						this.failures++;
					}
					onFailure.accept(ex.getCause() != null ? ex.getCause() : ex);
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
		return opened;
	}

	/** The screens that opened (and are not closed by {@link #close()}). */
	List<PushClient> screens() {
		synchronized (this.screens) {
			return List.copyOf(this.screens);
		}
	}

	synchronized int failures() {
		return this.failures;
	}

	/** Closes every screen: no more heartbeats, push connections closed. */
	@Override
	public void close() {
		screens().forEach(PushClient::close);
		this.screens.clear();
	}

	/** Closes the screens and stops the heartbeat thread. */
	void shutdown() {
		close();
		if (this.heartbeats != null) {
			this.heartbeats.shutdownNow();
		}
	}

}
