package cn.pinghu.socialwork.security;

import java.util.Set;

import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.security.internal.AppUser;
import cn.pinghu.socialwork.security.internal.AppUserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first administrator when there are no users at all, with the password from
 * {@code CONSOLE_ADMIN_PASSWORD}. There is no default password: without one, the console
 * refuses to start. Runs after Liquibase, as every application runner does.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

	static final String ADMIN_USERNAME = "admin";

	/** The administrator's name in the console, as the seeds spell it. */
	static final String ADMIN_DISPLAY_NAME = "系统管理员";

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final AppUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final String adminPassword;

	AdminBootstrap(AppUserRepository users, PasswordEncoder passwordEncoder,
			@Value("${console.admin-password:}") String adminPassword) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.adminPassword = adminPassword;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		createAdministratorIfThereAreNoUsers();
	}

	/**
	 * @throws IllegalStateException when there are no users and no usable password
	 */
	@Transactional
	public void createAdministratorIfThereAreNoUsers() {
		if (this.users.count() > 0) {
			return;
		}
		if (this.adminPassword.isBlank()) {
			throw new IllegalStateException("There are no console users yet. Set the environment variable "
					+ "CONSOLE_ADMIN_PASSWORD (the property console.admin-password) to the password of the first "
					+ "administrator, '" + ADMIN_USERNAME + "', and start again.");
		}
		if (PasswordPolicy.refusal(this.adminPassword).isPresent()) {
			throw new IllegalStateException("CONSOLE_ADMIN_PASSWORD is too weak: the first administrator's password "
					+ "needs " + PasswordPolicy.MIN_LENGTH + " to " + PasswordPolicy.MAX_LENGTH
					+ " characters with a letter and a digit, and must not be a common password.");
		}
		this.users.save(new AppUser(ADMIN_USERNAME, ADMIN_DISPLAY_NAME, this.passwordEncoder.encode(this.adminPassword),
				Set.of(Role.ADMIN), Set.of()));
		log.info("Created the administrator '{}' from CONSOLE_ADMIN_PASSWORD", ADMIN_USERNAME);
	}

}
