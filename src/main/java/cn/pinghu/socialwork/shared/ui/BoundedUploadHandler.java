package cn.pinghu.socialwork.shared.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * Reads an upload of at most {@code maxBytes} plus one byte, so that a larger file is
 * known (and refused by the receiver) without being held whole, and hands the bytes to
 * the receiver on the upload's thread: the receiver reaches the page through
 * {@code event.getUI().access(...)}.
 */
public record BoundedUploadHandler(int maxBytes, Received received) implements UploadHandler {

	@Override
	public void handleUploadRequest(UploadEvent event) throws IOException {
		byte[] bytes;
		try (InputStream in = event.getInputStream()) {
			bytes = in.readNBytes(this.maxBytes + 1);
		}
		this.received.accept(event, bytes);
	}

	/** What takes the bytes read; more than {@code maxBytes} of them means too large. */
	@FunctionalInterface
	public interface Received extends Serializable {

		void accept(UploadEvent event, byte[] bytes);

	}

}
