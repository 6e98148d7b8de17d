package cn.pinghu.socialwork.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP proxy in front of the test database, so that a test can take the
 * database away ({@link #cut()}: open connections break and new ones are refused) and
 * bring it back ({@link #restore()}) on the same port.
 */
public final class TcpProxy implements AutoCloseable {

	private final String targetHost;

	private final int targetPort;

	private final int port;

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private volatile ServerSocket server;

	public TcpProxy(String targetHost, int targetPort) throws IOException {
		this.targetHost = targetHost;
		this.targetPort = targetPort;
		try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			this.port = probe.getLocalPort();
		}
		restore();
	}

	public int port() {
		return this.port;
	}

	/** Starts accepting again on the same port. */
	public synchronized void restore() throws IOException {
		if (this.server != null && !this.server.isClosed()) {
			return;
		}
		ServerSocket listening = new ServerSocket();
		listening.setReuseAddress(true);
		listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.port));
		this.server = listening;
		Thread acceptor = new Thread(() -> accept(listening), "tcp-proxy-accept-" + this.port);
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/**
	 * Breaks every open connection and refuses new ones, as a database that went away.
	 */
	public synchronized void cut() throws IOException {
		if (this.server != null) {
			this.server.close();
		}
		for (Socket socket : this.sockets) {
			socket.close();
		}
		this.sockets.clear();
	}

	@Override
	public void close() throws IOException {
		cut();
	}

	private void accept(ServerSocket listening) {
		while (!listening.isClosed()) {
			try {
				Socket client = listening.accept();
				Socket upstream = new Socket(this.targetHost, this.targetPort);
				// A connection accepted while cut() ran must not outlive the cut.
				synchronized (this) {
					if (listening.isClosed()) {
						closeQuietly(client);
						closeQuietly(upstream);
						continue;
					}
					this.sockets.add(client);
					this.sockets.add(upstream);
				}
				pipe(client, upstream);
				pipe(upstream, client);
			}
			catch (IOException ex) {
				// Closed by cut(), or the target refused: the client sees its connection
				// fail.
			}
		}
	}

	private void pipe(Socket from, Socket to) {
		Thread copier = new Thread(() -> {
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				in.transferTo(out);
			}
			catch (SocketException ex) {
				// One side closed.
			}
			catch (IOException ex) {
				// One side failed.
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
			}
		}, "tcp-proxy-pipe-" + this.port);
		copier.setDaemon(true);
		copier.start();
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// Already gone.
		}
	}

}
