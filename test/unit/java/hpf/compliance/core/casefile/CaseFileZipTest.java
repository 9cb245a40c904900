package hpf.compliance.core.casefile;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.*;

class CaseFileZipTest {
    static CaseFileDocument doc(String date, int kind, String id, String title, String number, String ext) {
        return new CaseFileDocument(date == null ? null : LocalDate.parse(date), kind, id, title, number, "阳泉市住房公积金管理中心", ext, 0);
    }

    static byte[] pdf(int pages) throws IOException {
        try (PDDocument d = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) d.addPage(new PDPage());
            d.save(out);
            return out.toByteArray();
        }
    }

    static List<String> names(byte[] zip) throws IOException {
        List<String> out = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) out.add(e.getName());
        }
        return out;
    }

    @Test
    void documentsSortByDateThenByTheProceduresOrderThenById() {
        List<CaseFileDocument> docs = new ArrayList<>(List.of(
                doc("2026-04-10", 1, "N1", "送达回证", null, "pdf"),
                doc(null, 0, "X", "未注明日期", null, "pdf"),
                doc("2026-04-08", 0, "N1", "行政指导意见书", null, "pdf"),
                doc("2026-04-10", 0, "N2", "行政指导意见书", null, "pdf"),
                doc("2026-04-10", 1, "N0", "送达回证", null, "pdf")));
        docs.sort(CaseFileDocument.FILE_ORDER);
        assertEquals(List.of("N1", "N2", "N0", "N1", "X"), docs.stream().map(CaseFileDocument::sourceId).toList());
        assertEquals(LocalDate.parse("2026-04-08"), docs.get(0).date());
    }

    @Test
    void namesAreNumberedCleanAndSortable() {
        assertEquals("03-行政指导意见书-阳住金指〔2026〕YQ01-0007号.pdf",
                CaseFileNames.documentName(3, doc("2026-04-08", 0, "1", "行政指导意见书", "阳住金指〔2026〕YQ01-0007号", "PDF")));
        assertEquals("12-a_b_c.jpg", CaseFileNames.documentName(12, doc(null, 0, "1", "a/b:c", " ", "jpg")));
        assertEquals("140301000022-宏达公司", CaseFileNames.folderName("140301000022", "宏达 公司", "T1"));
        assertEquals("T1", CaseFileNames.folderName(null, null, "T1"));
        assertEquals("20260408", CaseFileNames.indexDate(LocalDate.parse("2026-04-08")));
        assertEquals("pdf", CaseFileNames.extensionOf("营业执照.PDF"));
        assertEquals("bin", CaseFileNames.extensionOf("说明"));
        assertTrue(CaseFileNames.INDEX_NAME.compareTo(CaseFileNames.documentName(1, doc(null, 0, "", "甲", null, "pdf"))) < 0);
    }

    @Test
    void aFolderHoldsItsDocumentsInOrderAndItsIndexWithPageCounts() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CaseFileZip zip = new CaseFileZip(out);
        zip.beginFolder("140301000022-宏达公司");
        CaseFileZip.IndexRow first = zip.add(doc("2026-04-08", 0, "N1", "行政指导意见书", "阳住金指〔2026〕YQ01-0007号", "pdf"), pdf(2));
        zip.add(doc("2026-04-10", 1, "N1", "送达回证", "阳住金指〔2026〕YQ01-0007号", "jpg"), new ByteArrayInputStream(new byte[]{1, 2, 3}));
        zip.add(doc("2026-04-11", 2, "D1", "说明", null, "docx"), new ByteArrayInputStream(new byte[]{4}));
        zip.addFailure(doc("2026-04-12", 3, "A1", "审批表", null, "pdf"), "没有中文字体");
        assertEquals(2, first.pages());
        assertEquals("20260408", first.dateText());
        List<CaseFileZip.IndexRow> rows = zip.rows();
        assertEquals(List.of(1, 2, 3, 4), rows.stream().map(CaseFileZip.IndexRow::seq).toList());
        assertEquals(1, rows.get(1).pages());
        assertNull(rows.get(2).pages());
        assertEquals("未能生成", rows.get(3).note());
        zip.writeIndex(pdf(1));
        zip.beginFolder("140301000022-宏达公司");   // the same name again gets a suffix
        zip.writeIndex(pdf(1));
        zip.finish();
        assertEquals(List.of("140301000022-宏达公司/01-行政指导意见书-阳住金指〔2026〕YQ01-0007号.pdf",
                "140301000022-宏达公司/02-送达回证-阳住金指〔2026〕YQ01-0007号.jpg",
                "140301000022-宏达公司/03-说明.docx",
                "140301000022-宏达公司/04-审批表.txt",
                "140301000022-宏达公司/00-卷内目录.pdf",
                "140301000022-宏达公司-2/00-卷内目录.pdf"), names(out.toByteArray()));
        assertEquals(6, zip.fileCount());
        assertEquals(2, zip.folderCount());
    }

    @Test
    void aDocumentOutsideAFolderIsRefused() {
        CaseFileZip zip = new CaseFileZip(new ByteArrayOutputStream());
        assertThrows(IllegalStateException.class, () -> zip.add(doc(null, 0, "", "甲", null, "pdf"), new byte[0]));
    }
}
