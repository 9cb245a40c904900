package hpf.compliance.core.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

final class ReaderFixtures {
    private ReaderFixtures() {}

    static final String UNIT_HEADER = "单位账号,单位名称,统一社会信用代码,所属机构,账户状态,开户日期,封存销户日期,缴存人数,月应缴额,单位缴存比例,个人缴存比例";

    static InputStream bytes(String text, Charset cs) {
        return new ByteArrayInputStream(text.getBytes(cs));
    }

    /** Collects issues for assertions. */
    static final class Issues implements IssueSink {
        final List<ImportIssue> all = new ArrayList<>();

        @Override
        public void issue(ImportIssue i) { all.add(i); }

        List<ImportIssue> errors() { return all.stream().filter(ImportIssue::rejected).toList(); }

        List<ImportIssue> warnings() { return all.stream().filter(i -> !i.rejected()).toList(); }
    }

    /** A workbook whose cells are typed as Excel users type them: numbers as numbers, dates as formatted dates. */
    static InputStream xlsx(Object[]... rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("Sheet1");
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                Object v = rows[r][c];
                if (v == null) continue;
                if (v instanceof LocalDate d) {
                    ws.value(r, c, d);
                    ws.style(r, c).format("yyyy-mm-dd").set();
                } else if (v instanceof Number n) {
                    ws.value(r, c, n);
                } else {
                    ws.value(r, c, v.toString());
                }
            }
        }
        wb.finish();
        return new ByteArrayInputStream(out.toByteArray());
    }
}
