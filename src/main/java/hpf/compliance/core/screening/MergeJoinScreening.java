package hpf.compliance.core.screening;

import hpf.compliance.core.account.RemittanceLine;
import hpf.compliance.core.account.UnitAccount;
import java.util.ArrayList;
import java.util.List;

/**
 * Screens a whole population in one pass over two inputs sorted by account number (String order), holding only one
 * unit's records at a time — the path for files of millions of units and for the Moqui service reading the database
 * with {@code order-by unitAccountNo}. Unsorted input is detected and reported, never silently mis-joined.
 */
public final class MergeJoinScreening {
    private MergeJoinScreening() {}

    /** A pull source: returns null at the end. Readers' {@code next} methods fit ({@code reader::next}). */
    @FunctionalInterface
    public interface Source<T> {
        T next();
    }

    public interface Listener {
        void screened(UnitScreening result);

        /** A remittance record whose account is not among the units. */
        default void orphanRemittance(RemittanceLine line) { }

        /** A unit whose account number repeats a previous unit's; it is not screened. */
        default void duplicateUnit(UnitAccount unit) { }
    }

    public static void run(Source<UnitAccount> units, Source<RemittanceLine> remittances, ScreeningParams params,
                           Listener listener) {
        UnitScreener screener = new UnitScreener(params);
        RemittanceCursor rem = new RemittanceCursor(remittances);
        List<RemittanceLine> group = new ArrayList<>(64);
        String previous = null;
        for (UnitAccount u = units.next(); u != null; u = units.next()) {
            String account = u.accountNo();
            if (previous != null) {
                int c = account.compareTo(previous);
                if (c == 0) {
                    listener.duplicateUnit(u);
                    continue;
                }
                if (c < 0) throw new UnsortedInputException(UnsortedInputException.Input.UNITS, account, previous, u.sourceLine());
            }
            while (rem.current != null && rem.current.accountNo().compareTo(account) < 0) {
                listener.orphanRemittance(rem.current);
                rem.advance();
            }
            group.clear();
            while (rem.current != null && rem.current.accountNo().equals(account)) {
                group.add(rem.current);
                rem.advance();
            }
            listener.screened(screener.screen(u, group));
            previous = account;
        }
        while (rem.current != null) {
            listener.orphanRemittance(rem.current);
            rem.advance();
        }
    }

    private static final class RemittanceCursor {
        private final Source<RemittanceLine> source;
        RemittanceLine current;

        RemittanceCursor(Source<RemittanceLine> source) {
            this.source = source;
            this.current = source.next();
        }

        void advance() {
            RemittanceLine prev = current;
            current = source.next();
            if (current != null && current.accountNo() != prev.accountNo()
                    && current.accountNo().compareTo(prev.accountNo()) < 0) {
                throw new UnsortedInputException(UnsortedInputException.Input.REMITTANCES, current.accountNo(),
                        prev.accountNo(), current.sourceLine());
            }
        }
    }
}
