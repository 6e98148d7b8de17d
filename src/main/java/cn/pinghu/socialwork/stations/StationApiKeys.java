package cn.pinghu.socialwork.stations;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import cn.pinghu.socialwork.audit.AuditAction;
import cn.pinghu.socialwork.audit.AuditService;
import cn.pinghu.socialwork.audit.FieldChange;
import cn.pinghu.socialwork.shared.Secrets;
import cn.pinghu.socialwork.stations.internal.RiderStation;
import cn.pinghu.socialwork.stations.internal.StationApiKey;
import cn.pinghu.socialwork.stations.internal.StationApiKeyRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Issuing and revoking stations' API keys for {@link StationService}, which checks who
 * may: keys are stored only as hashes, and the audit trail records when the valid key was
 * issued, never the key.
 */
@Component
class StationApiKeys {

	private final StationApiKeyRepository apiKeys;

	private final VerifiedKeys verified;

	private final AuditService audit;

	private final Clock clock;

	StationApiKeys(StationApiKeyRepository apiKeys, VerifiedKeys verified, AuditService audit, Clock clock) {
		this.apiKeys = apiKeys;
		this.verified = verified;
		this.audit = audit;
		this.clock = clock;
	}

	Optional<Instant> issuedAt(RiderStation station) {
		return active(station).stream().map(StationApiKey::getCreatedAt).findFirst();
	}

	/** Must run in a transaction: the old keys stop working when it commits. */
	IssuedApiKey rotate(RiderStation station) {
		// the database keeps microseconds: what is returned must equal what is read back
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		List<StationApiKey> old = active(station);
		@Nullable Instant previous = old.stream().map(StationApiKey::getCreatedAt).findFirst().orElse(null);
		old.forEach(key -> key.revoke(now));
		this.verified.changed();
		String key = Secrets.newSecret();
		this.apiKeys.saveAndFlush(new StationApiKey(station.getId(), Secrets.sha256(key), now));
		record(station, (previous != null) ? previous.toString() : null, now.toString());
		return new IssuedApiKey(station.getId(), station.getCode(), key, now);
	}

	/** Must run in a transaction: the keys stop working when it commits. */
	void revoke(RiderStation station) {
		Instant now = this.clock.instant();
		List<StationApiKey> old = active(station);
		if (!old.isEmpty()) {
			old.forEach(key -> key.revoke(now));
			this.apiKeys.flush();
			this.verified.changed();
			record(station, old.get(0).getCreatedAt().toString(), null);
		}
	}

	private List<StationApiKey> active(RiderStation station) {
		return this.apiKeys.findByStationIdAndRevokedAtIsNullOrderByCreatedAtDesc(station.getId());
	}

	private void record(RiderStation station, @Nullable String from, @Nullable String to) {
		this.audit.record(AuditAction.UPDATE, StationService.STATION, station.getId(), station.getTownId(),
				List.of(new FieldChange(StationService.API_KEY_FIELD, from, to)));
	}

}
