package hpf.compliance.core.screening;

import hpf.compliance.core.account.BusinessType;
import hpf.compliance.core.account.RemittanceCursor;
import hpf.compliance.core.account.RemittanceGroup;
import hpf.compliance.core.account.RemittanceLine;
import hpf.compliance.core.account.UnitAccount;

/**
 * Screens a whole population in one pass over two inputs sorted by account number (String order), holding only one
 * unit's records at a time — the path for files of millions of units and for the Moqui service reading the database
 * with {@code order-by unitAccountNo}. Unsorted input is detected and reported, never silently mis-joined. The
 * remittances are read through a {@link RemittanceCursor}, so a reader that keeps its rows as columns needs no object
 * per row; a unit's records are gathered as columns too ({@link RemittanceGroup}).
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
        run(units, cursor(remittances), params, listener);
    }

    public static void run(Source<UnitAccount> units, RemittanceCursor remittances, ScreeningParams params,
                           Listener listener) {
        UnitScreener screener = new UnitScreener(params);
        Remittances rem = new Remittances(remittances);
        RemittanceGroup group = new RemittanceGroup();
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
            while (rem.account != null && rem.account != account && rem.account.compareTo(account) < 0) {
                listener.orphanRemittance(rem.cursor.line());
                rem.advance();
            }
            group.clear();
            while (rem.account != null && (rem.account == account || rem.account.equals(account))) {
                rem.cursor.addRun(group);
                rem.advance();
            }
            listener.screened(screener.screen(u, group));
            previous = account;
        }
        while (rem.account != null) {
            listener.orphanRemittance(rem.cursor.line());
            rem.advance();
        }
    }

    /** The records of a pull source, one at a time. */
    public static RemittanceCursor cursor(Source<RemittanceLine> source) {
        return new RemittanceCursor() {
            private RemittanceLine l;

            @Override public boolean advance() { return (l = source.next()) != null; }

            @Override public String accountNo() { return l.accountNo(); }

            @Override public int monthIndex() { return l.monthIndex(); }

            @Override public BusinessType type() { return l.type(); }

            @Override public long dueCents() { return l.dueCents(); }

            @Override public long paidCents() { return l.paidCents(); }

            @Override public long sourceLine() { return l.sourceLine(); }

            @Override public RemittanceLine line() { return l; }
        };
    }

    /** The cursor with its current account (null at the end), checked to be in order. */
    private static final class Remittances {
        final RemittanceCursor cursor;
        String account;

        Remittances(RemittanceCursor cursor) {
            this.cursor = cursor;
            this.account = cursor.advance() ? cursor.accountNo() : null;
        }

        void advance() {
            String prev = account;
            if (!cursor.advance()) {
                account = null;
                return;
            }
            account = cursor.accountNo();
            if (account != prev && account.compareTo(prev) < 0) {
                throw new UnsortedInputException(UnsortedInputException.Input.REMITTANCES, account, prev,
                        cursor.sourceLine());
            }
        }
    }
}
