package hpf.compliance.core.account;

/** Remittance business types (业务类型, YWLX) that carry money for a contribution month. */
public enum BusinessType {
    REGULAR("01", "汇缴"),
    BACK_PAYMENT("02", "补缴");

    private final String code;
    private final String label;

    BusinessType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() { return code; }

    public String label() { return label; }

    /** Chinese label or code; null for anything else (封存, 启封, 缓缴处理 … are not payments). */
    public static BusinessType fromText(String text) {
        if (text == null) return null;
        String t = text.strip();
        for (BusinessType b : values()) {
            if (b.label.equals(t) || b.code.equals(t) || b.code.equals(t.length() == 1 ? "0" + t : t)) return b;
        }
        return null;
    }
}
