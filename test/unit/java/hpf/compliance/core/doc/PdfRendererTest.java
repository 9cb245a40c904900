package hpf.compliance.core.doc;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class PdfRendererTest {
    static final String NOTICE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <html xmlns="http://www.w3.org/1999/xhtml">
            <head><title>行政指导意见书</title>
            <style>h1 { text-align: center; font-size: 18pt; } .no { text-align: right; }</style></head>
            <body>
            <h1>行政指导意见书</h1>
            <p class="no">阳住金指〔2026〕YQ01-0001号</p>
            <p>阳泉市某某有限公司：</p>
            <p>经查，你单位自2024年11月起欠缴住房公积金，金额为86,400.00元。</p>
            <p style="font-family: 'Times New Roman'">依据《住房公积金管理条例》第二十条，请于30日内足额缴存。</p>
            <p style="font-family: 仿宋_GB2312; font-weight: bold">阳泉市住房公积金管理中心</p>
            </body></html>
            """.strip();

    static Optional<CjkFonts.CjkFont> systemFont;

    @BeforeAll
    static void findFont() {
        systemFont = CjkFonts.find(CjkFonts.systemFontDirs());
    }

    /** Skipped only on a machine without any CJK TrueType font (see docs/RULES-API.md on installing one). */
    @Test
    void rendersChineseTextWithAnEmbeddedFont() throws IOException {
        assumeTrue(systemFont.isPresent(), "no CJK TrueType font on this machine; install fonts-wqy-microhei");
        byte[] pdf = new PdfRenderer().render(NOTICE);
        assertTrue(pdf.length > 1000);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            for (String s : List.of("行政指导意见书", "阳住金指〔2026〕YQ01-0001号", "住房公积金管理条例", "阳泉市住房公积金管理中心", "86,400.00")) {
                assertTrue(text.contains(s), () -> "missing '" + s + "' in extracted text: " + text);
            }
            List<PDFont> fonts = fonts(doc);
            assertFalse(fonts.isEmpty());
            for (PDFont f : fonts) {
                assertTrue(f.isEmbedded(), () -> "font not embedded: " + f.getName());
            }
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertEquals(595, Math.round(box.getWidth()), "A4 width in points");
            assertEquals(842, Math.round(box.getHeight()), "A4 height in points");
        }
    }

    @Test
    void configuredFontFileIsUsed() throws IOException {
        assumeTrue(systemFont.isPresent(), "no CJK TrueType font on this machine");
        PdfRenderer r = new PdfRenderer(List.of(systemFont.get().file()), false);
        assertEquals(systemFont.get().file(), r.font().file());
        try (PDDocument doc = Loader.loadPDF(r.render(NOTICE))) {
            assertTrue(new PDFTextStripper().getText(doc).contains("行政指导意见书"));
        }
    }

    @Test
    void documentWithoutHeadStillGetsTheFont() throws IOException {
        assumeTrue(systemFont.isPresent(), "no CJK TrueType font on this machine");
        byte[] pdf = new PdfRenderer().render("<html><body><p>催缴情况笔录</p></body></html>");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(new PDFTextStripper().getText(doc).contains("催缴情况笔录"));
            for (PDFont f : fonts(doc)) assertTrue(f.isEmbedded(), f.getName());
        }
    }

    @Test
    void failsClearlyWithoutACjkFont(@TempDir Path empty) throws IOException {
        Path latinOnly = Path.of("/usr/share/fonts/truetype/dejavu");
        List<Path> paths = Files.isDirectory(latinOnly) ? List.of(empty, latinOnly) : List.of(empty);
        PdfRenderer r = new PdfRenderer(paths, false);
        NoCjkFontException e = assertThrows(NoCjkFontException.class, () -> r.render(NOTICE));
        assertTrue(e.getMessage().contains("fonts-wqy-microhei"), e.getMessage());
        assertTrue(e.getMessage().contains(empty.toString()), e.getMessage());
    }

    @Test
    void withoutAnyFontPathTheResultSaysWhatIsMissingInsteadOfThrowing() {
        PdfResult r = assertDoesNotThrow(() -> new PdfRenderer(List.of(), false).tryRender(NOTICE));
        assertFalse(r.ok());
        assertNull(r.pdf());
        assertEquals(PdfResult.Failure.NO_CJK_FONT, r.failure());
        assertEquals(List.of(), r.searched());
        assertTrue(r.detail().contains("fonts-wqy-microhei"), r.detail());
        assertTrue(r.detail().contains("no font path configured"), r.detail());
    }

    @Test
    void aConfiguredPathIsTheOnlyPlaceSearched(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-font.ttc");
        PdfRenderer r = PdfRenderer.forConfiguredPaths(missing.toString());
        // the system folders are not tried, so a wrong setting shows whatever fonts the server has
        assertEquals(List.of(missing), r.searchPath());
        PdfResult result = r.tryRender(NOTICE);
        assertEquals(PdfResult.Failure.NO_CJK_FONT, result.failure());
        assertEquals(List.of(missing), result.searched());
        assertTrue(result.detail().contains(missing.toString()), result.detail());
        // nothing configured: the system folders
        assertEquals(CjkFonts.systemFontDirs(), PdfRenderer.forConfiguredPaths(" ").searchPath());
    }

    @Test
    void aDocumentThatCannotBeRenderedIsAFailureResult() {
        assumeTrue(systemFont.isPresent(), "no CJK TrueType font on this machine");
        PdfResult r = new PdfRenderer().tryRender("<html><body><p>未闭合</body>");
        assertEquals(PdfResult.Failure.RENDER_FAILED, r.failure());
        assertNotNull(r.detail());
    }

    @Test
    void aRenderedDocumentIsAnOkResult() {
        assumeTrue(systemFont.isPresent(), "no CJK TrueType font on this machine");
        PdfResult r = new PdfRenderer().tryRender(NOTICE);
        assertTrue(r.ok());
        assertNull(r.failure());
        assertTrue(r.pdf().length > 1000);
    }

    @Test
    void notAFontIsSkipped(@TempDir Path dir) throws IOException {
        Path bogus = dir.resolve("broken.ttf");
        Files.writeString(bogus, "not a font");
        assertEquals(Optional.empty(), CjkFonts.probe(bogus));
        assertEquals(Optional.empty(), CjkFonts.find(List.of(dir, dir.resolve("missing"))));
    }

    @Test
    void fontPathsParse() {
        assertEquals(List.of(Path.of("/a/b.ttf"), Path.of("/c")), PdfRenderer.parseFontPaths(" /a/b.ttf , /c "));
        assertEquals(List.of(), PdfRenderer.parseFontPaths(null));
    }

    private static List<PDFont> fonts(PDDocument doc) throws IOException {
        List<PDFont> out = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            PDResources res = page.getResources();
            for (COSName name : res.getFontNames()) out.add(res.getFont(name));
        }
        return out;
    }
}
