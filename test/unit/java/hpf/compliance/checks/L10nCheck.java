package hpf.compliance.checks;

import org.w3c.dom.Element;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every literal label a screen shows, every service message and every StatusItem/Enumeration description the component
 * defines has a zh translation (LocalizedMessage with locale zh or zh_CN in data/, LocalizedEntityField for descriptions,
 * or a word the framework translates: checks/framework-l10n.txt).
 */
final class L10nCheck {
    static final String NAME = "l10n";
    static final Set<String> ZH = Set.of("zh", "zh_CN");
    static final Set<String> TITLE_ELEMENTS = Set.of("box-header", "container-box", "subscreens-panel", "subscreens-menu",
            "container-dialog", "dynamic-dialog", "form-list", "field-group", "field-row-big");
    static final Set<String> HIDDEN_WIDGETS = Set.of("hidden", "ignored");
    private static Set<String> frameworkWords;

    private L10nCheck() { }

    static synchronized Set<String> frameworkWords() {
        if (frameworkWords == null) {
            Set<String> s = new HashSet<>();
            try (InputStream in = L10nCheck.class.getResourceAsStream("/checks/framework-l10n.txt")) {
                if (in == null) throw new IllegalStateException("checks/framework-l10n.txt not on the test classpath");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = r.readLine()) != null; ) {
                    if (!line.isBlank() && !line.startsWith("#")) s.add(line.trim());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            frameworkWords = s;
        }
        return frameworkWords;
    }

    /** Moqui's field-name to title rule (split before capitals, digits, '.', '#'; "id" shown as "ID"; repeated parts dropped). */
    static String prettyTitle(String name) {
        StringBuilder b = new StringBuilder();
        String lastPart = null;
        for (String part : name.split("(?=[A-Z0-9.#])")) {
            if (part.isEmpty()) continue;
            if (part.charAt(0) == '.' || part.charAt(0) == '#') {
                if (part.length() == 1) continue;
                part = part.substring(1);
            }
            if (Character.isLowerCase(part.charAt(0))) part = Character.toUpperCase(part.charAt(0)) + part.substring(1);
            if (part.equalsIgnoreCase("id")) part = "ID";
            if (part.equals(lastPart)) continue;
            lastPart = part;
            if (b.length() > 0) b.append(' ');
            b.append(part);
        }
        return b.toString();
    }

    /** Whether a label needs a translation: has Latin letters outside ${...} and is not just one expression. */
    static boolean needsTranslation(String s) {
        if (s == null) return false;
        String t = s.trim();
        if (t.isEmpty()) return false;
        String outside = t.replaceAll("\\$\\{[^}]*}", "");
        return outside.chars().anyMatch(ch -> ch < 128 && Character.isLetter(ch));
    }

    static List<Problem> run(Component c) {
        List<Problem> out = new ArrayList<>();
        Set<String> messages = new HashSet<>(frameworkWords());
        Set<String> entityFields = new HashSet<>();
        List<DataRecords.Rec> recs = DataRecords.of(c);
        for (DataRecords.Rec r : recs) {
            if (r.get("locale") == null || !ZH.contains(r.get("locale"))) continue;
            if (r.ed().fullName().equals("moqui.basic.LocalizedMessage") && r.get("localized") != null) messages.add(r.get("original"));
            if (r.ed().fullName().equals("moqui.basic.LocalizedEntityField") && r.get("localized") != null) {
                entityFields.add(r.get("entityName") + "|" + r.get("fieldName") + "|" + r.get("pkValue"));
            }
        }
        // LocalizedMessage.original is a 255-character primary key field: Moqui refuses the record at load and with it
        // every record of its data file (one long refusal message once cost a whole l10n file)
        for (DataRecords.Rec r : recs) {
            String original = r.get("original");
            if (r.ed().fullName().equals("moqui.basic.LocalizedMessage") && original != null && original.length() > 255) {
                out.add(c.problem(NAME, r.file(), r.el(), "LocalizedMessage original of " + original.length()
                        + " characters (at most 255; Moqui refuses the whole data file at load): '" + original.substring(0, 60) + "…'"));
            }
        }
        frameworkOriginals(c, out, recs);
        conflictingTranslations(c, out, recs);
        Labels l = new Labels(c, out, messages);
        // screens, widget/form templates, MoquiConf menu titles
        List<Path> ui = new ArrayList<>(c.screenFiles());
        for (Path t : c.templateXmlFiles()) {
            Element r = c.root(t);
            if (r != null && (r.getTagName().equals("screen") || r.getTagName().equals("widget-templates"))) ui.add(t);
        }
        c.eachRoot(ui, (f, root) -> screenLabels(l, f, root));
        Path conf = c.dir.resolve("MoquiConf.xml");
        if (Files.isRegularFile(conf) && c.root(conf) != null) {
            for (Element si : Xml.all(c.root(conf), "subscreens-item")) l.need(conf, si, Xml.attr(si, "menu-title"), "menu-title");
        }
        // messages from actions (services, screens, ECAs)
        List<Path> actions = new ArrayList<>(c.serviceFiles());
        actions.addAll(c.screenFiles());
        actions.addAll(c.entityFiles());
        actions.addAll(c.templateXmlFiles());
        c.eachRoot(actions, (f, root) -> actionMessages(l, f, root));
        menuTitles(c, out, recs);
        // descriptions of the component's status items and enumerations
        for (DataRecords.Rec r : recs) {
            String en = r.ed().fullName();
            String pk = en.equals("moqui.basic.StatusItem") ? r.get("statusId") : en.equals("moqui.basic.Enumeration") ? r.get("enumId") : null;
            if (pk == null) continue;
            String d = r.get("description");
            if (!needsTranslation(d)) continue;
            if (entityFields.contains(en + "|description|" + pk) || messages.contains(d)) continue;
            out.add(c.problem(NAME, r.file(), r.el(), EntityModel.simple(en) + " " + pk + " description '" + d
                    + "' has no zh LocalizedEntityField (entityName=\"" + en + "\" fieldName=\"description\" pkValue=\"" + pk + "\") or LocalizedMessage"));
        }
        return out;
    }

    /** Data files for the framework's own words end with this: the only place where the component may translate them. */
    static final String FRAMEWORK_FILE_SUFFIX = "L10nFrameworkData.xml";
    private static Map<String, String> frameworkUiWords;

    /** checks/framework-ui-words.txt: the originals the framework's own screens, templates and code show, with where. */
    static synchronized Map<String, String> frameworkUiWords() {
        if (frameworkUiWords == null) {
            Map<String, String> m = new HashMap<>();
            try (InputStream in = L10nCheck.class.getResourceAsStream("/checks/framework-ui-words.txt")) {
                if (in == null) throw new IllegalStateException("checks/framework-ui-words.txt not on the test classpath");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.isBlank() || line.startsWith("#")) continue;
                    int tab = line.indexOf('\t');
                    m.put(tab < 0 ? line.strip() : line.substring(0, tab).strip(), tab < 0 ? "framework" : line.substring(tab + 1).strip());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            frameworkUiWords = m;
        }
        return frameworkUiWords;
    }

    /**
     * A LocalizedMessage is global: a row for an original the framework shows itself changes that word on every page of
     * every app (the component once translated "Applications", the title of Moqui's app list, as 降比缓缴申请, the first
     * breadcrumb of every page). So: a word the framework translates itself (framework-l10n.txt) is never redefined; a
     * word the framework shows untranslated (framework-ui-words.txt) is translated only in the framework-words file
     * ({@code data/*L10nFrameworkData.xml}), with its framework meaning; that file holds nothing else.
     */
    static void frameworkOriginals(Component c, List<Problem> out, List<DataRecords.Rec> recs) {
        Set<String> translated = frameworkWords();
        Map<String, String> shown = frameworkUiWords();
        for (DataRecords.Rec r : recs) {
            if (!r.ed().fullName().equals("moqui.basic.LocalizedMessage")) continue;
            String o = r.get("original");
            if (o == null) continue;
            boolean fwFile = r.file().getFileName().toString().endsWith(FRAMEWORK_FILE_SUFFIX);
            if (translated.contains(o)) {
                out.add(c.problem(NAME, r.file(), r.el(), "LocalizedMessage '" + o + "' redefines a word the framework translates"
                        + " itself (framework/data/CommonL10nData.xml); a LocalizedMessage is global, so this changes the word on"
                        + " every page of every app: remove the row, or give the component's label an original of its own"));
            } else if (shown.containsKey(o) && !fwFile) {
                out.add(c.problem(NAME, r.file(), r.el(), "LocalizedMessage '" + o + "' translates an original the framework shows"
                        + " itself (" + shown.get(o) + "); a LocalizedMessage is global, so this changes the framework's word on every"
                        + " page of every app: give the component's label an original of its own (e.g. 'Regularization Applications'"
                        + " for 'Applications'), or translate the framework word with its framework meaning in data/*" + FRAMEWORK_FILE_SUFFIX));
            } else if (fwFile && !shown.containsKey(o)) {
                out.add(c.problem(NAME, r.file(), r.el(), "'" + o + "' is not an original the framework shows"
                        + " (checks/framework-ui-words.txt; the exact text matters): only framework originals belong in "
                        + r.file().getFileName() + ", the component's own labels go in its area's l10n file"));
            }
        }
    }

    /** One original has one translation per locale in Moqui (the last row loaded wins everywhere): two different ones are a defect. */
    static void conflictingTranslations(Component c, List<Problem> out, List<DataRecords.Rec> recs) {
        Map<String, DataRecords.Rec> first = new HashMap<>();
        for (DataRecords.Rec r : recs) {
            if (!r.ed().fullName().equals("moqui.basic.LocalizedMessage") || r.get("original") == null) continue;
            String key = r.get("original") + "\u0000" + r.get("locale");
            DataRecords.Rec prev = first.putIfAbsent(key, r);
            if (prev == null || java.util.Objects.equals(prev.get("localized"), r.get("localized"))) continue;
            out.add(c.problem(NAME, r.file(), r.el(), "LocalizedMessage '" + r.get("original") + "' (" + r.get("locale")
                    + ") is translated twice, as '" + prev.get("localized") + "' (" + c.rel(prev.file()) + ":" + Xml.line(prev.el())
                    + ") and '" + r.get("localized") + "'; Moqui keeps one translation per original, so the labels need"
                    + " distinct originals"));
        }
    }

    /**
     * The zh menu title of every subscreen differs from its parent's and from its siblings' (a screen that is not in
     * the menu still shows as a tab and in the breadcrumb while it is open); standalone screens are left out.
     */
    static void menuTitles(Component c, List<Problem> out, List<DataRecords.Rec> recs) {
        Map<String, String> zh = new HashMap<>();
        for (DataRecords.Rec r : recs) {
            if (r.ed().fullName().equals("moqui.basic.LocalizedMessage") && r.get("locale") != null && ZH.contains(r.get("locale"))
                    && r.get("original") != null && r.get("localized") != null) zh.put(r.get("original"), r.get("localized"));
        }
        Path screenDir = c.dir.resolve("screen");
        for (Path parent : c.screenFiles()) {
            Element proot = c.root(parent);
            if (proot == null || !proot.getTagName().equals("screen")) continue;
            Path folder = parent.resolveSibling(fileMenuTitle(parent));
            List<Path> children = new ArrayList<>();
            for (Path f : c.screenFiles()) if (f.getParent().equals(folder)) children.add(f);
            for (Element si : Xml.all(proot, "subscreens-item")) {
                Path f = c.localFile(Xml.attr(si, "location"));
                if (f != null && Files.isRegularFile(f) && !children.contains(f)) children.add(f);
            }
            if (children.isEmpty() || !parent.startsWith(screenDir)) continue;
            String parentTitle = menuTitle(proot, parent);
            String parentZh = zh.getOrDefault(parentTitle, parentTitle);
            Map<String, Path> seen = new HashMap<>();
            for (Path child : children) {
                Element root = c.root(child);
                if (root == null || "true".equals(root.getAttribute("standalone"))) continue;
                String title = menuTitle(root, child);
                String shownTitle = zh.getOrDefault(title, title);
                if (shownTitle.equals(parentZh)) {
                    out.add(c.problem(NAME, child, root, "menu title '" + title + "' (zh " + shownTitle + ") is the title of its"
                            + " parent screen " + c.rel(parent) + " too: the breadcrumb and the tabs show it twice; give the subscreen"
                            + " a title of its own"));
                }
                Path other = seen.putIfAbsent(shownTitle, child);
                if (other != null) {
                    out.add(c.problem(NAME, child, root, "menu title '" + title + "' (zh " + shownTitle + ") is the title of its"
                            + " sibling " + c.rel(other) + " too: two tabs of " + c.rel(parent) + " would read the same"));
                }
            }
        }
    }

    private static String menuTitle(Element root, Path f) {
        String t = Xml.attr(root, "default-menu-title");
        return t != null ? t : fileMenuTitle(f);
    }

    /** Receives every label (literal text Moqui localizes) found in a file. */
    interface Sink {
        void need(Path f, Element at, String text, String what);
    }

    /** The labels of a screen, widget-template or form file: its menu title and every titled or texted element. */
    static void screenLabels(Sink l, Path f, Element root) {
        if (root.getTagName().equals("screen")) {
            String title = Xml.attr(root, "default-menu-title");
            if (title != null) l.need(f, root, title, "default-menu-title");
            else if (!"false".equals(root.getAttribute("default-menu-include")) && !"true".equals(root.getAttribute("standalone"))) {
                l.need(f, root, fileMenuTitle(f), "menu title (no default-menu-title, the file name is shown)");
            }
        }
        for (Element e : Xml.all(root)) uiElement(l, f, e);
    }

    static String fileMenuTitle(Path f) { return f.getFileName().toString().replaceFirst("\\.xml$", ""); }

    /** The messages of the actions in a file: message elements and return messages. */
    static void actionMessages(Sink l, Path f, Element root) {
        for (Element m : Xml.all(root, "message")) {
            if (Xml.ancestor(m, "actions", "always-actions", "pre-actions", "then", "else", "else-if", "if", "iterate", "while") == null) continue;
            l.need(f, m, m.getTextContent().trim(), "message");
        }
        for (Element r : Xml.all(root, "return")) l.need(f, r, Xml.attr(r, "message"), "return message");
    }

    private static void uiElement(Sink l, Path f, Element e) {
        String tag = e.getTagName();
        switch (tag) {
            case "subscreens-item" -> l.need(f, e, Xml.attr(e, "menu-title"), "menu-title");
            case "label" -> l.need(f, e, Xml.attr(e, "text"), "label text");
            case "link" -> l.need(f, e, Xml.attr(e, "text"), "link text");
            case "option" -> l.need(f, e, Xml.attr(e, "text"), "option text");
            case "display" -> l.need(f, e, Xml.attr(e, "text"), "display text");
            case "submit", "button-menu" -> l.need(f, e, Xml.attr(e, "text"), tag + " text");
            case "field" -> fieldTitles(l, f, e);
            default -> { }
        }
        if (TITLE_ELEMENTS.contains(tag)) l.need(f, e, Xml.attr(e, "title"), tag + " title");
        if (e.hasAttribute("button-text")) l.need(f, e, Xml.attr(e, "button-text"), tag + " button-text");
        if (e.hasAttribute("confirmation")) l.need(f, e, Xml.attr(e, "confirmation"), tag + " confirmation");
    }

    /** Explicit titles of a form field, or the title Moqui derives from the field name when none is set. */
    private static void fieldTitles(Sink l, Path f, Element field) {
        Element form = Xml.ancestor(field, "form-single", "form-list");
        if (form == null) return;
        boolean single = form.getTagName().equals("form-single");
        boolean any = false;
        boolean visible = false;
        Element untitled = null;
        for (Element sub : Xml.children(field, "header-field", "default-field", "conditional-field")) {
            String t = Xml.attr(sub, "title");
            if (t != null) { any = true; l.need(f, sub, t, "field " + field.getAttribute("name") + " title"); }
            boolean subVisible = false;
            for (Element w : Xml.children(sub)) if (!HIDDEN_WIDGETS.contains(w.getTagName())) subVisible = true;
            visible |= subVisible;
            // in a single form each default or conditional field shows its own title, else the derived one
            if (single && t == null && subVisible && !sub.getTagName().equals("header-field") && untitled == null) untitled = sub;
        }
        String derived = prettyTitle(field.getAttribute("name"));
        if (!single && visible && any && listHeaderUntitled(field)) {
            // a list column takes its header from the header-field, else the default-field, else the first conditional
            // field; titles on later conditional fields do not reach the header
            l.need(f, field, derived, "list field " + field.getAttribute("name") + ": the sub-field its column header comes"
                    + " from (header-field, else default-field, else the first conditional-field) has no title; the derived title");
        }
        if (untitled != null) {
            l.need(f, untitled, derived, "field " + field.getAttribute("name") + " " + untitled.getTagName()
                    + " has no title (and is not hidden or ignored); the derived title");
        } else if (!any && visible) {
            l.need(f, field, derived, "field " + field.getAttribute("name") + " has no title; the derived title");
        }
    }

    /** Whether the column header of a list field falls back to the title derived from the field name (Moqui's formListHeaderField). */
    private static boolean listHeaderUntitled(Element field) {
        Element header = Xml.children(field, "header-field").stream().findFirst().orElse(null);
        Element dflt = Xml.children(field, "default-field").stream().findFirst().orElse(null);
        Element cond = Xml.children(field, "conditional-field").stream().findFirst().orElse(null);
        if (header != null) {
            if (!Xml.children(header, "submit").isEmpty()) return false;
            return Xml.attr(header, "title") == null && (dflt == null || Xml.attr(dflt, "title") == null);
        }
        Element source = dflt != null ? dflt : cond;
        return source != null && Xml.attr(source, "title") == null;
    }

    private record Labels(Component c, List<Problem> out, Set<String> messages) implements Sink {
        public void need(Path f, Element at, String text, String what) {
            if (!needsTranslation(text)) return;
            if (messages.contains(text) || messages.contains(text.trim())) return;
            String more = text.length() > 255 ? " (longer than LocalizedMessage.original's 255 characters: shorten it)" : "";
            out.add(c.problem(NAME, f, at, what + " '" + text + "' has no zh LocalizedMessage" + more));
        }
    }
}
