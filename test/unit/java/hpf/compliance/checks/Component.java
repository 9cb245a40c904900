package hpf.compliance.checks;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/** A Moqui component on disk: its files, parsed XML (cached), entity and service models, and the framework index. */
final class Component {
    final Path dir;
    final String name;
    final FrameworkIndex fw;
    private final Map<Path, Object> docs = new ConcurrentHashMap<>();
    private EntityModel entityModel;
    private ServiceModel serviceModel;

    Component(Path dir, FrameworkIndex fw) {
        this.dir = dir.toAbsolutePath().normalize();
        this.fw = fw;
        String n = this.dir.getFileName().toString();
        Path cx = this.dir.resolve("component.xml");
        if (Files.isRegularFile(cx)) {
            Document d = doc(cx);
            if (d != null && d.getDocumentElement().hasAttribute("name")) n = d.getDocumentElement().getAttribute("name");
        }
        this.name = n;
    }

    /** component-relative path with forward slashes */
    String rel(Path p) {
        return dir.relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    Problem problem(String check, Path file, Node at, String message) {
        return new Problem(check, rel(file), Xml.line(at), Xml.col(at), message);
    }

    /** Files with the extension directly in (recursive=false) or anywhere under the sub directory, sorted. */
    List<Path> files(String sub, boolean recursive, String ext) {
        Path d = dir.resolve(sub);
        if (!Files.isDirectory(d)) return List.of();
        try (Stream<Path> s = recursive ? Files.walk(d) : Files.list(d)) {
            return s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(ext)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Path> entityFiles() { return files("entity", false, ".xml"); }
    List<Path> serviceFiles() { return files("service", true, ".xml"); }
    List<Path> screenFiles() { return files("screen", true, ".xml"); }
    List<Path> templateXmlFiles() { return files("template", true, ".xml"); }
    List<Path> dataFiles() { return files("data", false, ".xml"); }

    List<Path> rootFiles() {
        List<Path> out = new ArrayList<>();
        for (String n : List.of("MoquiConf.xml", "component.xml")) {
            Path p = dir.resolve(n);
            if (Files.isRegularFile(p)) out.add(p);
        }
        return out;
    }

    /** The XML files that declare or use artifacts (conf, entity, service, screen, template), without data. */
    List<Path> artifactXmlFiles() {
        List<Path> out = new ArrayList<>(rootFiles());
        out.addAll(entityFiles());
        out.addAll(serviceFiles());
        out.addAll(screenFiles());
        out.addAll(templateXmlFiles());
        return out;
    }

    /** Visits the root element of each file; a file that is not well-formed is skipped (XsdCheck reports it). */
    void eachRoot(List<Path> files, BiConsumer<Path, Element> visit) {
        for (Path f : files) {
            Element root = root(f);
            if (root != null) visit.accept(f, root);
        }
    }

    /** Visits each Groovy file below the given folders with its text. */
    void eachGroovy(List<String> subs, BiConsumer<Path, String> visit) {
        for (String sub : subs) {
            for (Path g : files(sub, true, ".groovy")) {
                try {
                    visit.accept(g, Files.readString(g));
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            }
        }
    }

    /** Visits each root that holds data records (data files, entity seed-data blocks) with its file. */
    void eachDataRoot(BiConsumer<Path, Element> visit) {
        List<Path> files = new ArrayList<>();
        List<Element> roots = dataRoots(files);
        for (int i = 0; i < roots.size(); i++) visit.accept(files.get(i), roots.get(i));
    }

    /** Every XML file of the component that Moqui reads (entity, service, screen, template, data, conf). */
    List<Path> allXmlFiles() {
        List<Path> out = artifactXmlFiles();
        out.addAll(dataFiles());
        return out;
    }

    /** Parsed document, or null when the file is not well-formed (parseError tells why). */
    Document doc(Path p) {
        Object o = docs.computeIfAbsent(p.toAbsolutePath().normalize(), k -> {
            try {
                return Xml.parse(k);
            } catch (SAXParseException e) {
                return new Problem("xml", rel(k), e.getLineNumber(), e.getColumnNumber(), "not well-formed: " + e.getMessage());
            } catch (SAXException | IOException e) {
                return new Problem("xml", rel(k), 0, 0, "cannot parse: " + e.getMessage());
            }
        });
        return o instanceof Document d ? d : null;
    }

    Problem parseError(Path p) {
        doc(p);
        Object o = docs.get(p.toAbsolutePath().normalize());
        return o instanceof Problem pr ? pr : null;
    }

    Element root(Path p) {
        Document d = doc(p);
        return d == null ? null : d.getDocumentElement();
    }

    /** Data files (root entity-facade-xml) */
    List<Path> entityDataFiles() {
        List<Path> out = new ArrayList<>();
        for (Path p : dataFiles()) {
            Element r = root(p);
            if (r != null && r.getTagName().equals("entity-facade-xml")) out.add(p);
        }
        return out;
    }

    /** Root elements whose data records Moqui loads: data files and entity seed-data blocks. */
    List<Element> dataRoots(List<Path> filesOut) {
        List<Element> out = new ArrayList<>();
        for (Path p : entityDataFiles()) { out.add(root(p)); filesOut.add(p); }
        for (Path p : entityFiles()) {
            Element r = root(p);
            if (r == null) continue;
            for (Element sd : Xml.all(r, "seed-data")) { out.add(sd); filesOut.add(p); }
        }
        return out;
    }

    /** component://<this>/x/y.xml to the file, or null when the location is not in this component */
    Path localFile(String location) {
        String pre = "component://" + name + "/";
        if (location == null || !location.startsWith(pre)) return null;
        return dir.resolve(location.substring(pre.length())).normalize();
    }

    synchronized EntityModel entities() {
        if (entityModel == null) entityModel = new EntityModel(this);
        return entityModel;
    }

    synchronized ServiceModel services() {
        if (serviceModel == null) serviceModel = new ServiceModel(this);
        return serviceModel;
    }

    static boolean dynamic(String s) { return s != null && (s.contains("${") || s.contains("#{")); }

    static List<String> splitList(String s) {
        if (s == null) return Collections.emptyList();
        List<String> out = new ArrayList<>();
        for (String x : s.split(",")) if (!x.isBlank()) out.add(x.trim());
        return out;
    }
}
