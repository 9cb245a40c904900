package hpf.compliance.core.rules;

/** How a document was served (送达方式). */
public enum ServiceMethod {
    /** 直接送达: handed to the unit's representative */
    PERSONAL("直接送达"),
    /** 留置送达: the recipient refused, so it was left at the premises before witnesses */
    LEFT("留置送达"),
    /** 邮寄送达: by registered post / EMS */
    POST("邮寄送达"),
    /** 电子送达: by e-mail, SMS or platform, only with the unit's consent */
    ELECTRONIC("电子送达");

    private final String label;

    ServiceMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
