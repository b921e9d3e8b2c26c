package org.confidant.telephony.sip;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One TCP connection to Kamailio's evapi socket. {@link #run} reads until the connection ends; the link is up once
 * Kamailio's first heartbeat arrives (it may accept a connection a few seconds after the connect) and down when
 * no heartbeat came for {@link #SILENCE_MILLIS}. Writes are serialised: one command is one netstring.
 */
public final class KamailioLink implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(KamailioLink.class.getName());
  private static final int CONNECT_MILLIS = 2_000;
  static final long SILENCE_MILLIS = 5_000;

  private final URI address;
  private final Socket socket = new Socket();
  private volatile long lastHeartbeat;

  public KamailioLink(URI address) {
    this.address = address;
  }

  public URI address() {
    return address;
  }

  /** Connects and hands every message but heartbeats to {@code messages}, until the connection ends. */
  public void run(Consumer<String> messages) {
    try (socket) {
      socket.connect(new InetSocketAddress(address.getHost(), address.getPort()), CONNECT_MILLIS);
      socket.setTcpNoDelay(true);
      InputStream in = socket.getInputStream();
      Netstrings frames = new Netstrings();
      byte[] buffer = new byte[8192];
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        for (String message : frames.feed(buffer, read)) {
          if (message.contains("\"heartbeat\"")) {
            heard();
          } else {
            hand(messages, message);
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      // A link that never came up (Kamailio not running) is retried quietly; one that was up is news.
      LOG.log(lastHeartbeat == 0 ? Level.FINE : Level.INFO, () -> "Kamailio link to " + address + " ended: " + e);
    } finally {
      lastHeartbeat = 0;
    }
  }

  private void heard() {
    if (lastHeartbeat == 0) {
      LOG.info(() -> "Kamailio link to " + address + " is up");
    }
    lastHeartbeat = System.currentTimeMillis();
  }

  // One message that cannot be applied must not end the link (its cause is logged where it was refused).
  private void hand(Consumer<String> messages, String message) {
    try {
      messages.accept(message);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "A message from Kamailio was not applied: {0}", String.valueOf(e));
    }
  }

  public boolean isUp() {
    return !socket.isClosed() && System.currentTimeMillis() - lastHeartbeat < SILENCE_MILLIS;
  }

  /** Empty when the message was written to Kamailio, else why not. */
  public synchronized Optional<String> send(String message) {
    if (!isUp()) {
      return Optional.of("the Kamailio link is not up");
    }
    try {
      OutputStream out = socket.getOutputStream();
      out.write(Netstrings.encode(message));
      out.flush();
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of("the Kamailio link failed: " + e.getClass().getSimpleName());
    }
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      LOG.log(Level.FINE, "closing the Kamailio link", e);
    }
  }
}
