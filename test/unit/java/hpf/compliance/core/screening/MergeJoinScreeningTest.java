package hpf.compliance.core.screening;

import static hpf.compliance.core.screening.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import hpf.compliance.core.account.AccountStatus;
import hpf.compliance.core.account.BusinessType;
import hpf.compliance.core.account.RemittanceLine;
import hpf.compliance.core.account.UnitAccount;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeJoinScreeningTest {
    static <T> MergeJoinScreening.Source<T> source(List<T> list) {
        Iterator<T> it = list.iterator();
        return () -> it.hasNext() ? it.next() : null;
    }

    static final class Collect implements MergeJoinScreening.Listener {
        final List<UnitScreening> results = new ArrayList<>();
        final List<RemittanceLine> orphans = new ArrayList<>();
        final List<UnitAccount> duplicates = new ArrayList<>();

        @Override public void screened(UnitScreening r) { results.add(r); }

        @Override public void orphanRemittance(RemittanceLine l) { orphans.add(l); }

        @Override public void duplicateUnit(UnitAccount u) { duplicates.add(u); }
    }

    private static UnitAccount u(String account) {
        return unit(account, "东城", AccountStatus.NORMAL, "2025-12-01", null, "100", 1);
    }

    private static RemittanceLine paid(String account, String month) {
        return line(account, month, BusinessType.REGULAR, "100", "100");
    }

    @Test
    void joinsEachUnitWithItsOwnRecordsAndReportsOrphans() {
        List<UnitAccount> units = List.of(u("A1"), u("A3"), u("A5"));
        List<RemittanceLine> rems = List.of(paid("A0", "2025-12"), paid("A1", "2025-12"), paid("A1", "2026-01"),
                paid("A1", "2026-02"), paid("A2", "2026-01"), paid("A5", "2026-02"), paid("A9", "2026-02"));
        Collect c = new Collect();
        MergeJoinScreening.run(source(units), source(rems), PLAN, c);
        assertEquals(List.of("A1", "A3", "A5"), c.results.stream().map(r -> r.unit().accountNo()).toList());
        assertEquals(Outcome.CLEAR, c.results.get(0).outcome());
        assertEquals(3, c.results.get(1).owedMonths(), "a unit without records owes every month");
        assertEquals(2, c.results.get(2).owedMonths());
        assertEquals(List.of("A0", "A2", "A9"), c.orphans.stream().map(RemittanceLine::accountNo).toList());
    }

    @Test
    void duplicateUnitIsReportedAndNotScreenedTwice() {
        Collect c = new Collect();
        MergeJoinScreening.run(source(List.of(u("A1"), u("A1"), u("A2"))), source(List.of()), PLAN, c);
        assertEquals(2, c.results.size());
        assertEquals(1, c.duplicates.size());
    }

    @Test
    void unsortedInputsAreDetected() {
        UnsortedInputException e = assertThrows(UnsortedInputException.class,
                () -> MergeJoinScreening.run(source(List.of(u("A2"), u("A1"))), source(List.of()), PLAN, new Collect()));
        assertEquals(UnsortedInputException.Input.UNITS, e.input());
        UnsortedInputException r = assertThrows(UnsortedInputException.class, () -> MergeJoinScreening.run(
                source(List.of(u("A1"), u("A2"))), source(List.of(paid("A2", "2026-01"), paid("A1", "2026-01"))), PLAN, new Collect()));
        assertEquals(UnsortedInputException.Input.REMITTANCES, r.input());
    }

    @Test
    void externalSortRestoresAccountOrderAcrossRuns(@TempDir Path dir) {
        List<UnitAccount> units = new ArrayList<>();
        List<RemittanceLine> rems = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String acc = String.format("A%04d", i);
            units.add(u(acc));
            if (i % 3 != 0) for (String m : List.of("2025-12", "2026-01", "2026-02")) rems.add(paid(acc, m));
        }
        Collect sorted = new Collect();
        MergeJoinScreening.run(source(units), source(rems), PLAN, sorted);

        List<UnitAccount> shuffledUnits = new ArrayList<>(units);
        List<RemittanceLine> shuffledRems = new ArrayList<>(rems);
        Collections.shuffle(shuffledUnits, new Random(1));
        Collections.shuffle(shuffledRems, new Random(2));
        Collect viaSort = new Collect();
        try (ExternalSorter<UnitAccount> us = new ExternalSorter<>(AccountCodecs.UNIT_ORDER, AccountCodecs.UNIT, 37, dir);
             ExternalSorter<RemittanceLine> rs = new ExternalSorter<>(AccountCodecs.REMITTANCE_ORDER, AccountCodecs.REMITTANCE, 101, dir)) {
            MergeJoinScreening.run(us.sort(source(shuffledUnits)), rs.sort(source(shuffledRems)), PLAN, viaSort);
        }
        assertEquals(sorted.results, viaSort.results);
        assertEquals(0, dir.toFile().list().length, "run files are deleted");
    }

    @Test
    void codecsRoundTripEveryField(@TempDir Path dir) {
        UnitAccount full = new UnitAccount("A1", "甲", "91350100M000100Y43", "东城", AccountStatus.SEALED,
                java.time.LocalDate.of(2020, 1, 2), java.time.LocalDate.of(2024, 3, 4), 9, 12345,
                new java.math.BigDecimal("0.12"), new java.math.BigDecimal("0.05"), "法人", "经办", "138", 15, "2024-02", 7);
        UnitAccount sparse = UnitAccount.of("A0", null, "西城", AccountStatus.NORMAL, java.time.LocalDate.of(2020, 1, 2), null, 0,
                java.math.BigDecimal.ZERO);
        RemittanceLine r = new RemittanceLine("A1", 24290, BusinessType.BACK_PAYMENT, 1, 2, java.time.LocalDate.of(2024, 1, 1), 3);
        RemittanceLine r2 = new RemittanceLine("A0", 24290, BusinessType.REGULAR, 1, 2, null, 4);
        try (ExternalSorter<UnitAccount> us = new ExternalSorter<>(AccountCodecs.UNIT_ORDER, AccountCodecs.UNIT, 1, dir);
             ExternalSorter<RemittanceLine> rs = new ExternalSorter<>(AccountCodecs.REMITTANCE_ORDER, AccountCodecs.REMITTANCE, 1, dir)) {
            MergeJoinScreening.Source<UnitAccount> su = us.sort(source(List.of(full, sparse)));
            assertEquals(sparse, su.next());
            assertEquals(full, su.next());
            assertNull(su.next());
            MergeJoinScreening.Source<RemittanceLine> sr = rs.sort(source(List.of(r, r2)));
            assertEquals(r2, sr.next());
            assertEquals(r, sr.next());
        }
    }
}
