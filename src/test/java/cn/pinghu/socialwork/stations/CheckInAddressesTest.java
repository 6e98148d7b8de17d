package cn.pinghu.socialwork.stations;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class CheckInAddressesTest {

	@Test
	void the_public_address_leads_to_the_station_check_in_page_with_the_code_encoded() {
		CheckInAddresses addresses = new CheckInAddresses("https://console.pinghu.example/", true);

		assertThat(addresses.refusal()).isEmpty();
		assertThat(addresses.of("RS001", "http://10.0.0.5:8080")).isEqualTo("https://console.pinghu.example/s/RS001");
		assertThat(addresses.of("A B/站", null)).isEqualTo("https://console.pinghu.example/s/A%20B%2F%E7%AB%99");
	}

	@Test
	void production_without_the_public_address_refuses_and_says_why() {
		CheckInAddresses addresses = new CheckInAddresses("", true);

		assertThat(addresses.refusal()).contains(PosterRefusedException.NO_PUBLIC_ADDRESS);
		assertThatExceptionOfType(PosterRefusedException.class)
			.isThrownBy(() -> addresses.of("RS001", "http://10.0.0.5:8080"))
			.extracting(PosterRefusedException::messageKey)
			.isEqualTo(PosterRefusedException.NO_PUBLIC_ADDRESS);
	}

	@Test
	void a_local_run_without_the_public_address_takes_the_request_address_else_localhost() {
		CheckInAddresses addresses = new CheckInAddresses(" ", false);

		assertThat(addresses.refusal()).isEmpty();
		assertThat(addresses.of("RS001", "http://10.0.0.5:8080/console/"))
			.isEqualTo("http://10.0.0.5:8080/console/s/RS001");
		assertThat(addresses.of("RS001", null)).isEqualTo("http://localhost:8080/s/RS001");
	}

	@Test
	void a_setting_that_is_not_a_web_address_stops_the_start() {
		assertThatIllegalStateException().isThrownBy(() -> new CheckInAddresses("console.pinghu.example", true))
			.withMessageContaining("console.public-base-url");
		assertThatIllegalStateException().isThrownBy(() -> new CheckInAddresses("ftp://console.pinghu.example", true));
		assertThatIllegalStateException()
			.isThrownBy(() -> new CheckInAddresses("https://console.pinghu.example/?a=1", true));
		assertThatIllegalStateException().isThrownBy(() -> new CheckInAddresses("https://", false));
	}

}
