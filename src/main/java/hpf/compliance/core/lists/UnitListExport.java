package hpf.compliance.core.lists;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The files the center hands out of its unit lists: the export for the credit platform (失信 / 守信, CSV and XLSX,
 * one row per entry with its listing and removal dates) and the website's CSV of a 通报批评. CSV is UTF-8 with a byte
 * order mark (so that Excel opens the Chinese text), CRLF line ends, cells quoted when they hold a comma, quote or line
 * break; dates yyyy-MM-dd.
 */
public final class UnitListExport {
    private UnitListExport() {}

    /** The credit platform's columns, in this order. */
    public static final List<String> CREDIT_HEADER = List.of("统一社会信用代码", "单位名称", "列入类型", "列入事由", "决定文号",
            "列入日期", "移出日期");

    /** The website's columns for a 通报批评. */
    public static final List<String> CRITICISM_HEADER = List.of("序号", "单位名称", "统一社会信用代码", "所属机构", "通报事由",
            "通报日期");

    /** One entry of a credit list; {@code removed} null while the unit is on the list. */
    public record CreditRow(String uscc, String unitName, String listType, String reason, String decisionNumber,
                            LocalDate listed, LocalDate removed) {
        List<String> cells() {
            return List.of(text(uscc), text(unitName), text(listType), text(reason), text(decisionNumber), date(listed), date(removed));
        }
    }

    /** One unit of a 通报批评. */
    public record CriticismRow(String unitName, String uscc, String branchName, String reason, LocalDate published) {}

    /** 列入类型 as the credit platform writes it, from the list type's code (DISHONEST, TRUSTWORTHY, CRITICISM). */
    public static String listTypeText(String listTypeCode) {
        if ("DISHONEST".equals(listTypeCode)) return "失信";
        if ("TRUSTWORTHY".equals(listTypeCode)) return "守信";
        if ("CRITICISM".equals(listTypeCode)) return "通报批评";
        return listTypeCode == null ? "" : listTypeCode;
    }

    /**
     * 列入事由 in the words of the regulation, from the reason's code (ORDER_IGNORED, COURT_ENFORCEMENT, COMPLIANT), the
     * months of a compliant run and the office's own words when given (appended after a semicolon).
     */
    public static String reasonText(String reasonCode, Integer compliantMonths, String extra) {
        String base;
        if ("ORDER_IGNORED".equals(reasonCode)) base = "逾期不缴或者少缴住房公积金，经责令限期缴存逾期仍不缴存";
        else if ("COURT_ENFORCEMENT".equals(reasonCode)) base = "逾期不缴或者少缴住房公积金，已申请人民法院强制执行";
        else if ("COMPLIANT".equals(reasonCode)) base = "连续" + (compliantMonths == null ? "" : compliantMonths) + "个月按时足额缴存住房公积金";
        else base = "";
        if (extra == null || extra.isBlank()) return base;
        return base.isEmpty() ? extra.strip() : base + "；" + extra.strip();
    }

    public static String creditCsv(List<CreditRow> rows) {
        List<List<String>> cells = new ArrayList<>();
        for (CreditRow r : rows) cells.add(r.cells());
        return csv(CREDIT_HEADER, cells);
    }

    public static String criticismCsv(List<CriticismRow> rows) {
        List<List<String>> cells = new ArrayList<>();
        int n = 1;
        for (CriticismRow r : rows) {
            cells.add(List.of(Integer.toString(n++), text(r.unitName()), text(r.uscc()), text(r.branchName()), text(r.reason()),
                    date(r.published())));
        }
        return csv(CRITICISM_HEADER, cells);
    }

    /** The credit export as one worksheet: the header row, then one row per entry (dates as text yyyy-MM-dd). */
    public static void writeCreditXlsx(OutputStream out, List<CreditRow> rows) throws IOException {
        Workbook wb = new Workbook(out, "hpf-compliance", "1.0");
        Worksheet ws = wb.newWorksheet("信用名单");
        for (int i = 0; i < CREDIT_HEADER.size(); i++) ws.value(0, i, CREDIT_HEADER.get(i));
        ws.range(0, 0, 0, CREDIT_HEADER.size() - 1).style().bold().fillColor("DDEBF7").set();
        ws.freezePane(0, 1);
        int r = 1;
        for (CreditRow row : rows) {
            List<String> cells = row.cells();
            for (int c = 0; c < cells.size(); c++) {
                if (!cells.get(c).isEmpty()) ws.value(r, c, cells.get(c));
            }
            r++;
        }
        wb.finish();
    }

    static String csv(List<String> header, List<List<String>> rows) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        line(sb, header);
        for (List<String> row : rows) line(sb, row);
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) sb.append(',');
            String c = cells.get(i) == null ? "" : cells.get(i);
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                sb.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(c);
            }
        }
        sb.append("\r\n");
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
