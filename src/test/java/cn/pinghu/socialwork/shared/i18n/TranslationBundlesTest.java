package cn.pinghu.socialwork.shared.i18n;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bundle has the same keys in Chinese and English, with the same placeholders, and
 * the Chinese text really is Chinese.
 */
class TranslationBundlesTest {

	/** Names of a language, written in that language whatever the bundle. */
	private static final Set<String> LANGUAGE_NAMES = Set.of("nav.language");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+[^}]*}");

	private static final Pattern CHINESE = Pattern.compile("[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]");

	/** The bundles the console reads: those that spring.messages.basename names. */
	static Stream<String> bundles() throws IOException {
		String basename = load("application.properties").getProperty("spring.messages.basename");
		return Stream.of(basename.split(",")).map(String::strip);
	}

	@Test
	void every_bundle_on_the_class_path_is_read_by_the_console() throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:i18n/*.properties");
		Set<String> bases = Stream.of(files)
			.map(Resource::getFilename)
			.filter(name -> name != null && !name.endsWith("_en.properties"))
			.map(name -> "i18n/" + name.substring(0, name.length() - ".properties".length()))
			.collect(Collectors.toSet());

		assertThat(bundles()).containsExactlyInAnyOrderElementsOf(bases);
	}

	@ParameterizedTest
	@MethodSource("bundles")
	void chinese_and_english_bundles_have_the_same_keys_and_placeholders(String bundle) throws IOException {
		Properties chinese = load(bundle + ".properties");
		Properties english = load(bundle + "_en.properties");

		assertThat(chinese.stringPropertyNames()).as(bundle).isNotEmpty();
		assertThat(english.stringPropertyNames()).as(bundle).isEqualTo(chinese.stringPropertyNames());
		for (String key : chinese.stringPropertyNames()) {
			assertThat(placeholders(english.getProperty(key))).as("%s: %s", bundle, key)
				.isEqualTo(placeholders(chinese.getProperty(key)));
		}
		assertThat(chinese.stringPropertyNames()).as("keys whose Chinese text has no Chinese character")
			.filteredOn(key -> !CHINESE.matcher(chinese.getProperty(key)).find() && !LANGUAGE_NAMES.contains(key))
			.allMatch(key -> chinese.getProperty(key).equals(english.getProperty(key)));
	}

	private static Set<String> placeholders(String text) {
		Matcher matcher = PLACEHOLDER.matcher(text);
		return matcher.results().map(MatchResult::group).collect(Collectors.toSet());
	}

	private static Properties load(String path) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
