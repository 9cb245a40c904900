package hpf.compliance.core.account;

/**
 * Remittance records one at a time, read in place: {@link #advance} moves to the next record and the accessors
 * read its fields, so a reader that keeps its rows as columns hands them over without an object per row;
 * {@link #line} makes the record when one is needed.
 */
public interface RemittanceCursor {
    /** Moves to the next record; false at the end (the accessors are then undefined). */
    boolean advance();

    String accountNo();

    int monthIndex();

    BusinessType type();

    long dueCents();

    long paidCents();

    long sourceLine();

    /** The current record as a {@link RemittanceLine}. */
    RemittanceLine line();

    /**
     * Adds the current record and the records after it that the cursor knows to have the same account (the same
     * String) to {@code group}, and stays on the last of them, so {@link #advance} moves past them all. By default
     * the current record alone.
     */
    default void addRun(RemittanceGroup group) {
        group.add(monthIndex(), dueCents(), paidCents(), type());
    }
}
