package hpf.compliance.core.screening;

import static hpf.compliance.core.screening.StoredScreeningTest.paid;
import static hpf.compliance.core.screening.StoredScreeningTest.unitRow;
import static org.junit.jupiter.api.Assertions.*;

import hpf.compliance.core.screening.store.BatchSql;
import hpf.compliance.core.screening.store.PagedStoredRows;
import hpf.compliance.core.screening.store.ScreeningHost;
import hpf.compliance.core.screening.store.StoreCursor;
import hpf.compliance.core.screening.store.StoredRemittance;
import hpf.compliance.core.screening.store.StoredUnit;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The paged read of units and remittances (H2) against the two cursors it stands in for: the same units and rows in
 * the same order for any page size and number of readers, a failed page named, and only a few pages read ahead.
 */
class PagedStoredRowsTest {
    static final List<String> ODD_IDS = List.of("PROBE_1", "PROBEA", "a-1", "A_2", "10", "9", "a1", "A-1", "a_1", "B",
            "b", "_z", "z", "单位甲", "单位-乙", "Ä1", "a 1");

    final StoreJdbcTest store = new StoreJdbcTest();

    @BeforeEach
    void open() throws SQLException {
        store.open();
    }

    @AfterEach
    void close() throws SQLException {
        store.close();
    }

    /** Random units (the odd ids among them; some unregistered, some without rows), committed; the seed is printed on failure. */
    void fill(long seed, int count) throws SQLException {
        Random r = new Random(seed);
        List<Map<String, Object>> units = new ArrayList<>(), rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = i < ODD_IDS.size() ? ODD_IDS.get(i) : "U" + Integer.toString(r.nextInt(1_000_000), 36) + "-" + i;
            String status = r.nextInt(10) == 0 ? "HpfAcsUnregistered" : "HpfAcsNormal";
            units.add(unitRow(id, "YQ0" + r.nextInt(3), status, "2023-01-05"));
            if (!status.equals("HpfAcsUnregistered") && r.nextInt(5) > 0) {
                int from = 1 + r.nextInt(12), months = r.nextInt(30);
                rows.addAll(paid(id, "2023-" + (from < 10 ? "0" : "") + from, hpf.compliance.core.Months.formatIndex(
                        hpf.compliance.core.Months.parseIndex("2023-" + (from < 10 ? "0" : "") + from) + months)));
            }
        }
        BatchSql.insert(store.db, StoreJdbcTest.UNIT, units);
        BatchSql.insert(store.db, StoreJdbcTest.REMITTANCE, rows);
        store.db.commit();
    }

    /** Reads a page on a connection of its own, as each reader thread has its transaction in Moqui. */
    PagedStoredRows.PageReader reader(AtomicInteger pagesRead) {
        return new PagedStoredRows.PageReader() {
            public <T> T read(ScreeningHost.SqlWork<T> work) throws Exception {
                pagesRead.incrementAndGet();
                try (Connection c = DriverManager.getConnection(store.url)) {
                    c.setAutoCommit(false);
                    return work.run(c);
                }
            }
        };
    }

    static <T> List<T> all(MergeJoinScreening.Source<T> s) {
        List<T> out = new ArrayList<>();
        for (T v = s.next(); v != null; v = s.next()) out.add(v);
        return out;
    }

    @Test
    void pagesGiveTheCursorsUnitsAndRowsInTheirOrder() throws Exception {
        for (long seed = 1; seed <= 6; seed++) {
            store.db.createStatement().execute("DELETE FROM UNIT_REMITTANCE");
            store.db.createStatement().execute("DELETE FROM EMPLOYER_UNIT");
            fill(seed, 40 + (int) seed * 23);
            for (boolean skip : new boolean[] {true, false}) {
                List<StoredUnit> units;
                List<StoredRemittance> rows;
                try (StoreCursor<StoredUnit> u = StoreCursor.units(store.db, StoreJdbcTest.UNIT, skip);
                     StoreCursor<StoredRemittance> r = StoreCursor.remittances(store.db, StoreJdbcTest.REMITTANCE)) {
                    units = all(u);
                    rows = all(r);
                }
                for (int pageUnits : new int[] {1, 2, 7, 50, 1000}) {
                    for (int readers : new int[] {1, 2, 3}) {
                        String seen = "seed " + seed + ", skip " + skip + ", " + pageUnits + " units a page, " + readers + " readers";
                        List<String> bounds = PagedStoredRows.bounds(store.db, StoreJdbcTest.UNIT, skip, pageUnits);
                        assertEquals((units.size() - 1) / pageUnits, bounds.size(), seen);
                        AtomicInteger pagesRead = new AtomicInteger();
                        try (PagedStoredRows paged = new PagedStoredRows(bounds, reader(pagesRead), StoreJdbcTest.UNIT,
                                StoreJdbcTest.REMITTANCE, skip, false, readers)) {
                            assertEquals(units, all(paged.units()), seen);
                            List<StoredRemittance> pagedRows = all(paged.remittances());
                            if (skip) { // rows of units left out are in no page, as they are matched to no unit either
                                java.util.Set<String> kept = new java.util.HashSet<>();
                                units.forEach(x -> kept.add(x.unitId()));
                                assertEquals(rows.stream().filter(x -> kept.contains(x.unitId())).toList(), pagedRows, seen);
                            } else {
                                assertEquals(rows, pagedRows, seen);
                            }
                        }
                        assertEquals(bounds.size() + 1, pagesRead.get(), seen + ": each page read once");
                    }
                }
            }
        }
    }

    @Test
    void theScreeningOfPagesIsTheScreeningOfCursors() throws Exception {
        fill(42, 300);
        StoredScreening.Settings settings = new StoredScreening.Settings(StoredScreeningTest.PLAN, true, null,
                StoredScreeningTest.STATUS, StoredScreeningTest.TYPES, java.util.Set.of("PROBE_1", "a-1", "9"));
        StoredScreening.Result byCursors;
        try (StoreCursor<StoredUnit> u = StoreCursor.units(store.db, StoreJdbcTest.UNIT, true);
             StoreCursor<StoredRemittance> r = StoreCursor.remittances(store.db, StoreJdbcTest.REMITTANCE)) {
            byCursors = StoredScreening.runStored(u, r, settings, null);
        }
        try (PagedStoredRows paged = new PagedStoredRows(PagedStoredRows.bounds(store.db, StoreJdbcTest.UNIT, true, 13),
                reader(new AtomicInteger()), StoreJdbcTest.UNIT, StoreJdbcTest.REMITTANCE, true, false, 2)) {
            StoredScreening.Result byPages = StoredScreening.runStored(paged.units(), paged.remittances(), settings, null);
            assertEquals(describe(byCursors), describe(byPages));
            assertTrue(byPages.targetCount() > 0 && byPages.alerts().size() > 0, "the scene has targets and new arrears: " + describe(byPages));
        }
    }

    static String describe(StoredScreening.Result r) {
        return List.of(r.units(), r.targetCount(), r.arrears(), r.stopped(), r.newArrears(), r.deferred(), r.noOpenDate())
                + " targets " + r.targets().stream().map(s -> s.unit().accountNo() + ":" + s.owedMonths() + ":" + s.amountOwed()).toList()
                + " cleared " + StoredScreeningTest.ids(r.cleared()) + " alerts " + StoredScreeningTest.ids(r.alerts())
                + " left " + StoredScreeningTest.ids(r.alertsLeft());
    }

    @Test
    void aFailedPageIsNamedAndStopsTheRead() throws Exception {
        fill(7, 60);
        List<String> bounds = PagedStoredRows.bounds(store.db, StoreJdbcTest.UNIT, false, 10);
        AtomicInteger n = new AtomicInteger();
        PagedStoredRows.PageReader failing = new PagedStoredRows.PageReader() {
            public <T> T read(ScreeningHost.SqlWork<T> work) throws Exception {
                if (n.incrementAndGet() == 3) throw new SQLException("disk gone");
                return reader(new AtomicInteger()).read(work);
            }
        };
        try (PagedStoredRows paged = new PagedStoredRows(bounds, failing, StoreJdbcTest.UNIT, StoreJdbcTest.REMITTANCE,
                false, false, 1)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> all(paged.units()));
            assertEquals("reading the stored rows failed in page 3 of 6: disk gone", e.getMessage());
        }
    }

    @Test
    void onlyAFewPagesAreReadAhead() throws Exception {
        // every unit with rows, so that the rows source is at most a page ahead of the units (it skips pages without rows)
        List<Map<String, Object>> units = new ArrayList<>(), rows = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            units.add(unitRow("U" + (100 + i), "YQ01", "HpfAcsNormal", "2023-01-05"));
            rows.addAll(paid("U" + (100 + i), "2024-01", "2024-03"));
        }
        BatchSql.insert(store.db, StoreJdbcTest.UNIT, units);
        BatchSql.insert(store.db, StoreJdbcTest.REMITTANCE, rows);
        store.db.commit();
        List<String> bounds = PagedStoredRows.bounds(store.db, StoreJdbcTest.UNIT, false, 1);
        AtomicInteger pagesRead = new AtomicInteger();
        int readers = 2;
        try (PagedStoredRows paged = new PagedStoredRows(bounds, reader(pagesRead), StoreJdbcTest.UNIT,
                StoreJdbcTest.REMITTANCE, false, false, readers)) {
            long[] consumed = {0};
            long merged = SameOrderMerge.run(paged.units(), StoredUnit::unitId, paged.remittances(), StoredRemittance::unitId,
                    (unit, itsRows) -> {
                        consumed[0]++;
                        try { Thread.sleep(2); } catch (InterruptedException e) { throw new IllegalStateException(e); } // let the readers run ahead
                        // a unit a page: the merge is on page `consumed`, the rows source at most a page further (its
                        // head row); pages are read up to readers + 1 beyond the slower source, and that page itself
                        assertTrue(pagesRead.get() <= consumed[0] + readers + 2, "pages read " + pagesRead.get() + " at unit " + consumed[0]);
                    });
            assertEquals(80, merged);
            assertEquals(80, pagesRead.get(), "every page read once");
        }
    }

    @Test
    void h2IsPagedAndTheBoundsAreTheDatabasesOrder() throws Exception {
        assertTrue(PagedStoredRows.suits(store.db));
        fill(5, 30);
        List<String> ordered = new ArrayList<>();
        try (StoreCursor<StoredUnit> u = StoreCursor.units(store.db, StoreJdbcTest.UNIT, false)) {
            for (StoredUnit v = u.next(); v != null; v = u.next()) ordered.add(v.unitId());
        }
        assertEquals(List.of(ordered.get(10), ordered.get(20)), PagedStoredRows.bounds(store.db, StoreJdbcTest.UNIT, false, 10));
        assertEquals(List.of(), PagedStoredRows.bounds(store.db, StoreJdbcTest.UNIT, false, 30), "one page");
    }
}
