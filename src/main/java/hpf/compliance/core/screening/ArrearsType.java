package hpf.compliance.core.screening;

/** The kind of non-compliance found; the label is the 类型 column of the tables. */
public enum ArrearsType {
    ARREARS("欠缴"),
    STOPPED("停缴"),
    NONE("");

    private final String label;

    ArrearsType(String label) { this.label = label; }

    public String label() { return label; }
}
