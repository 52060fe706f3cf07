import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** What Linux tells of a process: CPU time (utime + stime), peak resident set (VmHWM), start time. */
final class Proc {

    private Proc() {
    }

    /** utime + stime of /proc/PID/stat, as the JDK reads them (it knows the clock tick). */
    static double cpuSeconds(long pid) {
        return ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration())
                .map(d -> d.toNanos() / 1e9).orElseThrow(() -> new IllegalStateException("no CPU time for " + pid));
    }

    /** VmHWM of /proc/PID/status in MB. */
    static double peakRssMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /proc/" + pid + "/status", e);
        }
        throw new IllegalStateException("no VmHWM for " + pid);
    }

    static Instant started(long pid) {
        return ProcessHandle.of(pid).flatMap(p -> p.info().startInstant())
                .orElseThrow(() -> new IllegalStateException("no process " + pid));
    }

    static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    static long millisSince(Instant start) {
        return Duration.between(start, Instant.now()).toMillis();
    }
}
