package cn.pinghu.socialwork.coverage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditEntry;
import cn.pinghu.socialwork.audit.AuditService;
import cn.pinghu.socialwork.audit.FieldChange;
import cn.pinghu.socialwork.identity.Role;
import cn.pinghu.socialwork.shared.data.StaleVersionException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Administrators edit the drive and the towns' targets; every change is audited. */
@SpringBootTest
@Transactional
@WithMockUser(username = "admin", roles = Role.Names.ADMIN)
class CoverageDriveServiceIT {

	@Autowired
	CoverageDriveService drives;

	@Autowired
	CoverageFigures coverage;

	@Autowired
	AuditService audit;

	@Autowired
	JdbcTemplate jdbc;

	/** The holder that method security reads. */
	@Autowired
	SecurityContextHolderStrategy contexts;

	private DriveSettings drive;

	@BeforeEach
	void setUp() {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		this.drive = this.drives.current().orElseThrow();
	}

	@AfterEach
	void restore() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void a_changed_threshold_changes_the_scope_and_is_audited() {
		long inScopeBefore = this.coverage.overview().orElseThrow().city().inScope();

		DriveSettings after = this.drives
			.updateDrive(new DriveChange(this.drive.id(), this.drive.version(), new DriveDraft(" 新名称攻坚 ",
					this.drive.startsOn(), this.drive.endsOn(), 50, this.drive.socialThreshold())));

		assertThat(after.name()).isEqualTo("新名称攻坚");
		assertThat(after.economicThreshold()).isEqualTo(50);
		assertThat(after.version()).isEqualTo(this.drive.version() + 1);
		assertThat(this.coverage.overview().orElseThrow().city().inScope()).isLessThan(inScopeBefore);
		List<AuditEntry> trail = this.audit.history(CoverageDriveService.DRIVE, this.drive.id());
		assertThat(trail).hasSize(1);
		assertThat(trail.get(0).action()).isEqualTo(AuditAction.UPDATE);
		assertThat(trail.get(0).changes()).containsExactly(new FieldChange("name", this.drive.name(), "新名称攻坚"),
				new FieldChange("economicThreshold", String.valueOf(this.drive.economicThreshold()), "50"));
	}

	@Test
	void an_invalid_drive_is_refused_and_nothing_is_stored_or_audited() {
		assertThatExceptionOfType(ConstraintViolationException.class)
			.isThrownBy(() -> this.drives.updateDrive(new DriveChange(this.drive.id(), this.drive.version(),
					new DriveDraft(" ", this.drive.endsOn(), this.drive.startsOn(), 0, null))))
			.satisfies(ex -> assertThat(ex.getConstraintViolations()).extracting(ConstraintViolation::getMessage)
				.containsExactlyInAnyOrder("请填写攻坚名称。", "结束日期须晚于开始日期。", "从业人员门槛须在 1 至 100000 人之间。", "请填写从业人员门槛。"));
		assertThatExceptionOfType(CoverageActionRejectedException.class)
			.isThrownBy(() -> this.drives.updateDrive(new DriveChange(this.drive.id(), this.drive.version(),
					new DriveDraft("攻坚", this.drive.startsOn(), LocalDate.of(2026, 12, 1), 10, 30))))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("coverage.rejected.targets-outside-period"));
		assertThatExceptionOfType(StaleVersionException.class)
			.isThrownBy(() -> this.drives.updateDrive(new DriveChange(this.drive.id(), this.drive.version() + 1,
					new DriveDraft("攻坚", this.drive.startsOn(), this.drive.endsOn(), 10, 30))));

		assertThat(this.drives.current().orElseThrow()).isEqualTo(this.drive);
		assertThat(this.audit.history(CoverageDriveService.DRIVE, this.drive.id())).isEmpty();
	}

	@Test
	void a_towns_target_is_changed_and_audited() {
		TargetSettings target = this.drive.targets().get(0);

		DriveSettings after = this.drives.setTarget(new TargetChange(this.drive.id(), target.townId(), target.version(),
				target.startRate(), new BigDecimal("97.5"), this.drive.endsOn().minusDays(10)));

		TargetSettings changed = after.targets().get(0);
		assertThat(changed.targetRate()).isEqualByComparingTo("97.50");
		assertThat(changed.dueOn()).isEqualTo(this.drive.endsOn().minusDays(10));
		List<AuditEntry> trail = this.jdbc
			.queryForList("SELECT id FROM coverage_target WHERE drive_id = ? AND town_id = ?", Long.class,
					this.drive.id(), target.townId())
			.stream()
			.flatMap(id -> this.audit.history(CoverageDriveService.TARGET, id).stream())
			.toList();
		assertThat(trail).hasSize(1);
		assertThat(trail.get(0).townId()).isEqualTo(target.townId());
		assertThat(trail.get(0).changes()).extracting(FieldChange::field).containsExactly("targetRate", "dueOn");
		assertThat(this.coverage.overview().orElseThrow().towns().get(0).target().targetRate())
			.isEqualByComparingTo("97.5");
	}

	@Test
	void an_invalid_target_is_refused_and_nothing_is_stored() {
		TargetSettings target = this.drive.targets().get(0);

		assertThatExceptionOfType(ConstraintViolationException.class)
			.isThrownBy(() -> this.drives.setTarget(new TargetChange(this.drive.id(), target.townId(), target.version(),
					new BigDecimal("80"), new BigDecimal("70"), null)))
			.satisfies(ex -> assertThat(ex.getConstraintViolations()).extracting(ConstraintViolation::getMessage)
				.containsExactlyInAnyOrder("目标覆盖率不能低于起始覆盖率。", "请填写完成日期。"));
		assertThatExceptionOfType(ConstraintViolationException.class)
			.isThrownBy(() -> this.drives.setTarget(new TargetChange(this.drive.id(), target.townId(), target.version(),
					new BigDecimal("-1"), new BigDecimal("100.5"), this.drive.endsOn())))
			.satisfies(ex -> assertThat(ex.getConstraintViolations()).extracting(ConstraintViolation::getMessage)
				.containsOnly("覆盖率须在 0 至 100 之间。"));
		assertThatExceptionOfType(CoverageActionRejectedException.class)
			.isThrownBy(() -> this.drives.setTarget(new TargetChange(this.drive.id(), target.townId(), target.version(),
					target.startRate(), target.targetRate(), this.drive.endsOn().plusDays(1))))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("coverage.rejected.due-outside-drive"));

		assertThat(this.drives.current().orElseThrow().targets().get(0)).isEqualTo(target);
	}

	@Test
	void only_administrators_edit_the_drive() {
		this.contexts.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("coordinator", null,
					List.of(new SimpleGrantedAuthority("ROLE_" + Role.Names.COORDINATOR))));

		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.drives.current());
	}

}
