package hpf.compliance.checks;

import org.w3c.dom.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes checks/framework-ui-words.txt: every original the framework itself passes to the localizer, read from a
 * moqui-runtime and a moqui-framework checkout. A component's LocalizedMessage for one of them changes the framework's
 * own screens in every app (the first breadcrumb "Applications" of every page, a "Cancel" button of every dialog), so
 * L10nCheck allows them only in the component's data file for framework words ({@code *L10nFrameworkData.xml}).
 *
 * <p>Collected: the labels of the screens, forms and widget templates under moqui-runtime {@code base-component/}
 * and moqui-framework {@code framework/screen} (same rules as L10nCheck: menu titles, field titles, derived field
 * titles, texts, button texts, confirmations, box and dialog titles, messages of actions); literal arguments of
 * {@code localize("...")} in templates, scripts and code (the screen macros, the Quasar and Vue shells, the framework
 * sources: validation messages, period names); the framework's form validation messages ({@code MSG_* = "..."}); and
 * the originals of the LocalizedMessage rows in the framework's own data. Text hard-coded in JavaScript is not
 * localized by Moqui and so is not listed.
 *
 * <p>Run: {@code java -cp target/test-classes:... hpf.compliance.checks.FrameworkWords <moqui-runtime dir>
 * <moqui-framework dir> [out file] [version note]}.
 */
public final class FrameworkWords {
    private static final Pattern LOCALIZE = Pattern.compile(
            "localize\\(\\s*(?:\"((?:[^\"\\\\\\n]|\\\\.)*)\"|'((?:[^'\\\\\\n]|\\\\.)*)')\\s*[,)]");
    private static final Pattern MSG_CONSTANT = Pattern.compile("static (?:final )?String MSG_\\w+\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern LOCALIZED_MESSAGE = Pattern.compile("<moqui\\.basic\\.LocalizedMessage\\b[^>]*?\\boriginal=\"([^\"]*)\"");

    private FrameworkWords() { }

    /** original to the first (sorted) file, relative to its checkout, that shows it */
    static Map<String, String> collect(Path runtime, Path framework) throws IOException {
        Map<String, Set<String>> found = new TreeMap<>();
        for (Path root : List.of(runtime, framework)) {
            String prefix = root == runtime ? "moqui-runtime/" : "moqui-framework/";
            List<Path> files;
            try (Stream<Path> s = Files.walk(root)) {
                files = s.filter(Files::isRegularFile).filter(p -> !skipped(root.relativize(p))).sorted().toList();
            }
            for (Path f : files) {
                String rel = prefix + root.relativize(f).toString().replace('\\', '/');
                String name = f.getFileName().toString();
                if (name.endsWith(".xml")) xmlLabels(f, rel, found);
                if (name.endsWith(".ftl") || name.endsWith(".groovy") || name.endsWith(".java") || name.endsWith(".xml")
                        || name.endsWith(".js")) {
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    for (Pattern p : List.of(LOCALIZE, MSG_CONSTANT)) {
                        Matcher m = p.matcher(text);
                        while (m.find()) add(found, unescape(m.group(1) != null ? m.group(1) : m.group(2)), rel);
                    }
                    if (name.endsWith(".xml") && text.contains("<entity-facade-xml")) {
                        Matcher m = LOCALIZED_MESSAGE.matcher(text);
                        while (m.find()) add(found, xmlUnescape(m.group(1)), rel);
                    }
                }
            }
        }
        Map<String, String> out = new TreeMap<>();
        found.forEach((w, where) -> out.put(w, where.iterator().next()));
        return out;
    }

    /** third-party libraries, build output and tests are not the framework's UI */
    private static boolean skipped(Path rel) {
        for (Path part : rel) {
            String s = part.toString();
            if (s.equals("libs") || s.equals("lib") || s.equals("build") || s.equals("test") || s.startsWith(".")) return true;
        }
        String n = rel.getFileName().toString();
        return n.endsWith(".min.js");
    }

    private static void xmlLabels(Path f, String rel, Map<String, Set<String>> found) {
        Element root;
        try {
            root = Xml.parse(f).getDocumentElement();
        } catch (Exception e) {
            return;
        }
        L10nCheck.Sink sink = (file, at, text, what) -> add(found, text, rel);
        String tag = root.getTagName();
        if (tag.equals("screen") || tag.equals("widget-templates") || tag.equals("forms")) L10nCheck.screenLabels(sink, f, root);
        if (tag.equals("screen") || tag.equals("services") || tag.equals("secas") || tag.equals("eecas") || tag.equals("widget-templates")) {
            L10nCheck.actionMessages(sink, f, root);
        }
    }

    private static void add(Map<String, Set<String>> found, String w, String rel) {
        if (w == null) return;
        String t = w.strip();
        if (!L10nCheck.needsTranslation(t) || t.length() > 255 || t.contains("\n")) return;
        found.computeIfAbsent(t, k -> new TreeSet<>()).add(rel);
    }

    private static String unescape(String s) {
        return s.replace("\\\"", "\"").replace("\\'", "'").replace("\\\\", "\\");
    }

    private static String xmlUnescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: FrameworkWords <moqui-runtime dir> <moqui-framework dir> [out file] [version note]");
            System.exit(2);
        }
        Path runtime = Path.of(args[0]).toAbsolutePath().normalize();
        Path framework = Path.of(args[1]).toAbsolutePath().normalize();
        Path out = Path.of(args.length > 2 ? args[2] : "test/unit/resources/checks/framework-ui-words.txt");
        String version = args.length > 3 ? args[3] : "";
        Map<String, String> words = collect(runtime, framework);
        List<String> lines = new ArrayList<>();
        lines.add("# Originals the framework itself shows through the localizer (one per line, then a tab and the first file that");
        lines.add("# shows it), generated by hpf.compliance.checks.FrameworkWords from moqui-runtime and moqui-framework " + version);
        lines.add("# (see that class for what is collected). L10nCheck: the component may translate these only in its");
        lines.add("# data/*L10nFrameworkData.xml, with their framework meaning; its own labels need originals of their own.");
        words.forEach((w, where) -> lines.add(w + "\t" + where));
        try (Writer wr = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (String l : lines) wr.write(l + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println(words.size() + " framework originals written to " + out);
    }
}
