package org.confidant.telephony.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A connector's command callback: an absolute https URL, or plain http only to this machine (a connector
 * beside the server, a test). Commands carry call data, so they never cross a network in the clear. A
 * {@code kamailio://<loopback address>:<port>} callback is the SIP connector's link to Kamailio's evapi socket
 * (docs/sip.md): commands go over that connection instead of HTTP.
 */
public final class CallbackUrl {

  private static final String KAMAILIO = "kamailio";

  private CallbackUrl() {}

  /** Whether the callback is a link to Kamailio (a valid callback, as {@link #require} answered it). */
  public static boolean isKamailioLink(URI callback) {
    return KAMAILIO.equalsIgnoreCase(callback.getScheme());
  }

  /** The URL, or an {@link IllegalArgumentException} saying what is wrong with it. */
  public static URI require(String value) {
    URI url;
    try {
      url = new URI(value == null ? "" : value.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("the callback URL is not a URL");
    }
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (url.getHost() == null || url.getRawUserInfo() != null || url.getRawFragment() != null) {
      throw new IllegalArgumentException("the callback URL needs a host, and no user info or fragment");
    }
    if (KAMAILIO.equals(scheme) && isLoopback(url.getHost()) && url.getPort() > 0) {
      return url;
    }
    if (!"https".equals(scheme) && !("http".equals(scheme) && isLoopback(url.getHost()))) {
      throw new IllegalArgumentException("the callback URL must use https (plain http only on loopback)");
    }
    return url;
  }

  private static boolean isLoopback(String host) {
    String name = host.toLowerCase(Locale.ROOT);
    return "localhost".equals(name) || "[::1]".equals(name) || name.matches("127(\\.\\d{1,3}){3}");
  }
}
