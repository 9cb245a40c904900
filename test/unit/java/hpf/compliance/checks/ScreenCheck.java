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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Screen and resource locations: subscreens-item, include-screen, transition-include, section-include,
 * widget-template-include, render-mode text, script and macro-template locations, form extends, MoquiConf mounts,
 * subscreens default-item, and relative screen URLs (links, responses, form transitions) inside the screen tree.
 */
final class ScreenCheck {
    static final String NAME = "screen";
    private static Set<String> frameworkLocations;

    private ScreenCheck() { }

    static synchronized Set<String> frameworkLocations(Component c) {
        if (frameworkLocations == null) {
            Set<String> s = new HashSet<>();
            try (InputStream in = ScreenCheck.class.getResourceAsStream("/checks/framework-locations.txt")) {
                if (in == null) throw new IllegalStateException("checks/framework-locations.txt not on the test classpath");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = r.readLine()) != null; ) {
                    line = line.trim();
                    if (line.isEmpty() || line.startsWith("#")) continue;
                    s.add(line);
                    int h = line.indexOf('#');
                    if (h > 0) s.add(line.substring(0, h));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            frameworkLocations = s;
        }
        Set<String> all = new HashSet<>(frameworkLocations);
        all.addAll(c.fw.screenLocations);
        return all;
    }

    static List<Problem> run(Component c) {
        List<Problem> out = new ArrayList<>();
        Tree tree = new Tree(c);
        Set<String> fwLocs = frameworkLocations(c);
        c.eachRoot(c.artifactXmlFiles(), (f, root) -> {
            boolean conf = root.getTagName().equals("moqui-conf");
            for (Element e : Xml.all(root)) {
                String tag = e.getTagName();
                switch (tag) {
                    case "subscreens-item" -> location(c, out, fwLocs, f, e, Xml.attr(e, "location"), null, tag);
                    case "include-screen" -> location(c, out, fwLocs, f, e, Xml.attr(e, "location"), null, tag);
                    case "transition-include" -> location(c, out, fwLocs, f, e, Xml.attr(e, "location"), "transition:" + e.getAttribute("name"), tag);
                    case "section-include" -> location(c, out, fwLocs, f, e, Xml.attr(e, "location"), "section", tag);
                    case "widget-template-include" -> location(c, out, fwLocs, f, e, Xml.attr(e, "location"), "widget-template", tag);
                    case "text" -> { if (Xml.ancestor(e, "render-mode") != null) location(c, out, fwLocs, f, e, Xml.attr(e, "location"), null, "render-mode text"); }
                    case "script", "macro-template" -> location(c, out, fwLocs, f, e, Xml.attr(e, "location"), null, tag);
                    case "screen" -> { if (conf) location(c, out, fwLocs, f, e, Xml.attr(e, "location"), null, "MoquiConf screen"); }
                    case "form-single", "form-list" -> {
                        String ext = Xml.attr(e, "extends");
                        if (ext != null && !Component.dynamic(ext)) {
                            if (ext.contains("://")) location(c, out, fwLocs, f, e, ext, "form", tag + " extends");
                            else if (formsOf(root).stream().noneMatch(ext::equals)) {
                                out.add(c.problem(NAME, f, e, tag + " extends '" + ext + "': no form of that name in this screen"));
                            }
                        }
                    }
                    default -> { }
                }
            }
        });
        // screen tree: default-item and relative URLs (not in screens used through include-screen: they render inside
        // another screen, which then decides what a relative URL means)
        Set<Path> included = new HashSet<>();
        c.eachRoot(c.screenFiles(), (f, root) -> {
            for (Element inc : Xml.all(root, "include-screen")) {
                Path p = c.localFile(Xml.attr(inc, "location"));
                if (p != null) included.add(p);
            }
        });
        for (Path f : c.screenFiles()) {
            Element root = c.root(f);
            if (root == null || !root.getTagName().equals("screen")) continue;
            Element ss = Xml.child(root, "subscreens");
            String di = ss == null ? null : Xml.attr(ss, "default-item");
            if (di != null && !Component.dynamic(di) && !tree.subscreens(f).containsKey(di)) {
                out.add(c.problem(NAME, f, ss, "subscreens default-item '" + di + "' is not a subscreen (no " + di
                        + ".xml in the screen's folder and no subscreens-item of that name)"));
            }
            if (!included.contains(f)) for (Element e : Xml.all(root)) urls(c, tree, out, f, e);
        }
        return out;
    }

    private static List<String> formsOf(Element root) {
        List<String> n = new ArrayList<>();
        for (Element fe : Xml.all(root, "form-single", "form-list")) n.add(fe.getAttribute("name"));
        return n;
    }

    /** A location (file part before '#'); local files must exist and hold the named fragment, framework ones must be known. */
    private static void location(Component c, List<Problem> out, Set<String> fwLocs, Path f, Element e, String loc, String fragKind, String what) {
        if (loc == null || loc.isBlank() || Component.dynamic(loc)) return;
        String file = loc;
        String frag = null;
        int h = loc.indexOf('#');
        if (h >= 0) { file = loc.substring(0, h); frag = loc.substring(h + 1); }
        if (!file.startsWith("component://")) return; // classpath://, dbresource://, relative: not checked
        Path local = c.localFile(file);
        if (local == null) {
            String fwKey = fragKind != null && fragKind.startsWith("transition:") ? file + "#" + fragKind.substring("transition:".length())
                    : frag == null ? file : loc;
            if (!fwLocs.contains(fwKey)) {
                out.add(c.problem(NAME, f, e, what + ": location '" + loc + "' is neither in this component (component://" + c.name
                        + "/...) nor a known framework location (framework-index.json, checks/framework-locations.txt)"));
            }
            return;
        }
        if (!Files.isRegularFile(local)) {
            out.add(c.problem(NAME, f, e, what + ": " + file + " does not exist"));
            return;
        }
        if (fragKind == null || !file.endsWith(".xml")) return;
        Element target = c.root(local);
        if (target == null) return;
        String name = frag;
        List<String> names = new ArrayList<>();
        String kind = fragKind;
        if (fragKind.startsWith("transition:")) { name = fragKind.substring("transition:".length()); kind = "transition"; }
        if (name == null || name.isEmpty()) {
            if (!kind.equals("section")) out.add(c.problem(NAME, f, e, what + ": location '" + loc + "' names no " + kind + " (add #name)"));
            return;
        }
        switch (kind) {
            case "transition" -> { for (Element t : Xml.all(target, "transition")) names.add(t.getAttribute("name")); }
            case "widget-template" -> { for (Element t : Xml.all(target, "widget-template")) names.add(t.getAttribute("name")); }
            case "section" -> { for (Element t : Xml.all(target, "section", "section-iterate")) names.add(t.getAttribute("name")); }
            case "form" -> names.addAll(formsOf(target));
            default -> { }
        }
        if (!names.contains(name)) out.add(c.problem(NAME, f, e, what + ": " + file + " has no " + kind + " named '" + name + "'"));
    }

    // ------------------------------------------------------------------ relative URLs

    private static final Map<String, String> URL_ATTRS = new LinkedHashMap<>();
    static {
        URL_ATTRS.put("link", "url");
        URL_ATTRS.put("default-response", "url");
        URL_ATTRS.put("error-response", "url");
        URL_ATTRS.put("conditional-response", "url");
        URL_ATTRS.put("form-single", "transition");
        URL_ATTRS.put("form-list", "transition");
        URL_ATTRS.put("dynamic-options", "transition");
        URL_ATTRS.put("dynamic-dialog", "transition");
        URL_ATTRS.put("text-line", "ac-transition");
    }

    private static void urls(Component c, Tree tree, List<Problem> out, Path f, Element e) {
        String attr = URL_ATTRS.get(e.getTagName());
        if (attr == null) return;
        String url = Xml.attr(e, attr);
        if (url == null || url.isBlank() || Component.dynamic(url)) return;
        String urlType = Xml.attr(e, "url-type");
        if (urlType != null && !urlType.equals("transition") && !urlType.equals("screen")) return;
        String type = Xml.attr(e, "type");
        if (type != null && !type.equals("url")) return; // screen-last, none ...
        if (url.contains("://") || url.startsWith("#") || url.startsWith("javascript:")) return;
        int q = url.indexOf('?');
        if (q >= 0) url = url.substring(0, q);
        // widget templates and transition libraries are rendered inside other screens: only check real screens' own URLs
        String problem = tree.resolve(f, url);
        if (problem != null) out.add(c.problem(NAME, f, e, e.getTagName() + " " + attr + " '" + url + "' does not resolve: " + problem));
    }

    /** The component's screen tree: folder subscreens plus subscreens-item (in screens and MoquiConf). */
    static final class Tree {
        private final Component c;
        private final Map<Path, Path> parent = new LinkedHashMap<>();
        /** mount name (MoquiConf subscreens-item under apps.xml etc.) to root screen file */
        private final Map<String, Path> mounts = new LinkedHashMap<>();

        Tree(Component c) {
            this.c = c;
            for (Path f : c.screenFiles()) {
                Path dirParent = f.getParent().resolveSibling(f.getParent().getFileName() + ".xml");
                if (Files.isRegularFile(dirParent) && f.getParent().startsWith(c.dir.resolve("screen"))) parent.put(f, dirParent);
            }
            for (Path f : c.screenFiles()) {
                Element root = c.root(f);
                if (root == null) continue;
                for (Element si : Xml.all(root, "subscreens-item")) {
                    Path loc = c.localFile(Xml.attr(si, "location"));
                    if (loc != null && !parent.containsKey(loc)) parent.put(loc, f);
                }
            }
            Path conf = c.dir.resolve("MoquiConf.xml");
            Element croot = Files.isRegularFile(conf) ? c.root(conf) : null;
            if (croot != null) {
                for (Element scr : Xml.all(croot, "screen")) {
                    Path host = c.localFile(Xml.attr(scr, "location"));
                    for (Element si : Xml.children(scr, "subscreens-item")) {
                        Path loc = c.localFile(Xml.attr(si, "location"));
                        if (loc == null) continue;
                        if (host == null) mounts.put(si.getAttribute("name"), loc);
                        else if (!parent.containsKey(loc)) parent.put(loc, host);
                    }
                }
            }
        }

        /** subscreen name to screen file (null value when the item points outside the component) */
        Map<String, Path> subscreens(Path screen) {
            Map<String, Path> m = new LinkedHashMap<>();
            String base = screen.getFileName().toString().replaceFirst("\\.xml$", "");
            Path dir = screen.resolveSibling(base);
            if (Files.isDirectory(dir)) {
                try (var s = Files.list(dir)) {
                    s.filter(p -> p.toString().endsWith(".xml")).forEach(p -> m.put(p.getFileName().toString().replaceFirst("\\.xml$", ""), p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            Element root = c.root(screen);
            if (root != null) {
                for (Element si : Xml.all(root, "subscreens-item")) m.put(si.getAttribute("name"), c.localFile(Xml.attr(si, "location")));
            }
            Path conf = c.dir.resolve("MoquiConf.xml");
            Element croot = Files.isRegularFile(conf) ? c.root(conf) : null;
            if (croot != null) {
                for (Element scr : Xml.all(croot, "screen")) {
                    if (screen.equals(c.localFile(Xml.attr(scr, "location")))) {
                        for (Element si : Xml.children(scr, "subscreens-item")) m.put(si.getAttribute("name"), c.localFile(Xml.attr(si, "location")));
                    }
                }
            }
            return m;
        }

        Set<String> transitions(Path screen) {
            Set<String> s = new HashSet<>();
            Element root = c.root(screen);
            if (root == null) return s;
            for (Element t : Xml.children(root, "transition", "transition-include")) s.add(t.getAttribute("name"));
            return s;
        }

        boolean allowExtraPath(Path screen) {
            Element root = c.root(screen);
            return root != null && "true".equals(root.getAttribute("allow-extra-path"));
        }

        /** null when the URL resolves (or cannot be checked), else why not */
        String resolve(Path from, String url) {
            Path cur = from;
            String path = url;
            if (path.startsWith("//")) {
                String rest = path.substring(2);
                int sl = rest.indexOf('/');
                String first = sl < 0 ? rest : rest.substring(0, sl);
                cur = mounts.get(first);
                if (cur == null) return null; // another app: not checked
                path = sl < 0 ? "" : rest.substring(sl + 1);
            } else if (path.startsWith("/")) {
                String[] segs = path.substring(1).split("/");
                if (segs.length >= 2 && List.of("apps", "qapps", "vapps").contains(segs[0]) && mounts.containsKey(segs[1])) {
                    cur = mounts.get(segs[1]);
                    path = String.join("/", List.of(segs).subList(2, segs.length));
                } else {
                    return null;
                }
            }
            String[] segs = path.split("/");
            for (int i = 0; i < segs.length; i++) {
                String s = segs[i];
                if (s.isEmpty() || s.equals(".")) continue;
                if (s.equals("..")) {
                    Path p = parent.get(cur);
                    if (p == null) return null; // above the component's root screen: not checked
                    cur = p;
                    continue;
                }
                boolean last = i == segs.length - 1;
                if (last && transitions(cur).contains(s)) return null;
                Map<String, Path> subs = subscreens(cur);
                if (subs.containsKey(s)) {
                    Path next = subs.get(s);
                    if (next == null) return null; // subscreen outside the component
                    if (!Files.isRegularFile(next)) return "subscreen " + s + " has no file";
                    cur = next;
                    continue;
                }
                if (allowExtraPath(cur)) return null;
                if (s.contains(".") && last) return null; // a static resource (file.js, image.png, ...)
                return "'" + s + "' is not a " + (last ? "transition or " : "") + "subscreen of " + c.rel(cur);
            }
            return null;
        }
    }
}
