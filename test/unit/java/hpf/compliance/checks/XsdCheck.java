package hpf.compliance.checks;

import org.w3c.dom.Element;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * XSD validation of every component XML file (entity/, service/, screen/, template/ files with a Moqui schema,
 * MoquiConf.xml, component.xml) against the Moqui schemas; data files (entity-facade-xml) are left to the cross-reference checks.
 */
final class XsdCheck {
    static final String NAME = "xsd";
    static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
    private static final Map<Path, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private XsdCheck() { }

    /**
     * The Moqui schema folder: system property moqui.xsd.dir, then $MOQUI_HOME/framework/xsd, then ../shared/moqui/xsd
     * next to the component. Throws with instructions when none of them holds the schemas.
     */
    static Path findXsdDir(Path componentDir, String property, String moquiHome) {
        List<String> tried = new ArrayList<>();
        List<Path> candidates = new ArrayList<>();
        if (property != null && !property.isBlank()) candidates.add(Path.of(property));
        else tried.add("system property moqui.xsd.dir (not set)");
        if (moquiHome != null && !moquiHome.isBlank()) candidates.add(Path.of(moquiHome, "framework", "xsd"));
        else tried.add("$MOQUI_HOME/framework/xsd (MOQUI_HOME not set)");
        candidates.add(componentDir.resolve("../shared/moqui/xsd"));
        for (Path p : candidates) {
            Path n = p.toAbsolutePath().normalize();
            if (Files.isRegularFile(n.resolve("xml-screen-3.xsd"))) return n;
            tried.add(n + " (no xml-screen-3.xsd there)");
        }
        throw new IllegalStateException("Moqui XSD schemas not found. Tried: " + String.join("; ", tried)
                + ". Point at a folder holding moqui-framework's framework/xsd/*.xsd with -Dmoqui.xsd.dir=/path/to/xsd "
                + "(mvn -Dmoqui.xsd.dir=...), or set MOQUI_HOME to a Moqui installation.");
    }

    static Path xsdDirFor(Path componentDir) {
        return findXsdDir(componentDir, System.getProperty("moqui.xsd.dir"), System.getenv("MOQUI_HOME"));
    }

    /** Files this check validates, and whether each must carry a schema declaration. */
    static List<Path> filesToValidate(Component c) {
        List<Path> out = new ArrayList<>(c.rootFiles());
        out.addAll(c.entityFiles());
        out.addAll(c.serviceFiles());
        out.addAll(c.screenFiles());
        for (Path t : c.templateXmlFiles()) {
            Element r = c.root(t);
            // templates: only files that declare a Moqui schema (form/widget templates); FO/other XML is skipped
            if (r == null || schemaLocation(r) != null && schemaLocation(r).contains("moqui.org/xsd/")) out.add(t);
        }
        return out;
    }

    static String schemaLocation(Element root) {
        String s = root.getAttributeNS(XSI, "noNamespaceSchemaLocation");
        return s == null || s.isEmpty() ? null : s.trim();
    }

    static List<Problem> run(Component c) {
        Path xsdDir = xsdDirFor(c.dir);
        List<Problem> out = Collections.synchronizedList(new ArrayList<>());
        filesToValidate(c).parallelStream().forEach(f -> out.addAll(validate(c, f, xsdDir)));
        return out;
    }

    static List<Problem> validate(Component c, Path f, Path xsdDir) {
        List<Problem> out = new ArrayList<>();
        String rel = c.rel(f);
        Element root = c.root(f);
        if (root == null) {
            Problem pe = c.parseError(f);
            out.add(new Problem(NAME, rel, pe.line(), pe.col(), pe.message()));
            return out;
        }
        if (root.getTagName().equals("entity-facade-xml")) return out;
        String loc = schemaLocation(root);
        if (loc == null) {
            out.add(new Problem(NAME, rel, Xml.line(root), Xml.col(root), "root <" + root.getTagName()
                    + "> has no xsi:noNamespaceSchemaLocation (expected http://moqui.org/xsd/<kind>-3.xsd); Moqui files must declare their schema"));
            return out;
        }
        String xsdName = null;
        for (String pre : List.of("http://moqui.org/xsd/", "https://moqui.org/xsd/")) {
            if (loc.startsWith(pre)) xsdName = loc.substring(pre.length());
        }
        if (xsdName == null || !Files.isRegularFile(xsdDir.resolve(xsdName))) {
            out.add(new Problem(NAME, rel, Xml.line(root), Xml.col(root), "schema location '" + loc
                    + "' is not a Moqui schema (http://moqui.org/xsd/<kind>-3.xsd found in " + xsdDir + ")"));
            return out;
        }
        Schema schema = schema(xsdDir.resolve(xsdName).toAbsolutePath().normalize(), xsdDir);
        Validator v = schema.newValidator();
        v.setResourceResolver(new MoquiResolver(xsdDir));
        v.setErrorHandler(new ErrorHandler() {
            @Override public void warning(SAXParseException e) { }
            @Override public void error(SAXParseException e) { out.add(new Problem(NAME, rel, e.getLineNumber(), e.getColumnNumber(), e.getMessage())); }
            @Override public void fatalError(SAXParseException e) { error(e); }
        });
        try {
            v.validate(new StreamSource(f.toFile()));
        } catch (SAXParseException e) {
            // already reported through the error handler (fatal errors are thrown after being reported)
            if (out.isEmpty()) out.add(new Problem(NAME, rel, e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
        } catch (SAXException e) {
            out.add(new Problem(NAME, rel, 0, 0, e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Schema schema(Path xsd, Path xsdDir) {
        return SCHEMAS.computeIfAbsent(xsd, p -> {
            try {
                SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                // Moqui's xml-actions schema breaks Unique Particle Attribution; full checking must be off to load it
                sf.setFeature("http://apache.org/xml/features/validation/schema-full-checking", false);
                sf.setResourceResolver(new MoquiResolver(xsdDir));
                return sf.newSchema(new StreamSource(p.toFile()));
            } catch (SAXException e) {
                throw new IllegalStateException("Cannot load Moqui schema " + p + ": " + e.getMessage(), e);
            }
        });
    }

    /** Maps http://moqui.org/xsd/X.xsd (and relative includes) to the local schema folder. */
    static final class MoquiResolver implements LSResourceResolver {
        private final Path dir;

        MoquiResolver(Path dir) { this.dir = dir; }

        @Override
        public LSInput resolveResource(String type, String ns, String publicId, String systemId, String baseURI) {
            if (systemId == null) return null;
            String name = null;
            for (String pre : List.of("http://moqui.org/xsd/", "https://moqui.org/xsd/")) {
                if (systemId.startsWith(pre)) name = systemId.substring(pre.length());
            }
            if (name == null) return null;
            Path p = dir.resolve(name);
            if (!Files.isRegularFile(p)) return null;
            return new FileInput(p, publicId);
        }
    }

    private record FileInput(Path file, String publicId) implements LSInput {
        @Override public Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(Reader r) { }
        @Override public InputStream getByteStream() {
            try {
                return Files.newInputStream(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        @Override public void setByteStream(InputStream s) { }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String s) { }
        @Override public String getSystemId() { return file.toUri().toString(); }
        @Override public void setSystemId(String s) { }
        @Override public String getPublicId() { return publicId; }
        @Override public void setPublicId(String s) { }
        @Override public String getBaseURI() { return null; }
        @Override public void setBaseURI(String s) { }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String s) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean b) { }
    }
}
