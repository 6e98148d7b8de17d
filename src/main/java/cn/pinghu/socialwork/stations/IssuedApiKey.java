package cn.pinghu.socialwork.stations;

import java.time.Instant;

/**
 * A station's new API key, in clear text this once: only its hash is stored, so nobody
 * can show it again.
 */
public record IssuedApiKey(long stationId, String stationCode, String key, Instant issuedAt) {

	@Override
	public String toString() {
		return "IssuedApiKey[stationCode=" + this.stationCode + ", issuedAt=" + this.issuedAt + "]";
	}

}
