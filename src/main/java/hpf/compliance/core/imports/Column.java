package hpf.compliance.core.imports;

import java.util.List;

/** A column an import understands: its Chinese label, its data-standard code and other names seen in exports. */
public record Column(String label, String code, boolean required, List<String> aliases) {
    public static Column required(String label, String code, String... aliases) {
        return new Column(label, code, true, List.of(aliases));
    }

    public static Column optional(String label, String code, String... aliases) {
        return new Column(label, code, false, List.of(aliases));
    }

    /** e.g. {@code 单位账号(DWZH)}, for error messages. */
    public String display() {
        return code == null ? label : label + "(" + code + ")";
    }
}
