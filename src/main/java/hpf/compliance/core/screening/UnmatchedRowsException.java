package hpf.compliance.core.screening;

/**
 * {@link SameOrderMerge} was left with rows no unit took: the first one's unit is not among the units, or the two
 * inputs were not sorted alike. Nothing of the run may be stored.
 */
public class UnmatchedRowsException extends RuntimeException {
    private final String key;
    private final long count;

    public UnmatchedRowsException(String key, long count) {
        super("缴存明细中有" + count + "条记录未能与单位对应（第一条的单位编号为" + key
                + "）：该单位不在单位数据中，或单位与缴存明细的排列顺序不一致", null, false, false);
        this.key = key;
        this.count = count;
    }

    /** The unit id of the first row left over. */
    public String key() { return key; }

    /** How many rows were left over. */
    public long count() { return count; }
}
