package cn.pinghu.socialwork.security;

import cn.pinghu.socialwork.identity.AuthenticatedDisplay;
import cn.pinghu.socialwork.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import cn.pinghu.socialwork.security.internal.DisplayDevice;
import cn.pinghu.socialwork.security.internal.DisplayDeviceRepository;
import cn.pinghu.socialwork.shared.Secrets;
import cn.pinghu.socialwork.shared.Subscription;
import cn.pinghu.socialwork.shared.events.DomainEventFeed;
import cn.pinghu.socialwork.shared.events.DomainEvents;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Display tokens and the throttled {@code last_seen_at}, on a clock the test moves. */
@SpringBootTest
class DisplayDeviceServiceIT {

	private static final Instant START = Instant.parse("2026-03-02T01:00:00Z");

	private static final String CLIENT = "192.0.2.10";

	@Autowired
	DisplayDeviceRepository devices;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DomainEvents events;

	@Autowired
	DomainEventFeed feed;

	MutableClock clock = new MutableClock(START);

	DisplayDeviceService service;

	String token = Secrets.newSecret();

	DisplayDevice device;

	@BeforeEach
	void setUp() {
		this.service = new DisplayDeviceService(this.devices, this.clock, this.events, this.feed,
				TestRefusedCredentials.lenient());
		this.device = this.devices.save(new DisplayDevice("测试大屏", Secrets.sha256(this.token), START));
	}

	@Test
	void a_revoked_display_signs_nothing_in_and_its_screens_hear_of_it() {
		long id = this.device.getId();
		AtomicInteger heard = new AtomicInteger();
		AtomicInteger othersHeard = new AtomicInteger();
		try (Subscription screen = this.service.onRevoked(id, heard::incrementAndGet);
				Subscription other = this.service.onRevoked(id + 1000, othersHeard::incrementAndGet)) {
			this.transactions.executeWithoutResult((status) -> this.service.revoke(id));
			this.transactions.executeWithoutResult((status) -> this.service.revoke(id));

			Optional<AuthenticatedDisplay> signedIn = this.transactions
				.execute((status) -> this.service.authenticate(this.token, CLIENT));
			assertThat(signedIn).isEmpty();
			await().atMost(Duration.ofSeconds(2)).until(() -> heard.get() == 1);
			await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(1)).until(() -> heard.get() == 1);
			assertThat(othersHeard).hasValue(0);
		}
	}

	@AfterEach
	void deleteDevice() {
		this.devices.deleteById(this.device.getId());
	}

	@Test
	void the_right_token_returns_the_device() {
		assertThat(authenticate(this.token))
			.contains(new AuthenticatedDisplay(this.device.getId(), this.device.getName()));
	}

	@Test
	void a_wrong_or_missing_token_returns_nothing() {
		assertThat(authenticate(this.token + "x")).isEmpty();
		assertThat(authenticate("")).isEmpty();
		assertThat(authenticate(null)).isEmpty();
		assertThat(lastSeenAt()).isNull();
	}

	@Test
	void a_disabled_device_is_refused() {
		this.jdbc.update("update display_device set enabled = false where id = ?", this.device.getId());
		assertThat(authenticate(this.token)).isEmpty();
	}

	@Test
	void last_seen_is_written_at_most_once_a_minute() {
		authenticate(this.token);
		assertThat(lastSeenAt()).isEqualTo(START);
		this.clock.advance(Duration.ofSeconds(59));
		authenticate(this.token);
		assertThat(lastSeenAt()).isEqualTo(START);
		this.clock.advance(Duration.ofSeconds(2));
		authenticate(this.token);
		assertThat(lastSeenAt()).isEqualTo(START.plusSeconds(61));
	}

	private Optional<AuthenticatedDisplay> authenticate(@Nullable String token) {
		return this.transactions.execute(status -> this.service.authenticate(token, CLIENT));
	}

	private @Nullable Instant lastSeenAt() {
		return this.devices.findById(this.device.getId()).orElseThrow().getLastSeenAt();
	}

}
