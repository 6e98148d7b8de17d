package cn.pinghu.socialwork.shared.transfer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile files are read in a JVM of its own with a heap of 512 MB, the budget the
 * import is held to: each is refused, or read no wider than the template, and none runs
 * the heap out ({@link HostileUploads} prints what happened to each).
 */
class ReadingBudgetTest {

	@Test
	void hostile_files_are_refused_or_read_within_a_heap_of_512_mb() throws IOException, InterruptedException {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process process = new ProcessBuilder(java.toString(), "-Xmx512m", "-XX:+ExitOnOutOfMemoryError", "-cp",
				System.getProperty("java.class.path"), HostileUploads.class.getName())
			.redirectErrorStream(true)
			.start();
		process.getOutputStream().close();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();

		assertThat(output.lines().filter(line -> line.startsWith("read ") || line.startsWith("refused ")).toList())
			.as(output)
			.isEqualTo(List.of("refused xfd-text transfer.file.too-wide [XFD2, 12, L]",
					"refused xfd-empty transfer.file.formatted-past-template [XFD2, 12, L]",
					"read xfd-empty-few 500 rows of at most 12 cells",
					"refused shared-strings transfer.file.too-many-shared-strings [1000000]",
					"refused shared-strings-uncounted transfer.file.too-many-shared-strings [1000000]",
					"refused thousandfold transfer.file.compression-ratio [100]",
					"refused lying-size transfer.file.unzipped-too-large [256]"));
		assertThat(process.exitValue()).as(output).isZero();
	}

}
