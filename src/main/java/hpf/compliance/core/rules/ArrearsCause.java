package hpf.compliance.core.rules;

/** Why a unit is in arrears, as found out at the interview (催缴情况笔录); the summary tables count by this. */
public enum ArrearsCause {
    OPERATING_DIFFICULTY("经营困难"),
    SUSPENDED("停产停业"),
    RESTRUCTURING("改制重组"),
    BANKRUPTCY("破产清算"),
    UNREACHABLE("失联"),
    REFUSAL("拒不缴存"),
    POLICY_UNAWARE("对政策不了解"),
    OTHER("其他");

    private final String label;

    ArrearsCause(String label) {
        this.label = label;
    }

    /** The Chinese name used on forms and in summaries. */
    public String label() {
        return label;
    }

    /** By enum name or Chinese label; null when neither matches. */
    public static ArrearsCause of(String text) {
        if (text == null) return null;
        String t = text.strip();
        for (ArrearsCause c : values()) if (c.name().equalsIgnoreCase(t) || c.label.equals(t)) return c;
        return null;
    }
}
