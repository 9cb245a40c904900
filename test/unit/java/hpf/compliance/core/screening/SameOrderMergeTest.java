package hpf.compliance.core.screening;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import hpf.compliance.testing.Cases;
import hpf.compliance.testing.Gen;
import hpf.compliance.testing.Property;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SameOrderMergeTest {
    /** A row: the id of its unit and a label to tell rows apart. */
    record Row(String unitId, String label) { }

    static <T> MergeJoinScreening.Source<T> source(List<T> list) {
        Iterator<T> it = list.iterator();
        return () -> it.hasNext() ? it.next() : null;
    }

    /**
     * Roughly how glibc's en_US.UTF-8 sorts: letters and digits first, case and punctuation ignored, then the rest.
     * {@code PROBE_1} comes before {@code PROBEA} here; in Java's order it comes after.
     */
    static final Comparator<String> EN_US_LIKE = Comparator.<String, String>comparing(
            s -> s.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT)).thenComparing(Comparator.naturalOrder());

    static Map<String, List<String>> merge(List<String> unitIds, List<Row> rows) {
        Map<String, List<String>> got = new LinkedHashMap<>();
        SameOrderMerge.run(source(unitIds), u -> u, source(rows), Row::unitId,
                (u, group) -> assertNull(got.put(u, group.stream().map(Row::label).toList()), "unit " + u + " twice"));
        return got;
    }

    /** Units and rows sorted by {@code order}, rows of one unit in the given (arbitrary) order among themselves. */
    static List<Row> sorted(List<Row> rows, Comparator<String> order) {
        List<Row> r = new ArrayList<>(rows);
        r.sort(Comparator.comparing(Row::unitId, order)); // stable: a unit's rows keep their order
        return r;
    }

    @Test
    void matchesUnderAnOrderJavaDoesNotShare() {
        List<String> ids = new ArrayList<>(List.of("PROBE_1", "PROBEA", "a-1", "A_2", "10", "9", "a1", "B"));
        ids.sort(EN_US_LIKE);
        assertNotEquals(ids.stream().sorted().toList(), ids, "the order differs from Java's, or the test proves nothing");
        List<Row> rows = sorted(List.of(new Row("PROBEA", "pa1"), new Row("PROBE_1", "p1"), new Row("9", "n9"),
                new Row("a-1", "x"), new Row("PROBEA", "pa2"), new Row("10", "n10"), new Row("A_2", "y")), EN_US_LIKE);
        Map<String, List<String>> got = merge(ids, rows);
        assertEquals(ids, List.copyOf(got.keySet()), "every unit once, in the units' order");
        assertEquals(List.of("pa1", "pa2"), got.get("PROBEA"));
        assertEquals(List.of("p1"), got.get("PROBE_1"));
        assertEquals(List.of("x"), got.get("a-1"));
        assertEquals(List.of("y"), got.get("A_2"));
        assertEquals(List.of("n10"), got.get("10"));
        assertEquals(List.of("n9"), got.get("9"));
        assertEquals(List.of(), got.get("a1"));
        assertEquals(List.of(), got.get("B"));
    }

    @Test
    void theKeyComparingMergeStopsOnTheSameInput() {
        // what the service did before: the merge-join compared ids the Java way and stopped on the database's order
        List<String> ids = new ArrayList<>(List.of("PROBE_1", "PROBEA"));
        ids.sort(EN_US_LIKE);
        assertEquals(List.of("PROBE_1", "PROBEA"), ids);
        List<hpf.compliance.core.account.UnitAccount> units = ids.stream()
                .map(id -> Fixtures.unit(id, "东城", hpf.compliance.core.account.AccountStatus.NORMAL, "2025-12-01", null, "100", 1))
                .toList();
        assertThrows(UnsortedInputException.class, () -> MergeJoinScreening.run(source(units), source(List.of()),
                Fixtures.PLAN, r -> { }));
    }

    @Test
    void emptyInputs() {
        assertEquals(Map.of(), merge(List.of(), List.of()));
        assertEquals(Map.of("A", List.of()), merge(List.of("A"), List.of()));
    }

    @Test
    void aRowWhoseUnitIsMissingStopsTheRunNamingIt() {
        UnmatchedRowsException e = assertThrows(UnmatchedRowsException.class, () -> merge(List.of("A", "C"),
                List.of(new Row("A", "a"), new Row("B", "b1"), new Row("B", "b2"), new Row("C", "c"))));
        assertEquals("B", e.key());
        assertEquals(3, e.count(), "B's rows and C's, which never met their unit");
        assertTrue(e.getMessage().contains("B"), e.getMessage());
    }

    @Test
    void inputsSortedDifferentlyAreDetected() {
        // units in one order, rows in another: a row waits for a unit that has already gone by
        UnmatchedRowsException e = assertThrows(UnmatchedRowsException.class, () -> merge(List.of("A", "B", "C"),
                List.of(new Row("B", "b"), new Row("A", "a"), new Row("C", "c"))));
        assertEquals("A", e.key());
    }

    @Test
    void aUnitsRowsAreHandedOverTogetherAndTheListIsReused() {
        List<List<Row>> seen = new ArrayList<>();
        SameOrderMerge.run(source(List.of("A", "B")), u -> u,
                source(List.of(new Row("A", "1"), new Row("A", "2"), new Row("B", "3"))), Row::unitId,
                (u, group) -> seen.add(group));
        assertSame(seen.get(0), seen.get(1), "one list for every unit: a handler copies what it keeps");
    }

    /** Characters that sort differently under collations: case, punctuation, digits, spaces, CJK. */
    static final String ID_ALPHABET = "aAbBzZ019_-. /#Ää单位甲";

    /**
     * Random units (1..60, a third without rows) with 0..4 rows each and an arbitrary total order on their ids — the
     * most general "database order": a random permutation of the distinct ids. Boundaries: no units; one unit; ids
     * that differ only in case or punctuation, under the en_US-like order and its reverse.
     */
    static Stream<Arguments> populations() {
        return Cases.of(300)
                .boundary(List.of(), Map.of(), List.of())
                .boundary(List.of("A"), Map.of("A", 1), List.of("A"))
                .boundary(List.of("a", "A", "a-", "A_", "_a"), Map.of("a", 1, "A", 2, "A_", 1),
                        List.of("A", "A_", "_a", "a", "a-").stream().sorted(EN_US_LIKE).toList())
                .boundary(List.of("a", "A", "a-", "A_", "_a"), Map.of("a", 1, "A", 2, "A_", 1),
                        List.of("A", "A_", "_a", "a", "a-").stream().sorted(EN_US_LIKE.reversed()).toList())
                .random(g -> {
                    LinkedHashSet<String> ids = new LinkedHashSet<>();
                    int n = g.between(1, 60);
                    while (ids.size() < n) ids.add(g.string(1, 6, ID_ALPHABET));
                    Map<String, Integer> rowsPerUnit = new HashMap<>();
                    for (String id : ids) if (!g.chance(33)) rowsPerUnit.put(id, g.between(1, 4));
                    List<String> order = new ArrayList<>(ids);
                    Collections.shuffle(order, new java.util.Random(g.random().nextLong()));
                    return arguments(List.copyOf(ids), rowsPerUnit, order);
                });
    }

    @Property
    @MethodSource("populations")
    void everyUnitGetsExactlyItsRowsUnderAnyOrder(List<String> ids, Map<String, Integer> rowsPerUnit, List<String> order) {
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < order.size(); i++) rank.put(order.get(i), i);
        Comparator<String> dbOrder = Comparator.comparing(rank::get);
        List<Row> rows = new ArrayList<>();
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (String id : ids) {
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < rowsPerUnit.getOrDefault(id, 0); i++) {
                labels.add(id + "#" + i);
                rows.add(new Row(id, id + "#" + i));
            }
            expected.put(id, labels);
        }
        Collections.reverse(rows); // rows arrive interleaved before sorting, as a table scan would give them
        List<String> units = ids.stream().sorted(dbOrder).toList();
        Map<String, List<String>> got = merge(units, sorted(rows, dbOrder));
        assertEquals(units, List.copyOf(got.keySet()));
        for (String id : ids) {
            List<String> want = new ArrayList<>(expected.get(id));
            List<String> have = new ArrayList<>(got.get(id));
            Collections.sort(want);
            Collections.sort(have);
            assertEquals(want, have, "rows of " + id);
        }
    }
}
