package hpf.compliance.core.screening;

import static hpf.compliance.core.screening.StoredScreeningTest.*;
import static org.junit.jupiter.api.Assertions.*;

import hpf.compliance.core.Months;
import hpf.compliance.core.account.AccountStatus;
import hpf.compliance.core.account.BusinessType;
import hpf.compliance.core.account.Money;
import hpf.compliance.core.account.RemittanceLine;
import hpf.compliance.core.account.UnitAccount;
import hpf.compliance.core.screening.store.BatchSql;
import hpf.compliance.core.screening.store.PaidThroughStore;
import hpf.compliance.core.screening.store.ScreeningWriter;
import hpf.compliance.core.screening.store.TableMap;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The paid-through recompute with JDBC (core PaidThroughStore) against an in-memory H2 with the tables shaped as Moqui
 * creates them: the months are those the former entity-facade script computed, in both ways of reading (IN lists and
 * the full pass), only changed units are written, with their lastUpdatedStamp.
 */
class PaidThroughStoreTest {
    static final YearMonth ASSESS = YearMonth.of(2026, 2);
    static final Timestamp BEFORE = Timestamp.valueOf("2026-01-01 08:00:00");
    static final Timestamp NOW = Timestamp.valueOf("2026-03-10 09:30:00");
    static final TableMap UNIT = StoreJdbcTest.table("EMPLOYER_UNIT", "unitId", "accountStatusEnumId", "openedDate",
            "sealedClosedDate", "monthlyDueAmount", "paidThroughMonth", "lastUpdatedStamp");
    static final TableMap REMITTANCE = StoreJdbcTest.table("UNIT_REMITTANCE", "unitId", "remitMonth", "remitTypeEnumId",
            "dueAmount", "paidAmount", "paidDate");

    Connection db;
    int transactions;

    @BeforeEach
    void open() throws SQLException {
        db = DriverManager.getConnection("jdbc:h2:mem:paidthru" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE EMPLOYER_UNIT (UNIT_ID VARCHAR(40) PRIMARY KEY, ACCOUNT_STATUS_ENUM_ID VARCHAR(40),"
                    + " OPENED_DATE DATE, SEALED_CLOSED_DATE DATE, MONTHLY_DUE_AMOUNT NUMERIC(24,4), PAID_THROUGH_MONTH VARCHAR(63),"
                    + " LAST_UPDATED_STAMP TIMESTAMP)");
            s.execute("CREATE TABLE UNIT_REMITTANCE (UNIT_ID VARCHAR(40), REMIT_MONTH VARCHAR(63), REMIT_TYPE_ENUM_ID VARCHAR(40),"
                    + " DUE_AMOUNT NUMERIC(24,4), PAID_AMOUNT NUMERIC(24,4), PAID_DATE DATE,"
                    + " PRIMARY KEY (UNIT_ID, REMIT_MONTH, REMIT_TYPE_ENUM_ID))");
        }
    }

    @AfterEach
    void close() throws SQLException {
        try (Statement s = db.createStatement()) { s.execute("SHUTDOWN"); } catch (SQLException ignored) { }
        db.close();
    }

    static Map<String, Object> unit(String id, String statusEnumId, String opened, String paidThrough) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("unitId", id);
        r.put("accountStatusEnumId", statusEnumId);
        r.put("openedDate", opened == null ? null : java.sql.Date.valueOf(opened));
        r.put("sealedClosedDate", null);
        r.put("monthlyDueAmount", new BigDecimal("1000.0000"));
        r.put("paidThroughMonth", paidThrough);
        r.put("lastUpdatedStamp", BEFORE);
        return r;
    }

    /** The enumerations as Moqui holds them: codes the core does not know map to null (fromText), as 封存 of the remittance types. */
    PaidThroughStore store() {
        Map<String, AccountStatus> status = new HashMap<>(STATUS);
        status.put("HpfAcsX", null);
        Map<String, BusinessType> types = new HashMap<>(TYPES);
        types.put("HpfRtSeal", null);
        return new PaidThroughStore(UNIT, REMITTANCE, new UnitScreener(ScreeningParams.of(ASSESS, ASSESS,
                ScreeningParams.DEFAULT_STOP_MONTHS)), status, types);
    }

    /** Each piece of work in a "transaction" of its own: committed on the test's connection. */
    ScreeningWriter.Tx tx() {
        return work -> {
            transactions++;
            try {
                work.run(db);
                db.commit();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** A unit with a gap, one already right, one paid up, none without an opening date or rows, ids a collation reorders. */
    void fill() throws SQLException {
        List<Map<String, Object>> units = List.of(
                unit("GAP", "HpfAcsNormal", "2023-01-05", "2026-02"),
                unit("SAME", "HpfAcsNormal", "2023-01-05", "2024-12"),
                unit("PROBE_1", "HpfAcsNormal", "2023-01-05", null),
                unit("PROBEA", "HpfAcsSealed", "2023-01-05", "2023-01"),
                unit("NODATE", "HpfAcsNormal", null, "2020-01"),
                unit("NOROWS", "HpfAcsNormal", "2023-01-05", "2021-07"),
                unit("OTHER", "HpfAcsNormal", "2023-01-05", "2019-01"));
        List<Map<String, Object>> rems = new ArrayList<>();
        rems.addAll(paid("GAP", "2023-01", "2024-05"));
        rems.addAll(paid("GAP", "2024-07", "2026-02"));
        rems.add(remRow("GAP", "2024-06", "HpfRtRegular", "1000.00", "400.00"));
        rems.addAll(paid("SAME", "2023-01", "2024-12"));
        rems.addAll(paid("PROBE_1", "2023-01", "2026-02"));
        rems.addAll(paid("PROBEA", "2023-01", "2024-03"));
        rems.addAll(paid("NODATE", "2023-01", "2026-02"));
        rems.addAll(paid("OTHER", "2023-01", "2026-02"));
        BatchSql.insert(db, UNIT, units);
        BatchSql.insert(db, REMITTANCE, rems);
        db.commit();
    }

    static final List<String> ASKED = Arrays.asList("GAP", "SAME", "PROBE_1", "PROBEA", "NODATE", "NOROWS", "GAP", null, "");

    @Test
    void inListsGiveTheMonthsOfTheRuleAndWriteOnlyChangedUnits() throws SQLException {
        fill();
        PaidThroughStore.Outcome out = store().run(ASKED, tx(), NOW, null, PaidThroughStore.FULL_SCAN_MIN);
        assertFalse(out.fullScan());
        assertChanged(out);
        assertEquals(1, transactions, "6 distinct ids: one IN list, one transaction");
        assertEquals(6, out.unitsRead());
    }

    @Test
    void theFullPassGivesTheSameAndSkipsUnitsNotAsked() throws SQLException {
        fill();
        PaidThroughStore.Outcome out = store().run(ASKED, tx(), NOW, null, 1);
        assertTrue(out.fullScan());
        assertChanged(out);
        assertEquals(7, out.unitsRead(), "every unit read, OTHER skipped");
        assertEquals(2, transactions, "the read, then one batch of writes");
    }

    void assertChanged(PaidThroughStore.Outcome out) throws SQLException {
        Map<String, Object[]> stored = stored();
        assertEquals("2024-05", stored.get("GAP")[0], "paid through the month before the gap");
        assertEquals("2026-02", stored.get("PROBE_1")[0]);
        assertEquals("2024-03", stored.get("PROBEA")[0]);
        for (String id : List.of("GAP", "PROBE_1", "PROBEA")) assertEquals(NOW, stored.get(id)[1], id + " written with its stamp");
        assertEquals("2024-12", stored.get("SAME")[0]);
        assertEquals("2020-01", stored.get("NODATE")[0]);
        assertEquals("2021-07", stored.get("NOROWS")[0]);
        assertEquals("2019-01", stored.get("OTHER")[0]);
        for (String id : List.of("SAME", "NODATE", "NOROWS", "OTHER")) assertEquals(BEFORE, stored.get(id)[1], id + " not written");
        assertEquals(3, out.updated());
        assertEquals(List.of("GAP", "PROBEA", "PROBE_1"), out.changedUnitIds().stream().sorted().toList());
        assertEquals(out.fullScan() ? 191 : 153, out.rowsRead(), "the rows of the units asked (38 + 24 + 38 + 15 + 38), or all of them");
    }

    @Test
    void nothingAskedNothingDone() {
        PaidThroughStore.Outcome out = store().run(Arrays.asList(null, ""), tx(), NOW, null, 1);
        assertEquals(0, out.updated());
        assertEquals(0, transactions);
    }

    /** A seeded random city: both ways give exactly the months the former facade script gave, and a second run writes nothing. */
    @Test
    void sameMonthsAsTheFormerScriptOnARandomCity() throws SQLException {
        long seed = System.nanoTime();
        Random rnd = new Random(seed);
        String[] statuses = {"HpfAcsNormal", "HpfAcsSealed", "HpfAcsClosed", "HpfAcsDeferred", "HpfAcsOpening", null, "HpfAcsX"};
        String[] types = {"HpfRtRegular", "HpfRtRegular", "HpfRtRegular", "HpfRtBackPay", null};
        List<Map<String, Object>> units = new ArrayList<>();
        List<Map<String, Object>> rems = new ArrayList<>();
        for (int u = 0; u < 2500; u++) {
            String id = (rnd.nextBoolean() ? "U" : rnd.nextBoolean() ? "u_" : "U-") + u;
            YearMonth opened = YearMonth.of(2021 + rnd.nextInt(6), 1 + rnd.nextInt(12));
            Map<String, Object> row = unit(id, statuses[rnd.nextInt(statuses.length)], rnd.nextInt(30) == 0 ? null
                    : opened.atDay(1 + rnd.nextInt(28)).toString(), rnd.nextInt(4) == 0 ? null : Months.format(opened.plusMonths(rnd.nextInt(40))));
            if (rnd.nextInt(8) == 0) row.put("sealedClosedDate", java.sql.Date.valueOf(opened.plusMonths(rnd.nextInt(40)).atDay(10)));
            if (rnd.nextInt(10) == 0) row.put("monthlyDueAmount", null);
            units.add(row);
            int months = rnd.nextInt(20) == 0 ? 0 : rnd.nextInt(50);
            Map<String, Map<String, Object>> byKey = new LinkedHashMap<>();
            for (int m = 0; m < months; m++) {
                YearMonth month = opened.plusMonths(rnd.nextInt(45) - 3);
                String type = types[rnd.nextInt(types.length)];
                if (type == null) type = "HpfRtUnknown"; // a type the enumeration map does not know: regular
                String due = rnd.nextInt(10) == 0 ? null : rnd.nextBoolean() ? "1000.00" : "800.50";
                String paid = rnd.nextInt(6) == 0 ? "0.00" : rnd.nextInt(6) == 0 ? "300.25" : due;
                byKey.put(Months.format(month) + "/" + type, remRow(id, Months.format(month), type, due, paid));
            }
            rems.addAll(byKey.values());
        }
        BatchSql.insert(db, UNIT, units);
        BatchSql.insert(db, REMITTANCE, rems);
        db.commit();
        Map<String, String> expected = formerScript(units, rems);
        List<String> ids = units.stream().map(r -> (String) r.get("unitId")).toList();
        try {
            PaidThroughStore.Outcome first = store().run(ids, tx(), NOW, null, PaidThroughStore.FULL_SCAN_MIN);
            assertEquals(expected.size(), first.updated());
            Map<String, Object[]> stored = stored();
            for (Map<String, Object> u : units) {
                String id = (String) u.get("unitId");
                assertEquals(expected.getOrDefault(id, (String) u.get("paidThroughMonth")), stored.get(id)[0], id);
            }
            assertTrue(first.updated() > 100, "the city changes many units: " + first.updated());
            assertEquals(0, store().run(ids, tx(), NOW, null, PaidThroughStore.FULL_SCAN_MIN).updated(), "IN lists: nothing left to change");
            assertEquals(0, store().run(ids, tx(), NOW, null, 1).updated(), "full pass: nothing left to change");
            // back to the stored months of before, then the full pass
            BatchSql.update(db, UNIT, "unitId", units.stream().map(u -> Map.of("unitId", u.get("unitId"),
                    "paidThroughMonth", u.get("paidThroughMonth") == null ? "" : u.get("paidThroughMonth"))).toList());
            try (Statement s = db.createStatement()) { s.execute("UPDATE EMPLOYER_UNIT SET PAID_THROUGH_MONTH = NULL WHERE PAID_THROUGH_MONTH = ''"); }
            db.commit();
            PaidThroughStore.Outcome scan = store().run(ids, tx(), NOW, null, 1);
            assertEquals(expected.size(), scan.updated());
            stored = stored();
            for (Map<String, Object> u : units) {
                String id = (String) u.get("unitId");
                assertEquals(expected.getOrDefault(id, (String) u.get("paidThroughMonth")), stored.get(id)[0], id);
            }
        } catch (AssertionError e) {
            throw new AssertionError("seed " + seed + ": " + e.getMessage(), e);
        }
    }

    /** The former update#UnitsPaidThrough script's computation over maps (entity values): the units whose month changes. */
    static Map<String, String> formerScript(List<Map<String, Object>> units, List<Map<String, Object>> rems) {
        UnitScreener screener = new UnitScreener(ScreeningParams.of(ASSESS, ASSESS, ScreeningParams.DEFAULT_STOP_MONTHS));
        Map<String, List<RemittanceLine>> linesByUnit = new HashMap<>();
        for (Map<String, Object> r : rems) {
            BusinessType type = TYPES.get((String) r.get("remitTypeEnumId"));
            linesByUnit.computeIfAbsent((String) r.get("unitId"), k -> new ArrayList<>()).add(new RemittanceLine((String) r.get("unitId"),
                    Months.parseIndex((String) r.get("remitMonth")), type == null ? BusinessType.REGULAR : type,
                    Money.toCents((BigDecimal) r.get("dueAmount")), Money.toCents((BigDecimal) r.get("paidAmount")), null, 0L));
        }
        Map<String, String> changed = new TreeMap<>();
        for (Map<String, Object> u : units) {
            List<RemittanceLine> lines = linesByUnit.get((String) u.get("unitId"));
            if (u.get("openedDate") == null || lines == null || lines.isEmpty()) continue;
            AccountStatus status = u.get("accountStatusEnumId") == null ? null : STATUS.get((String) u.get("accountStatusEnumId"));
            java.sql.Date sealed = (java.sql.Date) u.get("sealedClosedDate");
            UnitAccount account = UnitAccount.of((String) u.get("unitId"), null, null, status == null ? AccountStatus.OTHER : status,
                    ((java.sql.Date) u.get("openedDate")).toLocalDate(), sealed == null ? null : sealed.toLocalDate(), 0,
                    u.get("monthlyDueAmount") == null ? BigDecimal.ZERO : (BigDecimal) u.get("monthlyDueAmount"));
            String month = Months.formatIndex(screener.paidThroughIndex(account, lines));
            if (!month.equals(u.get("paidThroughMonth"))) changed.put((String) u.get("unitId"), month);
        }
        return changed;
    }

    Map<String, Object[]> stored() throws SQLException {
        Map<String, Object[]> out = new HashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT UNIT_ID, PAID_THROUGH_MONTH, LAST_UPDATED_STAMP FROM EMPLOYER_UNIT")) {
            while (rs.next()) out.put(rs.getString(1), new Object[]{rs.getString(2), rs.getTimestamp(3)});
        }
        return out;
    }
}
