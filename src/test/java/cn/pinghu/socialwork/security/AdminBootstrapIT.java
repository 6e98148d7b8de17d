package cn.pinghu.socialwork.security;

import java.util.List;
import java.util.Map;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.security.internal.AppUser;
import cn.pinghu.socialwork.security.internal.AppUserRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The first administrator. The tests that need an empty user table delete the seeded
 * users inside a transaction that is rolled back.
 */
@SpringBootTest
@Transactional
class AdminBootstrapIT {

	@Autowired
	AppUserRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void creates_the_administrator_from_CONSOLE_ADMIN_PASSWORD_when_there_are_no_users() {
		this.users.deleteAllInBatch();
		bootstrap("s3cret-enough").createAdministratorIfThereAreNoUsers();

		assertThat(this.users.count()).isEqualTo(1);
		AppUser admin = this.users.findByUsername("admin").orElseThrow();
		assertThat(admin.getDisplayName()).isEqualTo("系统管理员");
		assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
		assertThat(admin.isEnabled()).isTrue();
		assertThat(admin.getPasswordHash()).startsWith("{bcrypt}");
		assertThat(this.passwordEncoder.matches("s3cret-enough", admin.getPasswordHash())).isTrue();
	}

	@Test
	void refuses_to_start_without_CONSOLE_ADMIN_PASSWORD_when_there_are_no_users() {
		this.users.deleteAllInBatch();
		assertThatIllegalStateException().isThrownBy(() -> bootstrap("").createAdministratorIfThereAreNoUsers())
			.withMessageContaining("CONSOLE_ADMIN_PASSWORD");
		assertThat(this.users.count()).isZero();
	}

	@Test
	void refuses_a_password_that_the_password_rule_refuses() {
		this.users.deleteAllInBatch();
		for (String weak : List.of("admin", "password1", "Password123")) {
			assertThatIllegalStateException().isThrownBy(() -> bootstrap(weak).createAdministratorIfThereAreNoUsers())
				.withMessageContaining("CONSOLE_ADMIN_PASSWORD");
		}
		assertThat(this.users.count()).isZero();
	}

	@Test
	void leaves_existing_users_alone_and_needs_no_password() {
		long before = this.users.count();
		String seededHash = this.users.findByUsername("admin").orElseThrow().getPasswordHash();
		bootstrap("").createAdministratorIfThereAreNoUsers();
		bootstrap("another-password").createAdministratorIfThereAreNoUsers();
		assertThat(this.users.count()).isEqualTo(before).isPositive();
		assertThat(this.users.findByUsername("admin").orElseThrow().getPasswordHash()).isEqualTo(seededHash);
	}

	@Test
	void the_password_property_is_read_from_the_CONSOLE_ADMIN_PASSWORD_environment_variable() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
							Map.of("CONSOLE_ADMIN_PASSWORD", "from-the-environment")));
		ConfigurationPropertySources.attach(environment);
		assertThat(environment.resolvePlaceholders("${console.admin-password:}")).isEqualTo("from-the-environment");
	}

	private AdminBootstrap bootstrap(String password) {
		return new AdminBootstrap(this.users, this.passwordEncoder, password);
	}

}
