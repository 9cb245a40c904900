package hpf.compliance.core.doc;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds a font that can print Chinese documents. A font qualifies when it maps the sample characters below and has
 * TrueType outlines: PDFBox embeds only TrueType-outline fonts as CID fonts, so CFF-based OpenType fonts (the
 * Noto Sans CJK .otf/.ttc files among them) are passed over rather than producing a broken PDF.
 */
public final class CjkFonts {
    private CjkFonts() {}

    /** Characters every notice uses; a font without all of them would print boxes. */
    static final String SAMPLE = "住房公积金管理中心行政指导意见书缴存单位";

    /** A usable font: the file and, inside a collection (.ttc), the font's PostScript name. */
    public record CjkFont(Path file, String nameInCollection) {
        public boolean inCollection() {
            return nameInCollection != null;
        }
    }

    /** Font folders of Linux, macOS and Windows, in that order; the user's own folders first. */
    public static List<Path> systemFontDirs() {
        List<Path> dirs = new ArrayList<>();
        String home = System.getProperty("user.home");
        if (home != null) {
            dirs.add(Paths.get(home, ".local", "share", "fonts"));
            dirs.add(Paths.get(home, ".fonts"));
        }
        dirs.add(Paths.get("/usr/share/fonts"));
        dirs.add(Paths.get("/usr/local/share/fonts"));
        dirs.add(Paths.get("/Library/Fonts"));
        dirs.add(Paths.get("/System/Library/Fonts"));
        String windir = System.getenv("WINDIR");
        if (windir != null) dirs.add(Paths.get(windir, "Fonts"));
        return dirs;
    }

    /**
     * The first usable font among {@code paths} (files, or folders searched recursively in name order);
     * files in a folder are tried in name order so that the choice is the same on every run.
     */
    public static Optional<CjkFont> find(List<Path> paths) {
        for (Path p : paths) {
            if (p == null || !Files.exists(p)) continue;
            for (Path file : fontFiles(p)) {
                Optional<CjkFont> f = probe(file);
                if (f.isPresent()) return f;
            }
        }
        return Optional.empty();
    }

    static List<Path> fontFiles(Path p) {
        if (Files.isRegularFile(p)) return List.of(p);
        try (Stream<Path> s = Files.walk(p, 8)) {
            return s.filter(Files::isRegularFile).filter(CjkFonts::hasFontExtension)
                    .sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of();
        }
    }

    static boolean hasFontExtension(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".ttf") || n.endsWith(".ttc") || n.endsWith(".otf");
    }

    /** The usable font in {@code file}, if any; unreadable files are skipped, not fatal. */
    public static Optional<CjkFont> probe(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (n.endsWith(".ttc")) {
                String[] found = new String[1];
                try (TrueTypeCollection ttc = new TrueTypeCollection(file.toFile())) {
                    ttc.processAllFonts(font -> {
                        if (found[0] == null && usable(font)) found[0] = font.getName();
                    });
                }
                return found[0] == null ? Optional.empty() : Optional.of(new CjkFont(file, found[0]));
            }
            TTFParser parser = n.endsWith(".otf") ? new OTFParser(true) : new TTFParser(true);
            try (TrueTypeFont font = parser.parse(new RandomAccessReadBufferedFile(file))) {
                return usable(font) ? Optional.of(new CjkFont(file, null)) : Optional.empty();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static boolean usable(TrueTypeFont font) throws IOException {
        if (font instanceof OpenTypeFont otf && otf.isPostScript()) return false;
        if (!font.getTableMap().containsKey("glyf")) return false;
        CmapLookup cmap = font.getUnicodeCmapLookup(false);
        if (cmap == null) return false;
        return SAMPLE.codePoints().allMatch(cp -> cmap.getGlyphId(cp) > 0);
    }
}
