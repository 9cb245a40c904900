package hpf.compliance.core.account;

/**
 * Account status of a unit in the center's core system (单位账户状态, DWZHZT). This is the core system's status, kept
 * apart from the campaign status of a target.
 */
public enum AccountStatus {
    NORMAL("01", "正常"),
    OPENING("02", "开户"),
    DEFERRED("03", "缓缴"),
    CLOSED("04", "销户"),
    SEALED("05", "封存"),
    OTHER("99", "其他");

    private final String code;
    private final String label;

    AccountStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() { return code; }

    public String label() { return label; }

    /** Accepts the Chinese label or the two-digit code (a leading zero may have been lost in Excel: "1" = "01"). */
    public static AccountStatus fromText(String text) {
        if (text == null) return null;
        String t = text.strip();
        for (AccountStatus s : values()) {
            if (s.label.equals(t) || s.code.equals(t) || s.code.equals(t.length() == 1 ? "0" + t : t)) return s;
        }
        return null;
    }
}
