package hpf.compliance.core.doc;

import hpf.compliance.core.rules.SummaryFigures;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The figure tables of the final report (最终报告) as XLSX: one row per branch (the accepted branch summaries) with the
 * figures of {@link SummaryFigures#FIGURES}, a total row (合计), and the counts of publicity and coordination meetings.
 */
public final class SummaryTableWriter {
    private SummaryTableWriter() {}

    public static final String TOTAL_LABEL = "合计";

    public static void writeXlsx(OutputStream out, String title, List<Map<String, Object>> branchRows, Map<String, Object> totals,
            Long publicityCount, Long meetingCount) throws IOException {
        Workbook wb = new Workbook(out, "hpf-compliance", "1.0");
        Worksheet ws = wb.newWorksheet("分支机构统计表");
        int cols = SummaryFigures.FIGURES.size() + 2;
        ws.value(0, 0, title);
        ws.range(0, 0, 0, cols - 1).merge();
        ws.range(0, 0, 0, cols - 1).style().bold().fontSize(14).horizontalAlignment("center").set();
        ws.value(1, 0, "序号");
        ws.value(1, 1, "分支机构");
        for (int i = 0; i < SummaryFigures.FIGURES.size(); i++) ws.value(1, i + 2, SummaryFigures.FIGURES.get(i).label());
        ws.range(1, 0, 1, cols - 1).style().bold().wrapText(true).fillColor("DDEBF7").set();
        ws.freezePane(2, 2);
        int r = 2;
        int n = 1;
        for (Map<String, Object> row : branchRows) {
            ws.value(r, 0, n++);
            ws.value(r, 1, row.get("branchName") == null ? "" : row.get("branchName").toString());
            figures(ws, r, SummaryFigures.normalize(row));
            r++;
        }
        ws.value(r, 1, TOTAL_LABEL);
        figures(ws, r, SummaryFigures.normalize(totals));
        ws.range(r, 0, r, cols - 1).style().bold().set();
        r += 2;
        ws.value(r, 1, "宣传报道（次）");
        if (publicityCount != null) ws.value(r, 2, publicityCount); else ws.value(r, 2, "未统计");
        ws.value(r + 1, 1, "专题会议（次）");
        ws.value(r + 1, 2, meetingCount == null ? 0L : meetingCount);
        wb.finish();
    }

    private static void figures(Worksheet ws, int r, Map<String, Object> values) {
        for (int i = 0; i < SummaryFigures.FIGURES.size(); i++) {
            SummaryFigures.Figure f = SummaryFigures.FIGURES.get(i);
            Object v = values.get(f.key());
            if (f.money()) {
                ws.value(r, i + 2, (BigDecimal) v);
                ws.style(r, i + 2).format("#,##0.00").set();
            } else {
                ws.value(r, i + 2, (Long) v);
            }
        }
    }
}
