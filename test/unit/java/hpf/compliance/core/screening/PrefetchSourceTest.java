package hpf.compliance.core.screening;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PrefetchSourceTest {
    @Test
    void deliversEveryRecordInOrderAcrossBatches() {
        AtomicInteger n = new AtomicInteger();
        try (PrefetchSource<Integer> p = new PrefetchSource<>(() -> n.get() < 10_007 ? n.getAndIncrement() : null, 100, "t")) {
            List<Integer> got = new ArrayList<>();
            for (Integer v = p.next(); v != null; v = p.next()) got.add(v);
            assertEquals(10_007, got.size());
            for (int i = 0; i < got.size(); i++) assertEquals(i, got.get(i));
            assertNull(p.next());
        }
    }

    @Test
    void aFailureOfTheSourceIsRethrownToTheConsumerAfterTheRecordsBeforeIt() {
        AtomicInteger n = new AtomicInteger();
        MergeJoinScreening.Source<Integer> failing = () -> {
            if (n.get() == 5) throw new IllegalArgumentException("bad file");
            return n.getAndIncrement();
        };
        try (PrefetchSource<Integer> p = new PrefetchSource<>(failing, 2, "t")) {
            for (int i = 0; i < 4; i++) assertEquals(i, p.next());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> {
                while (true) p.next();
            });
            assertEquals("bad file", e.getMessage());
        }
    }

    @Test
    void closingEarlyStopsAnEndlessProducer() {
        PrefetchSource<Integer> p = new PrefetchSource<>(() -> 1, 10, "t");
        assertEquals(1, p.next());
        long t0 = System.nanoTime();
        p.close();
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L);
    }
}
