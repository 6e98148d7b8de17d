package cn.pinghu.socialwork.stations;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import cn.pinghu.socialwork.shared.db.ProductionJar;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.util.UriUtils;

/**
 * The address a station's QR code leads to: {@code {console.public-base-url}/s/{code}},
 * the station's check-in page as riders' phones reach it. Production has no other way to
 * know that address (behind nginx the console cannot see what riders type), so there a
 * missing setting refuses the address; a local run or a test takes the address of the
 * request that asks, else {@value #LOCAL_BASE}.
 */
@Component
public class CheckInAddresses {

	/** The setting that holds the console's public address. */
	public static final String SETTING = "console.public-base-url";

	/** The check-in page's path before the station's code. */
	public static final String PATH = "/s/";

	static final String LOCAL_BASE = "http://localhost:8080";

	private static final int MAX_LENGTH = 200;

	private final @Nullable String configured;

	private final boolean production;

	@Autowired
	CheckInAddresses(@Value("${" + SETTING + ":}") String configured) {
		this(configured, ProductionJar.isRunning());
	}

	/**
	 * @param configured the setting's value, empty when not set
	 * @throws IllegalStateException when the setting is not an http(s) address
	 */
	CheckInAddresses(String configured, boolean production) {
		this.configured = StringUtils.hasText(configured) ? checked(configured.strip()) : null;
		this.production = production;
	}

	/** Why no address can be formed, as a translation key; empty when one can. */
	public Optional<String> refusal() {
		return (this.configured == null && this.production) ? Optional.of(PosterRefusedException.NO_PUBLIC_ADDRESS)
				: Optional.empty();
	}

	/**
	 * The check-in address of a station.
	 * @param requestBase the base address of the request that asks, such as
	 * {@code http://10.0.0.5:8080}, used only outside production when the setting is
	 * missing
	 * @throws PosterRefusedException in production without the setting
	 */
	public String of(String code, @Nullable String requestBase) {
		return base(requestBase) + PATH + UriUtils.encodePathSegment(code, StandardCharsets.UTF_8);
	}

	private String base(@Nullable String requestBase) {
		if (this.configured != null) {
			return this.configured;
		}
		if (this.production) {
			throw new PosterRefusedException(PosterRefusedException.NO_PUBLIC_ADDRESS);
		}
		return StringUtils.hasText(requestBase) ? withoutTrailingSlash(requestBase.strip()) : LOCAL_BASE;
	}

	private static String checked(String value) {
		try {
			URI uri = new URI(value);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if (value.length() > MAX_LENGTH || !(scheme.equals("http") || scheme.equals("https"))
					|| !StringUtils.hasText(uri.getHost()) || uri.getQuery() != null || uri.getFragment() != null) {
				throw invalid(value);
			}
		}
		catch (URISyntaxException ex) {
			throw invalid(value);
		}
		return withoutTrailingSlash(value);
	}

	private static IllegalStateException invalid(String value) {
		return new IllegalStateException(SETTING + " must be the console's public address, such as"
				+ " https://console.example.cn (http or https, a host, at most " + MAX_LENGTH
				+ " characters, no query), not '" + value + "'");
	}

	private static String withoutTrailingSlash(String value) {
		String result = value;
		while (result.endsWith("/")) {
			result = result.substring(0, result.length() - 1);
		}
		return result;
	}

}
