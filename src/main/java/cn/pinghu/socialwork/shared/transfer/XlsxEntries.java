package cn.pinghu.socialwork.shared.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamException;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.archivers.zip.ZipMethod;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.jspecify.annotations.Nullable;

/**
 * The zip of an .xlsx and its entries: {@link #check() checked} before anything is
 * unzipped (how many, one of each name, stored or deflated, declared sizes and
 * compression ratio within the limits), then opened by name as FastExcel finds them, in
 * any case and with or without a leading slash, each through a {@link PartStream} that
 * holds it to its declared size. The entries read as XML are remembered, so that the rest
 * can be {@link #drainUnread() unzipped once} and counted too.
 */
final class XlsxEntries implements AutoCloseable {

	private final ZipFile zip;

	/**
	 * The entries by their lower-case names: FastExcel finds parts by name in any case.
	 */
	private final Map<String, ZipArchiveEntry> entries = new HashMap<>();

	/** The names of the entries read as XML parts. */
	private final Set<String> read = new HashSet<>();

	private XlsxEntries(ZipFile zip) {
		this.zip = zip;
	}

	/**
	 * Opens the zip's central directory; its entries are not checked yet.
	 * @throws SheetRejectedException when the content is no zip
	 */
	static XlsxEntries open(byte[] content) {
		try {
			return new XlsxEntries(new ZipFile(new SeekableInMemoryByteChannel(content)));
		}
		catch (IOException | RuntimeException ex) {
			throw new SheetRejectedException("transfer.file.not-xlsx", ex);
		}
	}

	/**
	 * Checks every entry as the zip declares it, before any is unzipped.
	 * @throws SheetRejectedException when an entry is over a limit or no .xlsx has it
	 */
	void check() {
		long total = 0;
		for (ZipArchiveEntry entry : Collections.list(this.zip.getEntries())) {
			if (this.entries.size() >= TransferLimits.MAX_PARTS) {
				throw new SheetRejectedException("transfer.file.too-many-parts", TransferLimits.MAX_PARTS);
			}
			if (this.entries.putIfAbsent(entry.getName().toLowerCase(Locale.ROOT), entry) != null) {
				// two parts of one name: which one a reader takes is up to the reader
				throw new SheetRejectedException("transfer.file.not-xlsx");
			}
			int method = entry.getMethod();
			if (method != ZipMethod.STORED.getCode() && method != ZipMethod.DEFLATED.getCode()) {
				throw new SheetRejectedException("transfer.file.not-xlsx");
			}
			long size = entry.getSize();
			if (size < 0) {
				throw new SheetRejectedException("transfer.file.not-xlsx");
			}
			total += size;
			if (total > TransferLimits.MAX_UNZIPPED_BYTES) {
				throw new SheetRejectedException("transfer.file.unzipped-too-large",
						TransferLimits.megabytes(TransferLimits.MAX_UNZIPPED_BYTES));
			}
			if (size > TransferLimits.RATIO_FREE_BYTES
					&& size > Math.max(entry.getCompressedSize(), 1) * TransferLimits.MAX_COMPRESSION_RATIO) {
				throw new SheetRejectedException("transfer.file.compression-ratio",
						TransferLimits.MAX_COMPRESSION_RATIO);
			}
		}
	}

	/** A part to check, its elements within {@link TransferLimits#MAX_PART_ELEMENTS}. */
	@Nullable XlsxPart part(String name) throws IOException, XMLStreamException {
		return part(name, TransferLimits.MAX_PART_ELEMENTS);
	}

	/**
	 * A part by name as FastExcel finds it; {@code null} when there is none. A part may
	 * be read more than once (a file may name one part for two roles), each time within
	 * the limits.
	 */
	@Nullable XlsxPart part(String name, int maxElements) throws IOException, XMLStreamException {
		ZipArchiveEntry entry = entry(name);
		if (entry == null) {
			return null;
		}
		this.read.add(entry.getName());
		PartStream in = PartStream.xml(this.zip.getInputStream(entry), entry.getSize());
		return new XlsxPart(in, maxElements);
	}

	/**
	 * A part's XML as a stream, its size and tokens bounded; {@code null} when there is
	 * none.
	 */
	@Nullable InputStream xml(String name) throws IOException {
		ZipArchiveEntry entry = entry(name);
		return (entry != null) ? PartStream.xml(this.zip.getInputStream(entry), entry.getSize()) : null;
	}

	/**
	 * Unzips every entry not read as a part, to hold each to its declared size: the sizes
	 * checked are those the zip declares.
	 */
	void drainUnread() throws IOException {
		for (ZipArchiveEntry entry : this.entries.values()) {
			if (!this.read.contains(entry.getName())) {
				try (PartStream in = PartStream.binary(this.zip.getInputStream(entry), entry.getSize())) {
					in.drain();
				}
			}
		}
	}

	@Override
	public void close() {
		try {
			this.zip.close();
		}
		catch (IOException ex) {
			// an in-memory channel has nothing to release
		}
	}

	private @Nullable ZipArchiveEntry entry(String name) {
		String path = name.startsWith("/") ? name.substring(1) : name;
		return this.entries.get(path.toLowerCase(Locale.ROOT));
	}

}
