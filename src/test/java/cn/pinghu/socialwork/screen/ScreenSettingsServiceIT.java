package cn.pinghu.socialwork.screen;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditEntry;
import cn.pinghu.socialwork.audit.AuditService;
import cn.pinghu.socialwork.audit.FieldChange;
import cn.pinghu.socialwork.identity.AuthenticatedDisplay;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.shared.data.FieldRejectedException;
import cn.pinghu.socialwork.support.ThisContextsSecurity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The big screen's interval: every signed-in caller reads it, wall displays too; only
 * administrators change it, within its bounds, and each change is audited.
 */
@SpringBootTest
@ExtendWith(ThisContextsSecurity.class)
class ScreenSettingsServiceIT {

	private static final Duration DEFAULT = Duration.ofSeconds(20);

	@Autowired
	ScreenSettingsService settings;

	@Autowired
	AuditService audit;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	@AfterEach
	void storeNothing() {
		this.jdbc.update("UPDATE screen_setting SET rotation_seconds = NULL");
		this.jdbc.update("DELETE FROM audit_entry WHERE entity_type = ?", ScreenSettingsService.SCREEN_SETTING);
	}

	@Test
	void without_a_stored_interval_the_property_applies() {
		signIn(Role.Names.DISPLAY);

		assertThat(this.settings.settings()).isEqualTo(new ScreenSettings(DEFAULT, DEFAULT, false));
	}

	@Test
	void an_interval_an_administrator_stored_applies_to_every_reader() {
		signIn(Role.Names.ADMIN);
		ScreenSettings saved = this.settings.changeRotationInterval(Duration.ofSeconds(45));

		assertThat(saved).isEqualTo(new ScreenSettings(Duration.ofSeconds(45), DEFAULT, true));
		assertThat(this.jdbc.queryForObject("SELECT rotation_seconds FROM screen_setting", Integer.class))
			.isEqualTo(45);
		for (String role : List.of(Role.Names.DISPLAY, Role.Names.LEADER, Role.Names.COORDINATOR)) {
			signIn(role);
			assertThat(this.settings.settings().rotationInterval()).as(role).isEqualTo(Duration.ofSeconds(45));
		}
	}

	@Test
	void each_change_is_audited_with_what_it_changed_from_and_to_and_an_unchanged_save_is_not() {
		signIn(Role.Names.ADMIN);
		this.settings.changeRotationInterval(Duration.ofSeconds(45));
		this.settings.changeRotationInterval(Duration.ofMinutes(1));
		this.settings.changeRotationInterval(Duration.ofSeconds(60));

		List<AuditEntry> trail = this.audit.history(ScreenSettingsService.SCREEN_SETTING, 1);
		assertThat(trail).hasSize(2);
		assertThat(trail).extracting(AuditEntry::username).containsOnly("admin");
		assertThat(trail).extracting(AuditEntry::action).containsOnly(AuditAction.UPDATE);
		// Newest first.
		assertThat(trail.get(0).changes()).containsExactly(new FieldChange("rotationSeconds", "45", "60"));
		assertThat(trail.get(1).changes()).containsExactly(new FieldChange("rotationSeconds", null, "45"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "PT4S", "PT0S", "PT-20S", "PT10M1S", "PT12.5S" })
	void an_interval_out_of_bounds_or_not_whole_seconds_is_refused_and_nothing_is_stored(String text) {
		signIn(Role.Names.ADMIN);

		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> this.settings.changeRotationInterval(Duration.parse(text)))
			.satisfies(ex -> {
				assertThat(ex.field()).isEqualTo(ScreenSettingsService.ROTATION_INTERVAL);
				assertThat(ex.messageKey()).isEqualTo(ScreenSettingsService.INTERVAL_RANGE_KEY);
			});
		assertThat(this.settings.settings()).isEqualTo(new ScreenSettings(DEFAULT, DEFAULT, false));
		assertThat(this.audit.history(ScreenSettingsService.SCREEN_SETTING, 1)).isEmpty();
	}

	@Test
	void the_bounds_themselves_are_allowed() {
		signIn(Role.Names.ADMIN);

		assertThat(this.settings.changeRotationInterval(Duration.ofSeconds(5)).rotationInterval())
			.isEqualTo(Duration.ofSeconds(5));
		assertThat(this.settings.changeRotationInterval(Duration.ofMinutes(10)).rotationInterval())
			.isEqualTo(Duration.ofMinutes(10));
	}

	@Test
	void only_an_administrator_changes_the_interval() {
		for (String role : List.of(Role.Names.LEADER, Role.Names.COORDINATOR, Role.Names.DISPLAY)) {
			signIn(role);
			assertThatExceptionOfType(AccessDeniedException.class).as(role)
				.isThrownBy(() -> this.settings.changeRotationInterval(Duration.ofSeconds(30)));
		}

		assertThat(this.jdbc.queryForObject("SELECT rotation_seconds FROM screen_setting", Integer.class)).isNull();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity_type = ?", Long.class,
				ScreenSettingsService.SCREEN_SETTING))
			.isZero();
	}

	@Test
	void an_administrator_goes_back_to_the_default_and_the_change_is_audited() {
		signIn(Role.Names.ADMIN);
		this.settings.changeRotationInterval(Duration.ofSeconds(45));

		ScreenSettings reset = this.settings.resetRotationInterval();

		assertThat(reset).isEqualTo(new ScreenSettings(DEFAULT, DEFAULT, false));
		assertThat(this.jdbc.queryForObject("SELECT rotation_seconds FROM screen_setting", Integer.class)).isNull();
		signIn(Role.Names.DISPLAY);
		assertThat(this.settings.settings()).isEqualTo(new ScreenSettings(DEFAULT, DEFAULT, false));
		List<AuditEntry> trail = this.audit.history(ScreenSettingsService.SCREEN_SETTING, 1);
		assertThat(trail).hasSize(2);
		assertThat(trail.get(0).changes()).containsExactly(new FieldChange("rotationSeconds", "45", null));
	}

	@Test
	void going_back_to_the_default_with_nothing_stored_changes_and_audits_nothing() {
		signIn(Role.Names.ADMIN);

		assertThat(this.settings.resetRotationInterval()).isEqualTo(new ScreenSettings(DEFAULT, DEFAULT, false));

		assertThat(this.audit.history(ScreenSettingsService.SCREEN_SETTING, 1)).isEmpty();
	}

	@Test
	void only_an_administrator_goes_back_to_the_default() {
		this.jdbc.update("UPDATE screen_setting SET rotation_seconds = 45");
		for (String role : List.of(Role.Names.LEADER, Role.Names.COORDINATOR, Role.Names.DISPLAY)) {
			signIn(role);
			assertThatExceptionOfType(AccessDeniedException.class).as(role)
				.isThrownBy(() -> this.settings.resetRotationInterval());
		}

		assertThat(this.jdbc.queryForObject("SELECT rotation_seconds FROM screen_setting", Integer.class))
			.isEqualTo(45);
	}

	@Test
	void nobody_signed_in_reads_nothing() {
		SecurityContextHolder.clearContext();

		assertThatExceptionOfType(AuthenticationException.class).isThrownBy(() -> this.settings.settings());
	}

	private static void signIn(String role) {
		List<SimpleGrantedAuthority> authorities = List.of(new SimpleGrantedAuthority("ROLE_" + role));
		SecurityContextHolder.getContext()
			.setAuthentication(Role.Names.DISPLAY.equals(role)
					? new PreAuthenticatedAuthenticationToken(new AuthenticatedDisplay(1, "测试大屏"), null, authorities)
					: new UsernamePasswordAuthenticationToken(role.toLowerCase(Locale.ROOT), null, authorities));
	}

}
