package hpf.compliance.core.imports;

import hpf.compliance.core.registry.OrganizationCodes;
import hpf.compliance.core.registry.UnitAccountKey;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads from the unit export (the file {@code screen} reads) only what registry matching needs: account number, name,
 * 统一社会信用代码 and 组织机构代码. A row whose rates or dates are malformed is still an account, so only a row without
 * an account number is rejected. Old accounts carry a 组织机构代码 column and an empty USCC, or a 9-character
 * organization code (with or without hyphen) in the USCC column itself.
 */
public final class UnitKeyReader extends RowReader<UnitAccountKey> {
    static final int ACCOUNT = 0, NAME = 1, USCC = 2, ORG_CODE = 3;

    public static final List<Column> COLUMNS = List.of(
            Column.required("单位账号", "DWZH"),
            Column.required("单位名称", "DWMC"),
            Column.optional("统一社会信用代码", "TYSHXYDM", "社会信用代码"),
            Column.optional("组织机构代码", "ZZJGDM"));

    private UnitKeyReader(RecordSource src, String file, IssueSink sink) {
        super(src, file, sink, COLUMNS);
    }

    public static UnitKeyReader open(Path file, IssueSink sink) {
        return new UnitKeyReader(Sources.open(file), file.getFileName().toString(), sink);
    }

    public static UnitKeyReader open(InputStream in, String fileName, IssueSink sink) {
        return new UnitKeyReader(Sources.open(in, fileName), fileName, sink);
    }

    @Override
    protected UnitAccountKey parse() {
        String account = value(ACCOUNT).strip();
        if (account.isEmpty()) {
            reject(ACCOUNT, "ACCOUNT_EMPTY", "单位账号为空");
            return null;
        }
        String uscc = OrganizationCodes.normalizeUscc(value(USCC));
        String orgCode = OrganizationCodes.normalize(value(ORG_CODE));
        if (uscc != null && uscc.length() != 18) {
            // an organization code written where the USCC belongs, as old accounts migrated into the new layout are
            if (orgCode == null) orgCode = OrganizationCodes.normalize(uscc);
            uscc = null;
        }
        return new UnitAccountKey(account, value(NAME).strip(), uscc, orgCode, src.line());
    }
}
