package hpf.compliance.core.registry;

/**
 * 登记状态 of an enterprise in the market-regulation registry. Only the three states that end or move an enterprise
 * matter here; every other text (存续, 在业, 在营, 开业, 在册, or none) means the enterprise is active.
 */
public enum RegistrationStatus {
    ACTIVE("存续"), MOVED_OUT("迁出"), DEREGISTERED("注销"), REVOKED("吊销");

    private final String label;

    RegistrationStatus(String label) { this.label = label; }

    public String label() { return label; }

    /** Active enterprises must contribute; 迁出 ones are another city's, 注销 and 吊销 ones no longer operate. */
    public boolean active() { return this == ACTIVE; }

    /**
     * The state a registry text names. Registry extracts write states such as 「吊销，未注销」 (revoked, not yet
     * deregistered), so 吊销 is looked for before 注销.
     */
    public static RegistrationStatus fromText(String text) {
        if (text == null) return ACTIVE;
        if (text.contains("吊销")) return REVOKED;
        if (text.contains("注销")) return DEREGISTERED;
        if (text.contains("迁出")) return MOVED_OUT;
        return ACTIVE;
    }
}
