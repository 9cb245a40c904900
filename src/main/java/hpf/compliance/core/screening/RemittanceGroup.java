package hpf.compliance.core.screening;

import hpf.compliance.core.account.BusinessType;
import hpf.compliance.core.account.RemittanceLine;
import java.util.Arrays;
import java.util.List;

/**
 * One unit's remittance records as columns (month, due, paid, regular or not), which {@link UnitScreener} reads; a
 * merge-join fills one from a {@link hpf.compliance.core.account.RemittanceCursor} without an object per record.
 * Reused from unit to unit.
 */
public final class RemittanceGroup {
    int size;
    int[] month = new int[64];
    long[] due = new long[64];
    long[] paid = new long[64];
    boolean[] regular = new boolean[64];

    public int size() { return size; }

    public void clear() { size = 0; }

    public void add(int monthIndex, long dueCents, long paidCents, BusinessType type) {
        if (size == month.length) {
            int cap = size * 2;
            month = Arrays.copyOf(month, cap);
            due = Arrays.copyOf(due, cap);
            paid = Arrays.copyOf(paid, cap);
            regular = Arrays.copyOf(regular, cap);
        }
        int i = size++;
        month[i] = monthIndex;
        due[i] = dueCents;
        paid[i] = paidCents;
        regular[i] = type == BusinessType.REGULAR;
    }

    /** Replaces the records with {@code lines}. */
    public RemittanceGroup of(List<RemittanceLine> lines) {
        size = 0;
        for (int r = 0, n = lines.size(); r < n; r++) {
            RemittanceLine l = lines.get(r);
            add(l.monthIndex(), l.dueCents(), l.paidCents(), l.type());
        }
        return this;
    }
}
