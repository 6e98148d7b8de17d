package cn.pinghu.socialwork.shared.transfer.ui;

import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import cn.pinghu.socialwork.shared.transfer.ImportMode;
import cn.pinghu.socialwork.shared.transfer.ImportPhase;
import cn.pinghu.socialwork.shared.transfer.ImportPreview;
import cn.pinghu.socialwork.shared.transfer.ImportProgress;
import cn.pinghu.socialwork.shared.transfer.ImportResult;
import cn.pinghu.socialwork.shared.transfer.ImportRow;
import cn.pinghu.socialwork.shared.transfer.TransferJobs;
import cn.pinghu.socialwork.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.html.Anchor;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dialog on its seam: steps that report progress and wait until the test lets them
 * go.
 */
class ImportDialogIT extends KaribuSupport {

	@Autowired
	TransferJobs jobs;

	@Test
	void a_large_file_shows_its_progress_while_it_is_checked_and_a_small_one_does_not() throws Exception {
		login("admin", "ADMIN");
		CountDownLatch checkedHalf = new CountDownLatch(1);
		CountDownLatch goOn = new CountDownLatch(1);
		ImportSteps<String> steps = new ImportSteps<>() {
			@Override
			public ImportPreview<String> preview(byte[] content, String fileName, @Nullable Charset charset,
					ImportProgress progress) {
				int total = Integer.parseInt(new String(content, java.nio.charset.StandardCharsets.UTF_8));
				progress.update(ImportPhase.CHECKING, total / 2, total);
				checkedHalf.countDown();
				waitFor(goOn);
				progress.update(ImportPhase.CHECKING, total, total);
				return new ImportPreview<>(total, List.of(new ImportRow<>(2, "x")), List.of(), null);
			}

			@Override
			public ImportResult store(ImportPreview<String> preview, ImportMode mode, ImportProgress progress) {
				throw new UnsupportedOperationException();
			}
		};
		ImportDialog<String> dialog = new ImportDialog<>("导入", steps, this.jobs, new Anchor(), () -> {
		});
		dialog.open();
		MockVaadin.clientRoundtrip();

		UploadKt._upload(dialog.upload, "big.csv", "text/csv", "1200".getBytes());
		MockVaadin.clientRoundtrip();
		assertThat(checkedHalf.await(30, TimeUnit.SECONDS)).isTrue();
		await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> {
			MockVaadin.clientRoundtrip();
			return dialog.progress.isVisible();
		});
		assertThat(dialog.progress.bar.getValue()).isEqualTo(0.5);
		assertThat(dialog.progress.text.getText()).isEqualTo("正在检查：600 / 1,200 行");
		goOn.countDown();
		await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> {
			MockVaadin.clientRoundtrip();
			return !dialog.summary.getText().isEmpty();
		});
		assertThat(dialog.progress.isVisible()).isFalse();

		UploadKt._upload(dialog.upload, "small.csv", "text/csv", "1000".getBytes());
		await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> {
			MockVaadin.clientRoundtrip();
			return dialog.summary.getText().startsWith("共 1,000 行");
		});
		assertThat(dialog.progress.isVisible()).isFalse();
	}

	private static void waitFor(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
