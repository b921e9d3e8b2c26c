package org.confidant.bench.audit;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time spent by this JVM and by the PostgreSQL server (the postmaster and its children, from /proc), so that a
 * run on a shared machine still tells what an append costs: other processes take wall time, not CPU time.
 */
final class CpuMeter {

  private static final double TICKS_PER_SECOND = 100.0;
  private final long postmaster;

  CpuMeter(long postmasterPid) {
    this.postmaster = postmasterPid;
  }

  /** {JVM CPU seconds, PostgreSQL CPU seconds} so far. */
  double[] sample() {
    double jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime() / 1e9;
    return new double[] {jvm, postmaster > 0 ? postgresTicks() / TICKS_PER_SECOND : Double.NaN};
  }

  private long postgresTicks() {
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
          .mapToLong(this::ticksIfPostgres).sum();
    } catch (IOException e) {
      return 0;
    }
  }

  private long ticksIfPostgres(Path process) {
    try {
      String stat = Files.readString(process.resolve("stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long pid = Long.parseLong(process.getFileName().toString());
      long parent = Long.parseLong(fields[1]);
      return pid == postmaster || parent == postmaster ? Long.parseLong(fields[11]) + Long.parseLong(fields[12]) : 0;
    } catch (IOException | RuntimeException gone) {
      return 0;
    }
  }
}
