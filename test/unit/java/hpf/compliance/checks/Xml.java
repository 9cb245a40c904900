package hpf.compliance.checks;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.DefaultHandler2;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/** DOM documents that remember the line and column of every element (SAX locator of the start tag). */
final class Xml {
    private static final String POS = "hpf.pos";
    private static final SAXParserFactory SAX = SAXParserFactory.newInstance();
    private static final DocumentBuilderFactory DOM = DocumentBuilderFactory.newInstance();
    static {
        SAX.setNamespaceAware(true);
        try {
            SAX.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            SAX.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException(e);
        }
        DOM.setNamespaceAware(true);
    }

    private Xml() { }

    static Document parse(Path file) throws IOException, SAXException {
        Document doc;
        try {
            doc = DOM.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        Builder b = new Builder(doc);
        try (InputStream in = Files.newInputStream(file)) {
            SAXParser p;
            try {
                p = SAX.newSAXParser();
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException(e);
            }
            InputSource src = new InputSource(in);
            src.setSystemId(file.toUri().toString());
            p.setProperty("http://xml.org/sax/properties/lexical-handler", b);
            p.parse(src, b);
        }
        return doc;
    }

    private static final class Builder extends DefaultHandler2 {
        private final Document doc;
        private final Deque<Node> stack = new ArrayDeque<>();
        private Locator loc;

        Builder(Document doc) { this.doc = doc; stack.push(doc); }

        @Override public void setDocumentLocator(Locator locator) { this.loc = locator; }

        @Override public void startElement(String uri, String localName, String qName, Attributes atts) {
            Element e = doc.createElementNS(uri == null || uri.isEmpty() ? null : uri, qName);
            for (int i = 0; i < atts.getLength(); i++) {
                String auri = atts.getURI(i);
                e.setAttributeNS(auri == null || auri.isEmpty() ? null : auri, atts.getQName(i), atts.getValue(i));
            }
            if (loc != null) e.setUserData(POS, new int[]{loc.getLineNumber(), loc.getColumnNumber()}, null);
            stack.peek().appendChild(e);
            stack.push(e);
        }

        @Override public void endElement(String uri, String localName, String qName) { stack.pop(); }

        @Override public void characters(char[] ch, int start, int length) {
            if (stack.peek() instanceof Element) stack.peek().appendChild(doc.createTextNode(new String(ch, start, length)));
        }

        @Override public void error(SAXParseException e) throws SAXException { throw e; }
    }

    static int line(Node n) {
        int[] p = n == null ? null : (int[]) n.getUserData(POS);
        return p == null ? 0 : p[0];
    }

    static int col(Node n) {
        int[] p = n == null ? null : (int[]) n.getUserData(POS);
        return p == null ? 0 : p[1];
    }

    /** Attribute value or null when the attribute is absent. */
    static String attr(Element e, String name) {
        Attr a = e.getAttributeNode(name);
        return a == null ? null : a.getValue();
    }

    static List<Element> children(Element e, String... names) {
        List<String> ns = Arrays.asList(names);
        List<Element> out = new ArrayList<>();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element ce && (ns.isEmpty() || ns.contains(ce.getTagName()))) out.add(ce);
        }
        return out;
    }

    static Element child(Element e, String name) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element ce && ce.getTagName().equals(name)) return ce;
        }
        return null;
    }

    /** All descendant elements (document order) with one of the names, or all when no name given. */
    static List<Element> all(Node root, String... names) {
        List<Element> out = new ArrayList<>();
        if (names.length == 0) {
            NodeList nl = root instanceof Document d ? d.getElementsByTagName("*") : ((Element) root).getElementsByTagName("*");
            for (int i = 0; i < nl.getLength(); i++) out.add((Element) nl.item(i));
            return out;
        }
        List<String> ns = Arrays.asList(names);
        collect(root, ns, out);
        return out;
    }

    private static void collect(Node n, List<String> names, List<Element> out) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element ce) {
                if (names.contains(ce.getTagName())) out.add(ce);
                collect(ce, names, out);
            }
        }
    }

    /** Nearest ancestor (not the element itself) with one of the names. */
    static Element ancestor(Element e, String... names) {
        List<String> ns = Arrays.asList(names);
        for (Node p = e.getParentNode(); p instanceof Element pe; p = p.getParentNode()) {
            if (ns.contains(pe.getTagName())) return pe;
        }
        return null;
    }

    static String text(Element e) { return e.getTextContent(); }

    static List<Attr> attrs(Element e) {
        NamedNodeMap m = e.getAttributes();
        List<Attr> out = new ArrayList<>();
        for (int i = 0; i < m.getLength(); i++) out.add((Attr) m.item(i));
        return out;
    }
}
