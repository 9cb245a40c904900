package hpf.compliance.checks;

import org.w3c.dom.Element;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Services defined by the component (service/**.xml, root services) plus the framework's, with Moqui's name forms. */
final class ServiceModel {
    record ServiceDef(String name, String verb, String noun, Path file, Element el) { }

    static final Set<String> ENTITY_VERBS = Set.of("create", "update", "store", "delete");

    final Map<String, ServiceDef> own = new LinkedHashMap<>();
    private final Set<String> known = new HashSet<>();
    private final EntityModel entities;

    ServiceModel(Component c) {
        this.entities = c.entities();
        Path sdir = c.dir.resolve("service");
        for (Path f : c.serviceFiles()) {
            Element root = c.root(f);
            if (root == null || !root.getTagName().equals("services")) continue;
            String rel = sdir.relativize(f).toString().replace('\\', '/');
            String path = rel.substring(0, rel.length() - ".xml".length()).replace('/', '.');
            for (Element s : Xml.children(root, "service", "service-include")) {
                String verb = s.getAttribute("verb");
                String noun = Xml.attr(s, "noun");
                String name = path + "." + verb + (noun == null || noun.isEmpty() ? "" : "#" + noun);
                own.put(name, new ServiceDef(name, verb, noun, f, s));
                known.add(normalize(name));
            }
        }
        for (String s : c.fw.services) known.add(normalize(s));
    }

    /** path.verb#Noun and path.verbNoun both normalize to path.verb#Noun (verb = leading lower-case part). */
    static String normalize(String name) {
        int hash = name.indexOf('#');
        if (hash >= 0) return name;
        int dot = name.lastIndexOf('.');
        String last = name.substring(dot + 1);
        int up = -1;
        for (int i = 0; i < last.length(); i++) if (Character.isUpperCase(last.charAt(i))) { up = i; break; }
        if (up <= 0) return name;
        return name.substring(0, dot + 1) + last.substring(0, up) + "#" + last.substring(up);
    }

    /** Whether a service name (as written in a call) resolves: component, framework, or implicit entity-auto service. */
    boolean exists(String name) {
        if (name == null || name.isEmpty()) return false;
        String n = normalize(name);
        if (known.contains(n)) return true;
        int hash = n.indexOf('#');
        if (hash > 0) {
            String before = n.substring(0, hash);
            String noun = n.substring(hash + 1);
            if (!before.contains(".") && ENTITY_VERBS.contains(before) && entities.find(noun) != null) return true;
            // noun written with a lower-case first letter (verbNoun form is matched case-sensitively by Moqui; be lenient)
            String alt = before + "#" + Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
            return known.contains(alt);
        }
        return false;
    }
}
