package hpf.compliance.core.doc;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Renders the XHTML that Moqui produces from a FreeMarker template (notices, letters, reports) to an A4 PDF with
 * a Chinese font embedded. The font comes from the configured paths, else from the system font folders
 * ({@link CjkFonts#systemFontDirs()}); without one, {@link #render} throws {@link NoCjkFontException} because a
 * PDF of empty boxes served to a unit is worse than no PDF, and {@link #tryRender} says so in its result.
 *
 * <p>The font is registered as family {@value #FAMILY}, which {@code html} gets ahead of the template's own styles,
 * and as the fallback tried before the built-in PDF fonts, so text prints in it whatever family the template names
 * (a template may still name a font it registers itself with {@code @font-face}). The input must be well-formed XHTML: use
 * numeric references such as {@code &#160;} rather than HTML entity names.
 */
public final class PdfRenderer {
    public static final String FAMILY = "hpf-cjk";

    private static final Map<List<Path>, CjkFonts.CjkFont> FOUND = new ConcurrentHashMap<>();

    private final List<Path> configuredFonts;
    private final boolean searchSystemFonts;

    /** Uses the system font folders. */
    public PdfRenderer() {
        this(List.of());
    }

    /** Tries {@code fontPaths} (font files or folders) first, then the system font folders. */
    public PdfRenderer(List<Path> fontPaths) {
        this(fontPaths, true);
    }

    /** Tries {@code fontPaths}, then the system font folders only when {@code searchSystemFonts}. */
    public PdfRenderer(List<Path> fontPaths, boolean searchSystemFonts) {
        this.configuredFonts = fontPaths == null ? List.of() : List.copyOf(fontPaths);
        this.searchSystemFonts = searchSystemFonts;
    }

    /**
     * The renderer for the configuration value {@code hpf_pdf_font_paths}: when it names paths, only those are
     * searched (the administrator chose the font, and a wrong path must show rather than silently fall back);
     * when it is empty, the system font folders are.
     */
    public static PdfRenderer forConfiguredPaths(String value) {
        List<Path> paths = parseFontPaths(value);
        return paths.isEmpty() ? new PdfRenderer(List.of(), true) : new PdfRenderer(paths, false);
    }

    /** Where fonts are looked for, in order. */
    public List<Path> searchPath() {
        List<Path> search = new ArrayList<>(configuredFonts);
        if (searchSystemFonts) search.addAll(CjkFonts.systemFontDirs());
        return search;
    }

    /** Splits a configuration value such as {@code /opt/fonts/simsun.ttc:/opt/fonts} (path separator or comma). */
    public static List<Path> parseFontPaths(String value) {
        if (value == null || value.isBlank()) return List.of();
        List<Path> out = new ArrayList<>();
        for (String s : value.split("[,;" + java.io.File.pathSeparator + "]")) {
            if (!s.isBlank()) out.add(Path.of(s.strip()));
        }
        return out;
    }

    /** The font documents will use; throws {@link NoCjkFontException} when there is none. */
    public CjkFonts.CjkFont font() {
        List<Path> search = searchPath();
        CjkFonts.CjkFont f = FOUND.get(search);
        if (f != null) return f;
        f = CjkFonts.find(search).orElseThrow(() -> new NoCjkFontException(
                "No font with Chinese characters and TrueType outlines was found, so the PDF would print empty boxes. Searched: "
                        + (search.isEmpty() ? "no location (no font path configured)"
                                : search.stream().map(Path::toString).collect(Collectors.joining(", ")))
                        + ". Configure a .ttf/.ttc font path (e.g. SimSun, FangSong) or install one, e.g. on Debian/Ubuntu:"
                        + " apt-get install fonts-wqy-microhei (Noto Sans CJK has CFF outlines, which PDFBox cannot embed)."));
        FOUND.put(search, f);
        return f;
    }

    /**
     * The PDF of {@code xhtml}, or the reason there is none: no usable font ({@link PdfResult.Failure#NO_CJK_FONT})
     * or a document that cannot be rendered ({@link PdfResult.Failure#RENDER_FAILED}). Never throws for these.
     */
    public PdfResult tryRender(String xhtml) {
        try {
            return PdfResult.of(render(xhtml), searchPath());
        } catch (NoCjkFontException e) {
            return PdfResult.failed(PdfResult.Failure.NO_CJK_FONT, e.getMessage(), searchPath());
        } catch (RuntimeException e) {
            String why = e.getMessage() != null ? e.getMessage() : e.getClass().getName();
            return PdfResult.failed(PdfResult.Failure.RENDER_FAILED, why, searchPath());
        }
    }

    /** The PDF as bytes. */
    public byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        render(xhtml, null, out);
        return out.toByteArray();
    }

    /**
     * Writes the PDF of {@code xhtml} to {@code out}. {@code baseUri} resolves relative links to images and
     * style sheets (null when the document has none).
     */
    public void render(String xhtml, String baseUri, OutputStream out) {
        CjkFonts.CjkFont font = font();
        TrueTypeCollection collection = null;
        try (PDDocument doc = new PDDocument()) {
            PDFont pdFont;
            if (font.inCollection()) {
                // the collection stays open until the document is saved: the subset is written at save time
                collection = new TrueTypeCollection(font.file().toFile());
                TrueTypeFont ttf = collection.getFontByName(font.nameInCollection());
                pdFont = PDType0Font.load(doc, ttf, true);
            } else {
                pdFont = PDType0Font.load(doc, font.file().toFile());
            }
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(doc);
            builder.useDefaultPageSize(210, 297, BaseRendererBuilder.PageSizeUnits.MM);
            builder.useFont(new PDFontSupplier(pdFont), FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.addDOMMutator(PdfRenderer::addDefaultFont);
            builder.withHtmlContent(xhtml, baseUri);
            PdfBoxRenderer renderer = builder.buildPdfRenderer();
            // also ahead of the built-in PDF fonts for any family the template names (Times New Roman, SimSun …):
            // a character is drawn with the first font that has it, and the built-in fonts have no Chinese
            renderer.getFontResolver().addFont(new PDFontSupplier(pdFont), FAMILY, 400, IdentValue.NORMAL, true,
                    PdfBoxFontResolver.FontGroup.PRE_BUILT_IN_FALLBACK);
            renderer.createPDFWithoutClosing();
            doc.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("PDF rendering failed: " + e.getMessage(), e);
        } finally {
            if (collection != null) {
                try {
                    collection.close();
                } catch (IOException ignored) {
                    // nothing left to save
                }
            }
        }
    }

    /** Puts a style first in head, so the template's own styles still override it. */
    static void addDefaultFont(Document doc) {
        Element root = doc.getDocumentElement();
        if (root == null) return;
        String ns = root.getNamespaceURI();
        Element head = firstChild(root, "head");
        if (head == null) {
            head = ns == null ? doc.createElement("head") : doc.createElementNS(ns, "head");
            root.insertBefore(head, root.getFirstChild());
        }
        Element style = ns == null ? doc.createElement("style") : doc.createElementNS(ns, "style");
        style.setAttribute("type", "text/css");
        style.setTextContent("@page { size: A4; } html { font-family: '" + FAMILY + "'; }");
        head.insertBefore(style, head.getFirstChild());
    }

    private static Element firstChild(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equalsIgnoreCase(e.getLocalName() != null ? e.getLocalName() : e.getTagName())) return e;
        }
        return null;
    }
}
