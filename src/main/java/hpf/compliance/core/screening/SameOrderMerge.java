package hpf.compliance.core.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Joins units with their rows (remittances) when both streams arrive in one and the same order that this code does
 * not need to know: the database's order for {@code ORDER BY unitId}, whatever the database's collation.
 *
 * <p><b>Why not compare keys.</b> A merge-join that compares keys ({@link MergeJoinScreening}) must compare them the way
 * the database sorted them. Java's {@code String.compareTo} is the C collation; a PostgreSQL database created with a
 * locale such as {@code en_US.UTF-8} ignores case and punctuation at first, so it returns {@code PROBE_1} before
 * {@code PROBEA} where Java expects the opposite, and MySQL, SQL Server or Oracle each have their own rules. The
 * database's comparator cannot be reproduced portably in Java, and ordering by a column whose order is the same
 * everywhere would need a new numeric key on units copied onto every remittance, while sorting on the Java side would
 * spill millions of rows to disk on every run.
 *
 * <p><b>What this relies on instead.</b> Two facts that hold for any collation:
 * <ol>
 *   <li>Both streams are sorted by the same database with the same {@code ORDER BY} on columns of the same type and
 *       collation (the unit's id, and the remittance's reference to it), so the units' ids and the rows' ids come in
 *       the same relative order, and all rows of one id are adjacent (an ordering places equal keys together).</li>
 *   <li>Every row's unit is in the unit stream (the caller reads all units and filters in Java; the foreign key of
 *       remittances to units guarantees the rest).</li>
 * </ol>
 * Then the rows of the current unit, if it has any, are at the head of the row stream, and an equality test is all
 * the merge needs: the unit stream itself defines the order. One unit's rows are held at a time.
 *
 * <p><b>When the assumption fails</b> (a row whose unit is missing, or two columns sorted under different collations),
 * the head row never matches a later unit and is still there when the units run out: {@link #run} then throws
 * {@link UnmatchedRowsException} naming it. Results handed out before are wrong for the units in between, so a caller
 * must not store anything before {@code run} returns (the screening service writes only after its read pass).
 */
public final class SameOrderMerge {
    private SameOrderMerge() {}

    /** Receives each unit with its rows; the list is reused for the next unit, so copy it to keep it. */
    @FunctionalInterface
    public interface Handler<U, R> {
        void group(U unit, List<R> rows);
    }

    /** Hands every unit of {@code units} with its rows to {@code handler}, in the units' order; returns the unit count. */
    public static <U, R> long run(MergeJoinScreening.Source<U> units, Function<? super U, String> unitKey,
                                  MergeJoinScreening.Source<R> rows, Function<? super R, String> rowKey,
                                  Handler<? super U, R> handler) {
        List<R> group = new ArrayList<>(64);
        R head = rows.next();
        long count = 0;
        for (U unit = units.next(); unit != null; unit = units.next()) {
            String key = Objects.requireNonNull(unitKey.apply(unit), "unit without a key");
            group.clear();
            while (head != null && key.equals(rowKey.apply(head))) {
                group.add(head);
                head = rows.next();
            }
            handler.group(unit, group);
            count++;
        }
        if (head != null) {
            String key = rowKey.apply(head);
            long left = 0;
            for (R r = head; r != null; r = rows.next()) left++;
            throw new UnmatchedRowsException(key, left);
        }
        return count;
    }
}
