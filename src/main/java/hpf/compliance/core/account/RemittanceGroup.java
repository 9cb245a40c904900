package hpf.compliance.core.account;

import java.util.Arrays;
import java.util.List;

/**
 * One unit's remittance records as columns (month, due, paid, type), which the screening reads; a merge-join fills
 * one from a {@link RemittanceCursor} without an object per record, a run of records at a time where the cursor
 * has them as columns too. Reused from unit to unit. The arrays are the group's own, valid up to {@link #size}.
 */
public final class RemittanceGroup {
    private int size;
    private int[] month = new int[64];
    private long[] due = new long[64];
    private long[] paid = new long[64];
    private BusinessType[] type = new BusinessType[64];

    public int size() { return size; }

    public int[] months() { return month; }

    public long[] dues() { return due; }

    public long[] paids() { return paid; }

    public BusinessType[] types() { return type; }

    public void clear() { size = 0; }

    public void add(int monthIndex, long dueCents, long paidCents, BusinessType businessType) {
        if (size == month.length) grow(size + 1);
        int i = size++;
        month[i] = monthIndex;
        due[i] = dueCents;
        paid[i] = paidCents;
        type[i] = businessType;
    }

    /** Adds records {@code [from, to)} of the given columns. */
    public void add(int[] months, long[] dues, long[] paids, BusinessType[] types, int from, int to) {
        int n = to - from;
        if (size + n > month.length) grow(size + n);
        System.arraycopy(months, from, month, size, n);
        System.arraycopy(dues, from, due, size, n);
        System.arraycopy(paids, from, paid, size, n);
        System.arraycopy(types, from, type, size, n);
        size += n;
    }

    private void grow(int min) {
        int cap = Math.max(min, month.length * 2);
        month = Arrays.copyOf(month, cap);
        due = Arrays.copyOf(due, cap);
        paid = Arrays.copyOf(paid, cap);
        type = Arrays.copyOf(type, cap);
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
