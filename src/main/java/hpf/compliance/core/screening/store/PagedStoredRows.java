package hpf.compliance.core.screening.store;

import hpf.compliance.core.screening.MergeJoinScreening;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The read pass of {@link StoredRows} for a database that builds a query's whole result before it hands over the first
 * row: the embedded H2 does, so one cursor over 7 million remittance rows first writes them all to a temporary file.
 * Here units and remittances are read a page at a time, a page being the units whose id lies in a range and their
 * rows, each page on a reader thread with a transaction and connection of its own, a few pages ahead of the merge that
 * consumes them on the calling thread.
 *
 * <p>The ranges are cut at every {@code pageUnits}-th unit id as the database orders them, and each page compares ids
 * with {@code >=} and {@code <} in the database, so the pages come back in the database's order whatever its collation,
 * which is all {@link hpf.compliance.core.screening.SameOrderMerge} needs. A page reads its rows before its units: a
 * unit is stored before its rows, so every row read has its unit in the page even while an import runs.
 *
 * <p>Memory: the page of the slower source and up to {@code readers + 1} pages after it are held (read or being
 * read); pages both sources have passed are dropped.
 */
public final class PagedStoredRows implements AutoCloseable {
    /**
     * Units per page: about 18,000 rows of 36 months, which H2 keeps in memory (a result above its MAX_MEMORY_ROWS,
     * scaled to the heap, goes to a temporary file; pages of 1,000 units read at 2/3 the rate with a 1 GiB heap).
     */
    public static final int PAGE_UNITS = 500;
    /** Pages read at once (on 2 cores, 1 reader left the merge waiting and 3 contended inside H2: both slower). */
    public static final int READERS = 2;

    /** Runs a page's read on the calling (reader) thread in a transaction of its own. */
    @FunctionalInterface
    public interface PageReader {
        <T> T read(ScreeningHost.SqlWork<T> work) throws Exception;
    }

    record Page(List<StoredUnit> units, List<StoredRemittance> rows) {}

    private final List<String> bounds;
    private final PageReader reader;
    private final TableMap unitTable, remittanceTable;
    private final boolean skipUnregistered, withWorkerCounts;
    private final int lookahead;
    private final ExecutorService pool;
    private final Map<Integer, Future<Page>> pages = new HashMap<>();
    private final Cursor<StoredUnit> units = new Cursor<>(Page::units);
    private final Cursor<StoredRemittance> remittances = new Cursor<>(Page::rows);

    /**
     * @param bounds the first unit id of every page but the first ({@link #bounds}); the first page takes the ids
     *               below the first bound, the last one those from the last bound on
     */
    public PagedStoredRows(List<String> bounds, PageReader reader, TableMap unitTable, TableMap remittanceTable,
                           boolean skipUnregistered, boolean withWorkerCounts, int readers) {
        this.bounds = List.copyOf(bounds);
        this.reader = reader;
        this.unitTable = unitTable;
        this.remittanceTable = remittanceTable;
        this.skipUnregistered = skipUnregistered;
        this.withWorkerCounts = withWorkerCounts;
        this.lookahead = Math.max(1, readers) + 1;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(Math.max(1, readers), r -> {
            Thread t = new Thread(r, "hpf-screening-reader-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Whether a read of {@code c}'s database is worth paging: it builds whole results first (H2). */
    public static boolean suits(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().trim().toUpperCase(Locale.ROOT).startsWith("H2");
    }

    /** Every {@code pageUnits}-th unit id in the database's order, the first left out: the pages' lower bounds. */
    public static List<String> bounds(Connection c, TableMap unitTable, boolean skipUnregistered, int pageUnits)
            throws SQLException {
        List<String> out = new ArrayList<>();
        try (StoreCursor<String> ids = StoreCursor.unitIds(c, unitTable, skipUnregistered)) {
            long i = 0;
            for (String v = ids.next(); v != null; v = ids.next()) {
                if (i > 0 && i % pageUnits == 0) out.add(v);
                i++;
            }
        }
        return out;
    }

    /** The units, page after page. */
    public MergeJoinScreening.Source<StoredUnit> units() {
        return units;
    }

    /** The remittance rows, page after page. */
    public MergeJoinScreening.Source<StoredRemittance> remittances() {
        return remittances;
    }

    /** Pages in the read. */
    int pageCount() {
        return bounds.size() + 1;
    }

    private Page page(int index) {
        if (index >= pageCount()) return null;
        // pages both sources have passed are not asked for again; the slower source's page and a few after it are
        // read (or being read), and the page asked for, which is further on only when one source runs ahead
        int keepFrom = Math.min(units.page, remittances.page);
        pages.keySet().removeIf(i -> i < keepFrom);
        for (int i = keepFrom; i < pageCount() && i <= keepFrom + lookahead; i++) submit(i);
        submit(index);
        Future<Page> f = pages.get(index);
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("reading the stored rows was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new IllegalStateException("reading the stored rows failed in page " + (index + 1) + " of " + pageCount()
                    + ": " + cause.getMessage(), cause);
        }
    }

    private void submit(int index) {
        if (!pages.containsKey(index)) pages.put(index, pool.submit(() -> read(index)));
    }

    private Page read(int index) throws Exception {
        String from = index == 0 ? null : bounds.get(index - 1), to = index == bounds.size() ? null : bounds.get(index);
        return reader.read(c -> {
            List<StoredRemittance> rows = new ArrayList<>();
            try (StoreCursor<StoredRemittance> r = StoreCursor.remittances(c, remittanceTable, withWorkerCounts, from, to)) {
                for (StoredRemittance v = r.next(); v != null; v = r.next()) rows.add(v);
            }
            List<StoredUnit> us = new ArrayList<>();
            try (StoreCursor<StoredUnit> u = StoreCursor.units(c, unitTable, skipUnregistered, from, to)) {
                for (StoredUnit v = u.next(); v != null; v = u.next()) us.add(v);
            }
            return new Page(us, rows);
        });
    }

    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pages.clear();
    }

    /** One of the two sources: its page and its place in the page. */
    private final class Cursor<T> implements MergeJoinScreening.Source<T> {
        private final java.util.function.Function<Page, List<T>> part;
        int page;
        private List<T> current;
        private int pos;
        private boolean ended;

        Cursor(java.util.function.Function<Page, List<T>> part) {
            this.part = part;
        }

        @Override
        public T next() {
            while (current == null || pos == current.size()) {
                if (ended) return null;
                if (current != null) {
                    page++;
                    pos = 0;
                }
                Page p = page(page);
                if (p == null) {
                    ended = true;
                    return null;
                }
                current = part.apply(p);
            }
            return current.get(pos++);
        }
    }
}
