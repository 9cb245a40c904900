package hpf.compliance.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Wall time, CPU time of the whole process (reader threads, GC and JIT included), heap peak and GC activity of one
 * benchmark phase. The machine may be shared, so CPU time is reported beside wall time: rates per CPU second show
 * the code's cost, rates per wall second what a user waited.
 */
final class Measure {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final long wall0;
    private final long cpu0;
    private final long gcCount0;
    private final long gcMillis0;

    private Measure() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
        }
        gcCount0 = gcCount();
        gcMillis0 = gcMillis();
        cpu0 = OS.getProcessCpuTime();
        wall0 = System.nanoTime();
    }

    static Measure start() {
        System.gc();
        return new Measure();
    }

    double wallSeconds() { return (System.nanoTime() - wall0) / 1e9; }

    double cpuSeconds() { return (OS.getProcessCpuTime() - cpu0) / 1e9; }

    /** Sum of the heap pools' peaks since the start: an upper bound of the heap the phase needed at once. */
    static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) sum += p.getPeakUsage().getUsed();
        }
        return sum;
    }

    long gcCountDelta() { return gcCount() - gcCount0; }

    long gcMillisDelta() { return gcMillis() - gcMillis0; }

    private static long gcCount() {
        long n = 0;
        for (GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) n += Math.max(0, g.getCollectionCount());
        return n;
    }

    private static long gcMillis() {
        long n = 0;
        for (GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) n += Math.max(0, g.getCollectionTime());
        return n;
    }

    String report(String what, double count, String unit) {
        double wall = wallSeconds();
        double cpu = cpuSeconds();
        return String.format("%-28s %,14.0f %s in %7.2f s wall (%7.2f s CPU): %,12.0f %s/s wall, %,12.0f %s/s CPU;"
                        + " peak heap %,6.0f MiB; GC %d (%d ms)",
                what, count, unit, wall, cpu, count / wall, unit, count / Math.max(cpu, 1e-9), unit,
                peakHeapBytes() / 1048576.0, gcCountDelta(), gcMillisDelta());
    }
}
