package cn.pinghu.socialwork.security;

/**
 * A new display's token in clear text, this once: only its hash is stored. The display
 * opens {@code /screen?display=<token>}.
 */
public record IssuedDisplayToken(DisplayDeviceSummary device, String token) {

	@Override
	public String toString() {
		return "IssuedDisplayToken[device=" + this.device.name() + "]";
	}

}
