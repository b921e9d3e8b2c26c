package org.confidant.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * SIPp (Debian's sip-tester) as phones and callers against the test Kamailio, with the scenarios of
 * {@code src/test/resources/sipp}: each run is one process on its own loopback port, its screen and errors kept in
 * {@code target/sipp}.
 */
public final class Sipp {

  /** The test Kamailio's SIP port (the launcher's 5070 plus the tests' port offset). */
  public static final int KAMAILIO_PORT = Integer.getInteger("confidant.sip.port", 15070);

  private static final Path WORK = Path.of("target", "sipp");

  private Sipp() {}

  /** Registers a phone for the extension whose calls go to {@code phonePort} (expires 0: unregisters). */
  public static void register(String extension, int phonePort, int expiresSeconds) {
    Process register = start("register.xml", "register-" + extension, List.of("-s", extension,
        "-key", "contact", "127.0.0.1:" + phonePort, "-key", "expires", String.valueOf(expiresSeconds),
        "-m", "1", "-timeout", "10s", "-timeout_error"));
    assertThat(finished(register, Duration.ofSeconds(15))).as("the phone %s registered", extension).isZero();
  }

  /** An agent's phone on {@code phonePort} that rings, answers one call and waits for its end. */
  public static Process phone(int phonePort) {
    return phone("agent-phone.xml", phonePort);
  }

  /** An agent's phone on {@code phonePort} that rings until the call is cancelled away from it. */
  public static Process phoneNobodyAnswers(int phonePort) {
    return phone("agent-phone-no-answer.xml", phonePort);
  }

  private static Process phone(String scenario, int phonePort) {
    return start(scenario, "phone-" + phonePort, List.of("-p", String.valueOf(phonePort), "-m", "1",
        "-timeout", "60s", "-timeout_error"));
  }

  /** A caller dialling the service number with a scenario (caller.xml, caller-gives-up.xml). */
  public static Process call(String scenario, String serviceNumber) {
    return start(scenario, "call-" + serviceNumber, List.of("-s", serviceNumber, "-m", "1", "-timeout", "60s",
        "-timeout_error"));
  }

  /** The process's exit code, or -1 if it is still running after {@code patience}. */
  public static int finished(Process process, Duration patience) {
    try {
      return process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted waiting for SIPp", e);
    }
  }

  private static Process start(String scenario, String name, List<String> arguments) {
    List<String> command = new ArrayList<>(List.of("sipp", "127.0.0.1:" + KAMAILIO_PORT, "-sf",
        scenario(scenario).toString(), "-i", "127.0.0.1", "-nostdin", "-trace_err"));
    command.addAll(arguments);
    try {
      Files.createDirectories(WORK);
      return new ProcessBuilder(command).directory(WORK.toFile())
          .redirectErrorStream(true)
          .redirectOutput(WORK.resolve(name + ".out").toFile())
          .start();
    } catch (IOException e) {
      throw new AssertionError("SIPp could not start (is sip-tester installed?)", e);
    }
  }

  private static Path scenario(String name) {
    try {
      return Path.of(Sipp.class.getResource("/sipp/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new AssertionError("no SIPp scenario " + name, e);
    }
  }
}
