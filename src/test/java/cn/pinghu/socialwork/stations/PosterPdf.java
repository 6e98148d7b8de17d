package cn.pinghu.socialwork.stations;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A poster PDF as a test reads it: its pages, each page's text, and the QR code a phone
 * would read off the printed page.
 */
public final class PosterPdf implements AutoCloseable {

	/** A coarse print: a phone reads a poster at much less than this. */
	private static final float DPI = 72;

	private final PDDocument document;

	private PosterPdf(PDDocument document) {
		this.document = document;
	}

	public static PosterPdf read(byte[] pdf) throws IOException {
		return new PosterPdf(Loader.loadPDF(pdf));
	}

	public int pages() {
		return this.document.getNumberOfPages();
	}

	/** The text of a page (from 0), as a copy and paste gets it. */
	public String text(int page) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(page + 1);
		stripper.setEndPage(page + 1);
		return stripper.getText(this.document);
	}

	/** What the QR code of a page (from 0) says, rendered as an image and decoded. */
	public String qrCode(int page) throws IOException {
		BufferedImage image = new PDFRenderer(this.document).renderImageWithDPI(page, DPI);
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		BinaryBitmap bitmap = new BinaryBitmap(
				new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
		try {
			return new MultiFormatReader()
				.decode(bitmap, Map.of(DecodeHintType.POSSIBLE_FORMATS, java.util.List.of(BarcodeFormat.QR_CODE)))
				.getText();
		}
		catch (NotFoundException ex) {
			throw new AssertionError("No QR code found on page " + (page + 1), ex);
		}
	}

	@Override
	public void close() throws IOException {
		this.document.close();
	}

}
