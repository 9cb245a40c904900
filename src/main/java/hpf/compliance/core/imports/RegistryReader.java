package hpf.compliance.core.imports;

import hpf.compliance.core.Uscc;
import hpf.compliance.core.registry.OrganizationCodes;
import hpf.compliance.core.registry.RegistrationStatus;
import hpf.compliance.core.registry.RegistryEntry;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Streams the market-regulation registry extract (登记注册企业名单, CSV UTF-8/GBK or XLSX). A row is rejected when its
 * 统一社会信用代码 is missing or fails its check character, its 企业名称 is empty or its 成立日期 cannot be read
 * (yyyy-MM-dd, yyyyMMdd or yyyy/MM/dd); the other columns are optional and never reject a row.
 */
public final class RegistryReader extends RowReader<RegistryEntry> {
    static final int USCC = 0, NAME = 1, LEGAL_REP = 2, ESTABLISHED = 3, STATUS = 4, ADDRESS = 5, INDUSTRY = 6, EMPLOYEES = 7;

    public static final List<Column> COLUMNS = List.of(
            Column.required("统一社会信用代码", "TYSHXYDM", "社会信用代码", "信用代码"),
            Column.required("企业名称", null, "名称", "市场主体名称", "单位名称"),
            Column.optional("法定代表人", null, "法定代表人姓名", "负责人"),
            Column.required("成立日期", null, "成立时间", "设立日期"),
            Column.optional("登记状态", null, "经营状态", "企业状态", "状态"),
            Column.optional("住所", null, "地址", "注册地址", "经营场所"),
            Column.optional("行业", null, "所属行业", "行业门类"),
            Column.optional("从业人数", null, "从业人员", "人数"));

    private RegistryReader(RecordSource src, String file, IssueSink sink) {
        super(src, file, sink, COLUMNS);
    }

    public static RegistryReader open(Path file, IssueSink sink) {
        return new RegistryReader(Sources.open(file), file.getFileName().toString(), sink);
    }

    public static RegistryReader open(InputStream in, String fileName, IssueSink sink) {
        return new RegistryReader(Sources.open(in, fileName), fileName, sink);
    }

    @Override
    protected RegistryEntry parse() {
        String uscc = OrganizationCodes.normalizeUscc(value(USCC));
        if (uscc == null) reject(USCC, "USCC_EMPTY", "统一社会信用代码为空");
        else if (!Uscc.hasValidCheckCharacter(uscc)) reject(USCC, "USCC_INVALID", "统一社会信用代码校验不通过");
        String name = value(NAME).strip();
        if (name.isEmpty()) reject(NAME, "NAME_EMPTY", "企业名称为空");
        LocalDate established = date(ESTABLISHED, true);
        if (failed()) return null;
        return new RegistryEntry(uscc, name, optional(LEGAL_REP), established,
                RegistrationStatus.fromText(optional(STATUS)), optional(ADDRESS), optional(INDUSTRY), employees(),
                src.line());
    }

    private String optional(int column) {
        if (col[column] < 0) return null;
        String v = value(column).strip();
        return v.isEmpty() ? null : v;
    }

    /** 从业人数 when the extract gives it; a value that is not a count is left out rather than rejecting the row. */
    private Integer employees() {
        if (blank(EMPLOYEES)) return null;
        try {
            return Integer.valueOf(value(EMPLOYEES).strip().replaceAll("\\.0+$", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
