package hpf.compliance.core.warning;

/**
 * The signals of the early-warning score (预警), each with the Chinese name shown to staff and its default setting
 * (weight in points, threshold and saturation in the signal's own unit, see {@link SignalSetting}).
 */
public enum RiskSignal {
    /** Average days paid after the deadline (payday + 5 days, Art. 19) in the last 3 months, minus a year earlier. */
    LATE_DRIFT("缴款日期推迟", "天", 30, 5, 15),
    /** Months of the last 6 whose regular (汇缴) payment was partial. */
    SHORT_PAYMENT("未足额缴存", "个月", 20, 1, 3),
    /** Fall of 缴存人数 (else of the month's due) over the last 6 months, in percent. */
    HEADCOUNT_FALL("缴存人数下降", "%", 20, 10, 40),
    /** Rise of sealed (封存) workers over the last 6 months, in percent of the workers 6 months before. */
    SEALED_RISE("封存人数上升", "%", 10, 10, 30),
    /** 补缴 records paid in the last 12 months. */
    REPEATED_BACK_PAYMENT("多次补缴", "次", 10, 2, 4),
    /** An approved deferral or rate reduction whose period ended: threshold = months after its end still counted. */
    EXPIRED_APPLICATION("申请期限届满", "个月", 10, 6, 6);

    private final String label;
    private final String unit;
    private final SignalSetting defaults;

    RiskSignal(String label, String unit, double weight, double threshold, double saturation) {
        this.label = label;
        this.unit = unit;
        this.defaults = new SignalSetting(weight, threshold, saturation);
    }

    /** Chinese name for staff. */
    public String label() { return label; }

    /** Unit of the signal's value (天, 个月, %, 次). */
    public String unit() { return unit; }

    public SignalSetting defaults() { return defaults; }

    /** The signal of a stored code (its enum name); null when unknown. */
    public static RiskSignal of(String code) {
        if (code == null) return null;
        for (RiskSignal s : values()) if (s.name().equals(code.strip())) return s;
        return null;
    }
}
