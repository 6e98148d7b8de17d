package cn.pinghu.socialwork.shared.transfer;

import java.io.FilterInputStream;
import java.io.IOException;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An XML part of an .xlsx being read for its checks, its bytes and tokens bounded by
 * {@link PartStream} and its elements counted: past {@code maxElements} the file is
 * refused as too complex. {@link XlsxEntries#part} opens one.
 */
final class XlsxPart implements AutoCloseable {

	private static final XMLInputFactory FACTORY = factory();

	private final XMLStreamReader xml;

	private final PartStream in;

	private final int maxElements;

	private int elements;

	XlsxPart(PartStream in, int maxElements) throws XMLStreamException {
		this.in = in;
		this.maxElements = maxElements;
		// the parser closes its stream at the document's end; the rest is drained
		// after
		this.xml = FACTORY.createXMLStreamReader(new FilterInputStream(in) {
			@Override
			public void close() {
			}
		});
	}

	/**
	 * The parser, to read the current event's names, attributes and text; the events are
	 * stepped through with {@link #next()}, which counts them.
	 */
	XMLStreamReader xml() {
		return this.xml;
	}

	boolean hasNext() throws XMLStreamException {
		return this.xml.hasNext();
	}

	int next() throws XMLStreamException {
		int event = this.xml.next();
		if (event == XMLStreamConstants.START_ELEMENT && ++this.elements > this.maxElements) {
			throw new SheetRejectedException("transfer.file.too-complex");
		}
		return event;
	}

	/** Reads to the end: the XML, and any bytes after it, are counted and checked. */
	void finish() throws IOException, XMLStreamException {
		while (this.xml.hasNext()) {
			next();
		}
		this.in.drain();
	}

	@Override
	public void close() throws IOException, XMLStreamException {
		try {
			this.xml.close();
		}
		finally {
			this.in.close();
		}
	}

	/** JDK's own StAX, without DTDs or external entities; text comes in pieces. */
	private static XMLInputFactory factory() {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, false);
		return factory;
	}

}
