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
import java.util.HashSet;
import java.util.List;
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
        Labels l = new Labels(c, out, messages);
        // screens, widget/form templates, MoquiConf menu titles
        List<Path> ui = new ArrayList<>(c.screenFiles());
        for (Path t : c.templateXmlFiles()) {
            Element r = c.root(t);
            if (r != null && (r.getTagName().equals("screen") || r.getTagName().equals("widget-templates"))) ui.add(t);
        }
        for (Path f : ui) {
            Element root = c.root(f);
            if (root == null) continue;
            if (root.getTagName().equals("screen")) {
                String title = Xml.attr(root, "default-menu-title");
                if (title != null) l.need(f, root, title, "default-menu-title");
                else if (!"false".equals(root.getAttribute("default-menu-include")) && !"true".equals(root.getAttribute("standalone"))) {
                    String fileTitle = f.getFileName().toString().replaceFirst("\\.xml$", "");
                    l.need(f, root, fileTitle, "menu title (no default-menu-title, the file name is shown)");
                }
            }
            for (Element e : Xml.all(root)) uiElement(l, f, e);
        }
        Path conf = c.dir.resolve("MoquiConf.xml");
        if (Files.isRegularFile(conf) && c.root(conf) != null) {
            for (Element si : Xml.all(c.root(conf), "subscreens-item")) l.need(conf, si, Xml.attr(si, "menu-title"), "menu-title");
        }
        // messages from actions (services, screens, ECAs)
        List<Path> actions = new ArrayList<>(c.serviceFiles());
        actions.addAll(c.screenFiles());
        actions.addAll(c.entityFiles());
        actions.addAll(c.templateXmlFiles());
        for (Path f : actions) {
            Element root = c.root(f);
            if (root == null) continue;
            for (Element m : Xml.all(root, "message")) {
                if (Xml.ancestor(m, "actions", "always-actions", "pre-actions", "then", "else", "else-if", "if", "iterate", "while") == null) continue;
                l.need(f, m, m.getTextContent().trim(), "message");
            }
            for (Element r : Xml.all(root, "return")) l.need(f, r, Xml.attr(r, "message"), "return message");
        }
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

    private static void uiElement(Labels l, Path f, Element e) {
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
    private static void fieldTitles(Labels l, Path f, Element field) {
        Element form = Xml.ancestor(field, "form-single", "form-list");
        if (form == null) return;
        boolean any = false;
        boolean visible = false;
        for (Element sub : Xml.children(field, "header-field", "default-field", "conditional-field")) {
            String t = Xml.attr(sub, "title");
            if (t != null) { any = true; l.need(f, sub, t, "field " + field.getAttribute("name") + " title"); }
            for (Element w : Xml.children(sub)) if (!HIDDEN_WIDGETS.contains(w.getTagName())) visible = true;
        }
        if (!any && visible) {
            String derived = prettyTitle(field.getAttribute("name"));
            l.need(f, field, derived, "field " + field.getAttribute("name") + " has no title; the derived title");
        }
    }

    private record Labels(Component c, List<Problem> out, Set<String> messages) {
        void need(Path f, Element at, String text, String what) {
            if (!needsTranslation(text)) return;
            if (messages.contains(text) || messages.contains(text.trim())) return;
            String more = text.length() > 255 ? " (longer than LocalizedMessage.original's 255 characters: shorten it)" : "";
            out.add(c.problem(NAME, f, at, what + " '" + text + "' has no zh LocalizedMessage" + more));
        }
    }
}
