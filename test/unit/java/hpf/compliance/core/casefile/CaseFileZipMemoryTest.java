package hpf.compliance.core.casefile;

import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.LocalDate;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The branch download's memory bound: a branch of 2,000 targets, each with a few documents of incompressible content
 * (like PDFs and scans), goes through {@link CaseFileZip} onto a stream that only counts. The ZIP is far larger than
 * the bound, and the heap in use after a collection stays under the bound all along: nothing of the ZIP is held.
 */
class CaseFileZipMemoryTest {
    static final int TARGETS = 2_000;
    static final int DOCUMENTS = 3;
    static final int DOCUMENT_BYTES = 24 * 1024;
    static final long BOUND = 16L * 1024 * 1024;

    static final class CountingSink extends OutputStream {
        long bytes;
        long writes;
        @Override public void write(int b) { bytes++; writes++; }
        @Override public void write(byte[] b, int off, int len) { bytes += len; writes++; }
    }

    static long usedAfterGc(MemoryMXBean mem) {
        System.gc();
        return mem.getHeapMemoryUsage().getUsed();
    }

    @Test
    void aTwoThousandTargetBranchStreamsInBoundedMemory() {
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        Random random = new Random(7);
        CountingSink sink = new CountingSink();
        long baseline = usedAfterGc(mem);
        long peak = 0;
        long firstFolderBytes = -1;
        CaseFileZip zip = new CaseFileZip(sink);
        for (int t = 0; t < TARGETS; t++) {
            zip.beginFolder(String.format("1403010%05d-单位%d", t, t));
            for (int d = 0; d < DOCUMENTS; d++) {
                byte[] content = new byte[DOCUMENT_BYTES];   // a freshly rendered document, as the service makes them
                random.nextBytes(content);
                zip.add(new CaseFileDocument(LocalDate.of(2026, 4, 1).plusDays(d), d, "D" + d, "文书" + d, null, "中心", "bin", d), content);
            }
            zip.writeIndex(new byte[1024]);
            if (t == 0) firstFolderBytes = sink.bytes;
            if (t % 250 == 249) peak = Math.max(peak, usedAfterGc(mem) - baseline);
        }
        zip.finish();
        long zipBytes = sink.bytes;
        System.out.printf("case file ZIP of %d targets: %,d bytes in %,d writes; heap above baseline at most %,d bytes%n",
                TARGETS, zipBytes, sink.writes, peak);
        assertEquals(TARGETS * (DOCUMENTS + 1), zip.fileCount());
        assertTrue(zipBytes > 8 * BOUND, "the ZIP must be much larger than the bound for the test to mean anything: " + zipBytes);
        assertTrue(firstFolderBytes > (long) DOCUMENTS * DOCUMENT_BYTES, "the first folder had not reached the stream: " + firstFolderBytes);
        assertTrue(peak < BOUND, "heap grew by " + peak + " bytes writing " + zipBytes + " bytes of ZIP");
    }
}
