package cn.pinghu.socialwork.shared.transfer.ui;

import java.io.Serializable;
import java.nio.charset.Charset;

import cn.pinghu.socialwork.shared.transfer.ImportMode;
import cn.pinghu.socialwork.shared.transfer.ImportPreview;
import cn.pinghu.socialwork.shared.transfer.ImportProgress;
import cn.pinghu.socialwork.shared.transfer.ImportResult;
import org.jspecify.annotations.Nullable;

/**
 * What an {@link ImportDialog} asks of a feature: its service's preview and import
 * methods. Both run off the UI thread and must not touch components.
 *
 * @param <B> the row type the feature's import builds
 */
public interface ImportSteps<B> extends Serializable {

	/** Reads and checks a file; see the feature's service. */
	ImportPreview<B> preview(byte[] content, String fileName, @Nullable Charset charset, ImportProgress progress);

	/** Stores a preview's rows in the given mode. */
	ImportResult store(ImportPreview<B> preview, ImportMode mode, ImportProgress progress);

	/**
	 * The steps from a feature service's two methods, e.g.
	 * {@code ImportSteps.of(transfer::preview, transfer::importRows)}.
	 */
	static <B> ImportSteps<B> of(Preview<B> preview, Store<B> store) {
		return new ImportSteps<>() {

			@Override
			public ImportPreview<B> preview(byte[] content, String fileName, @Nullable Charset charset,
					ImportProgress progress) {
				return preview.preview(content, fileName, charset, progress);
			}

			@Override
			public ImportResult store(ImportPreview<B> previewed, ImportMode mode, ImportProgress progress) {
				return store.store(previewed, mode, progress);
			}

		};
	}

	/** A feature service's preview method. */
	@FunctionalInterface
	interface Preview<B> extends Serializable {

		ImportPreview<B> preview(byte[] content, String fileName, @Nullable Charset charset, ImportProgress progress);

	}

	/** A feature service's import method. */
	@FunctionalInterface
	interface Store<B> extends Serializable {

		ImportResult store(ImportPreview<B> preview, ImportMode mode, ImportProgress progress);

	}

}
