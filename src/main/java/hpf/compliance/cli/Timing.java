package hpf.compliance.cli;

/**
 * With {@code -Dhpf.timing=true}, prints to stderr the milliseconds since the JVM was launched at each phase of a
 * command, so JVM start-up and class loading before {@code main} are counted. The launch time is
 * {@code -Dhpf.timing.t0=<epoch ms>} when the launcher passes it (the benchmark does), else the process start time
 * the operating system reports (coarse: Linux derives it from the boot time in whole seconds). Off by default:
 * standard output and the result codes never change.
 */
final class Timing {
    private Timing() {}

    static final boolean ON = Boolean.getBoolean("hpf.timing");
    private static final long START_MILLIS = !ON ? 0L
            : Long.getLong("hpf.timing.t0") != null ? Long.getLong("hpf.timing.t0")
            : ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli).orElse(System.currentTimeMillis());

    static void mark(String phase) {
        if (ON) System.err.println("[hpf.timing] " + (System.currentTimeMillis() - START_MILLIS) + " ms " + phase + threadCpu());
    }

    /** The calling thread's CPU time so far (Linux, in ticks of 10 ms), or nothing elsewhere. */
    private static String threadCpu() {
        try {
            String s = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/thread-self/stat"));
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
            return " (this thread's CPU " + (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10 + " ms)";
        } catch (Exception | Error e) {
            return "";
        }
    }
}
