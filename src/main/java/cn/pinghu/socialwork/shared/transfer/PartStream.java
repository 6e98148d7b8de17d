package cn.pinghu.socialwork.shared.transfer;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A part of an .xlsx as it unzips, stopped as soon as it gives more bytes than its entry
 * declared (declared sizes can lie; the declared ones were checked against the limits
 * before). For an XML part it also bounds every token, that is every run of text, tag,
 * comment, CDATA section or processing instruction: an XML parser keeps a whole token in
 * memory, so a single "cell" of 200 MB would otherwise be read into the heap at once. A
 * token may be as long as the longest cell Excel writes
 * ({@link TransferLimits#MAX_CELL_CHARS} characters of up to four bytes each, with room
 * for its markup). DTDs, which OOXML never has, and encodings other than UTF-8, in which
 * a '<' byte need not be markup, are refused.
 */
final class PartStream extends FilterInputStream {

	static final int MAX_TOKEN_BYTES = 4 * TransferLimits.MAX_CELL_CHARS + 4096;

	private enum State {

		TEXT, AFTER_LT, AFTER_BANG, COMMENT_OPEN, CDATA_OPEN, TAG, COMMENT, CDATA, INSTRUCTION

	}

	private static final byte[] CDATA_OPENING = "[CDATA[".getBytes(StandardCharsets.US_ASCII);

	private final long declared;

	private final boolean xml;

	private long count;

	/** Bytes of XML stepped through, to check how the part starts. */
	private long position;

	private State state = State.TEXT;

	private int token;

	private int quote;

	private int opening;

	/** The last two bytes, to find the ends of comments, CDATA and instructions. */
	private int previous = -1;

	private int beforePrevious = -1;

	private PartStream(InputStream in, long declared, boolean xml) {
		super(in);
		this.declared = declared;
		this.xml = xml;
	}

	/** A part read as XML: sizes and tokens bounded. */
	static PartStream xml(InputStream in, long declared) {
		return new PartStream(in, declared, true);
	}

	/** Any other part (images, printer settings): only its size bounded. */
	static PartStream binary(InputStream in, long declared) {
		return new PartStream(in, declared, false);
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			counted(1);
			if (this.xml) {
				step(b);
			}
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int read = super.read(buffer, offset, length);
		if (read > 0) {
			counted(read);
			if (this.xml) {
				for (int index = offset; index < offset + read; index++) {
					step(buffer[index] & 0xFF);
				}
			}
		}
		return read;
	}

	@Override
	public long skip(long n) throws IOException {
		// every byte passes the checks
		byte[] buffer = new byte[8192];
		long skipped = 0;
		while (skipped < n) {
			int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
			if (read < 0) {
				break;
			}
			skipped += read;
		}
		return skipped;
	}

	/** Reads the rest, for the checks alone. */
	void drain() throws IOException {
		byte[] buffer = new byte[8192];
		while (read(buffer, 0, buffer.length) >= 0) {
			// counted and checked by read
		}
	}

	private void counted(int bytes) {
		this.count += bytes;
		if (this.count > this.declared) {
			throw new SheetRejectedException("transfer.file.unzipped-too-large",
					TransferLimits.megabytes(TransferLimits.MAX_UNZIPPED_BYTES));
		}
	}

	private void step(int b) {
		this.position++;
		if (this.position <= 2 && !utf8Start(b)) {
			throw new SheetRejectedException("transfer.file.not-xlsx");
		}
		this.token++;
		switch (this.state) {
			case TEXT -> {
				if (b == '<') {
					open(State.AFTER_LT);
				}
			}
			case AFTER_LT -> {
				if (b == '!') {
					this.state = State.AFTER_BANG;
				}
				else if (b == '?') {
					this.state = State.INSTRUCTION;
				}
				else {
					this.state = State.TAG;
					tag(b);
				}
			}
			case AFTER_BANG -> {
				if (b == '-') {
					this.state = State.COMMENT_OPEN;
				}
				else if (b == '[') {
					this.state = State.CDATA_OPEN;
					this.opening = 1;
				}
				else {
					// <!DOCTYPE and the like
					throw new SheetRejectedException("transfer.file.not-xlsx");
				}
			}
			case COMMENT_OPEN -> {
				if (b != '-') {
					throw new SheetRejectedException("transfer.file.not-xlsx");
				}
				this.state = State.COMMENT;
				this.previous = -1;
				this.beforePrevious = -1;
				return;
			}
			case CDATA_OPEN -> {
				if (b != CDATA_OPENING[this.opening]) {
					throw new SheetRejectedException("transfer.file.not-xlsx");
				}
				this.opening++;
				if (this.opening == CDATA_OPENING.length) {
					this.state = State.CDATA;
					this.previous = -1;
					this.beforePrevious = -1;
					return;
				}
			}
			case TAG -> tag(b);
			case COMMENT -> closeAfter(b, '-', '-');
			case CDATA -> closeAfter(b, ']', ']');
			case INSTRUCTION -> {
				if (b == '>' && this.previous == '?') {
					open(State.TEXT);
				}
			}
		}
		this.beforePrevious = this.previous;
		this.previous = b;
		if (this.token > MAX_TOKEN_BYTES) {
			throw new SheetRejectedException("transfer.file.cell-too-long", TransferLimits.MAX_CELL_CHARS);
		}
	}

	private void tag(int b) {
		if (this.quote != 0) {
			if (b == this.quote) {
				this.quote = 0;
			}
		}
		else if (b == '"' || b == '\'') {
			this.quote = b;
		}
		else if (b == '>') {
			open(State.TEXT);
		}
	}

	private void closeAfter(int b, int first, int second) {
		if (b == '>' && this.previous == second && this.beforePrevious == first) {
			open(State.TEXT);
		}
	}

	private void open(State next) {
		this.state = next;
		this.token = 0;
		this.quote = 0;
	}

	/** UTF-8 (with or without its byte-order mark), not UTF-16 or UTF-32. */
	private boolean utf8Start(int b) {
		if (this.position == 1) {
			return b == '<' || b == 0xEF || b == ' ' || b == '\t' || b == '\r' || b == '\n';
		}
		return b != 0;
	}

}
