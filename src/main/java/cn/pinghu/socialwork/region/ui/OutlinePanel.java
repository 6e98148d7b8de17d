package cn.pinghu.socialwork.region.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

import cn.pinghu.socialwork.region.BoundingBox;
import cn.pinghu.socialwork.region.RegionOutline;
import cn.pinghu.socialwork.shared.data.FieldRejectedException;
import cn.pinghu.socialwork.shared.ui.BoundedUploadHandler;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.streams.UploadEvent;
import org.jspecify.annotations.Nullable;

/**
 * The outline part of the region's settings: what is stored, a GeoJSON upload that is
 * read at once and previewed by its bounding box, and removal. Nothing is stored here:
 * the page's save stores the outline this panel holds. Also the outline step of the
 * first-run setup.
 */
public class OutlinePanel extends VerticalLayout {

	static final String SUMMARY_ID = "region-outline-summary";

	static final String ERROR_ID = "region-outline-error";

	final Paragraph summary = new Paragraph();

	final Paragraph error = new Paragraph();

	final Button remove = new Button();

	final Upload upload;

	private final SerializableRunnable onChange;

	/** The outline as stored when the page was read. */
	private transient @Nullable RegionOutline stored;

	/** The outline the page will save. */
	private transient @Nullable RegionOutline chosen;

	public OutlinePanel(SerializableRunnable onChange) {
		this.onChange = onChange;
		setPadding(false);
		this.summary.setId(SUMMARY_ID);
		this.error.setId(ERROR_ID);
		this.error.getStyle().set("color", "var(--lumo-error-text-color)");
		this.error.setVisible(false);
		this.upload = new Upload(new BoundedUploadHandler(RegionOutline.MAX_BYTES, this::received));
		this.upload.setAcceptedFileTypes(".geojson", ".json", "application/geo+json", "application/json");
		this.upload.setMaxFiles(1);
		this.upload.setDropAllowed(true);
		this.upload.setI18n(
				new UploadI18N().setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("region.outline.upload")))
					.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("region.outline.drop"))));
		this.upload.addAllFinishedListener(event -> this.upload.clearFileList());
		this.remove.setText(getTranslation("region.outline.remove"));
		this.remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
		this.remove.addClickListener(click -> choose(null));
		add(new H3(getTranslation("region.outline.title")), this.summary, this.error, this.upload, this.remove);
	}

	/** Shows the stored outline; nothing is pending. */
	public void show(@Nullable RegionOutline outline) {
		this.stored = outline;
		this.chosen = outline;
		this.error.setVisible(false);
		refresh();
	}

	/** Reads an uploaded outline and, if it is one, holds it for the save. */
	public void accept(String geoJson) {
		try {
			RegionOutline outline = RegionOutline.parse(geoJson);
			this.error.setVisible(false);
			choose(outline);
		}
		catch (FieldRejectedException ex) {
			showError(getTranslation(ex.messageKey(), ex.arguments()));
		}
	}

	/** Shows why an outline was refused. */
	public void showError(String message) {
		this.error.setText(message);
		this.error.setVisible(true);
	}

	/** The outline the page will save, or {@code null} for none. */
	public @Nullable RegionOutline chosen() {
		return this.chosen;
	}

	/** Whether saving replaces or removes a stored outline: a change to confirm. */
	public boolean replacesStored() {
		return this.stored != null && this.chosen != this.stored;
	}

	private void choose(@Nullable RegionOutline outline) {
		this.chosen = outline;
		refresh();
		this.onChange.run();
	}

	private void refresh() {
		RegionOutline outline = this.chosen;
		if (outline == null) {
			this.summary.setText(
					getTranslation((this.stored != null) ? "region.outline.pending-removal" : "region.outline.none"));
		}
		else {
			BoundingBox box = outline.boundingBox();
			this.summary.setText(getTranslation(
					(outline == this.stored) ? "region.outline.current" : "region.outline.pending",
					outline.polygonCount(), BoundingBox.plain(box.minLatitude()), BoundingBox.plain(box.maxLatitude()),
					BoundingBox.plain(box.minLongitude()), BoundingBox.plain(box.maxLongitude())));
		}
		this.remove.setVisible(outline != null);
	}

	/** Takes the bytes read of an upload: a file larger than the limit is refused. */
	private void received(UploadEvent event, byte[] bytes) {
		UI ui = event.getUI();
		if (bytes.length > RegionOutline.MAX_BYTES) {
			String size = BigDecimal.valueOf(Math.max(event.getFileSize(), bytes.length))
				.divide(BigDecimal.valueOf(1024 * 1024), 1, RoundingMode.HALF_UP)
				.toPlainString();
			ui.access(() -> showError(getTranslation("region.validation.outline-too-large", size)));
			return;
		}
		String text = new String(bytes, StandardCharsets.UTF_8);
		ui.access(() -> accept(text));
	}

}
