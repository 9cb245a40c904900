package hpf.compliance.checks;

import org.w3c.dom.Element;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every service the component calls exists: in its own service files, in the framework index, or as an implicit
 * entity-auto service; script/java service implementations exist; entity-auto nouns are entities.
 */
final class ServiceCheck {
    static final String NAME = "service";
    /** ec.service.sync().name("...") and friends in Groovy (scripts and inline XML script) */
    static final Pattern GROOVY_CALL = Pattern.compile("\\b(?:sync|async|job|special)\\(\\)\\s*\\.name\\(\\s*(['\"])([^'\"]+)\\1\\s*\\)");

    private ServiceCheck() { }

    static List<Problem> run(Component c) {
        List<Problem> out = new ArrayList<>();
        ServiceModel sm = c.services();
        c.eachRoot(c.artifactXmlFiles(), (f, root) -> {
            for (Element e : Xml.all(root, "service-call")) ref(c, sm, out, f, e, Xml.attr(e, "name"), "service-call");
            for (Element e : Xml.all(root, "auto-fields-service")) ref(c, sm, out, f, e, Xml.attr(e, "service-name"), "auto-fields-service");
            for (Element e : Xml.all(root, "implements")) ref(c, sm, out, f, e, Xml.attr(e, "service"), "implements");
            if (root.getTagName().equals("resource")) {
                for (Element e : Xml.all(root, "service")) ref(c, sm, out, f, e, Xml.attr(e, "name"), "REST method service");
            }
            if (root.getTagName().equals("secas")) {
                for (Element e : Xml.all(root, "seca")) {
                    if (!"true".equals(e.getAttribute("name-is-pattern"))) ref(c, sm, out, f, e, Xml.attr(e, "service"), "SECA");
                }
            }
            for (Element s : Xml.all(root, "script")) groovyCalls(c, sm, out, f, Xml.line(s), s.getTextContent());
        });
        // service definitions: implementations and entity-auto nouns
        for (ServiceModel.ServiceDef sd : sm.own.values()) {
            Element e = sd.el();
            if (!e.getTagName().equals("service")) continue;
            String type = e.hasAttribute("type") ? e.getAttribute("type") : "inline";
            String loc = Xml.attr(e, "location");
            switch (type) {
                case "script" -> {
                    if (loc == null) out.add(c.problem(NAME, sd.file(), e, "script service " + sd.name() + " has no location"));
                    else if (!Component.dynamic(loc)) location(c, out, sd.file(), e, loc, "script of " + sd.name());
                }
                case "entity-auto" -> {
                    if (sd.noun() == null || c.entities().find(sd.noun()) == null) {
                        out.add(c.problem(NAME, sd.file(), e, "entity-auto service " + sd.name() + ": noun '" + sd.noun() + "' is not an entity"));
                    }
                }
                case "java" -> {
                    if (loc != null && loc.startsWith("hpf.")) {
                        Path src = c.dir.resolve("src/main/java/" + loc.replace('.', '/') + ".java");
                        Path gsrc = c.dir.resolve("src/main/groovy/" + loc.replace('.', '/') + ".groovy");
                        if (!Files.isRegularFile(src) && !Files.isRegularFile(gsrc)) {
                            out.add(c.problem(NAME, sd.file(), e, "java service " + sd.name() + ": class " + loc + " not found under src/main"));
                        }
                    }
                }
                default -> { }
            }
        }
        c.eachGroovy(List.of("service", "screen", "template", "src"), (g, text) -> groovyCalls(c, sm, out, g, 1, text));
        // data: ServiceJob, DataFeed, service artifacts in ArtifactGroupMember
        c.eachDataRoot((f, root) -> {
            for (Element e : Xml.all(root)) {
                EntityDef ed = c.entities().find(e.getTagName());
                if (ed == null) continue;
                switch (ed.fullName()) {
                    case "moqui.service.job.ServiceJob" -> ref(c, sm, out, f, e, Xml.attr(e, "serviceName"), "ServiceJob.serviceName");
                    case "moqui.entity.feed.DataFeed" -> {
                        ref(c, sm, out, f, e, Xml.attr(e, "feedReceiveServiceName"), "DataFeed.feedReceiveServiceName");
                        ref(c, sm, out, f, e, Xml.attr(e, "feedDeleteServiceName"), "DataFeed.feedDeleteServiceName");
                    }
                    case "moqui.security.ArtifactGroupMember" -> {
                        if ("AT_SERVICE".equals(e.getAttribute("artifactTypeEnumId")) && !"Y".equals(e.getAttribute("nameIsPattern"))) {
                            ref(c, sm, out, f, e, Xml.attr(e, "artifactName"), "ArtifactGroupMember.artifactName");
                        }
                    }
                    default -> { }
                }
            }
        });
        return out;
    }

    private static void ref(Component c, ServiceModel sm, List<Problem> out, Path f, Element e, String name, String what) {
        if (name == null || name.isBlank() || Component.dynamic(name)) return;
        if (!sm.exists(name.trim())) {
            out.add(c.problem(NAME, f, e, what + ": service '" + name + "' is not defined (not in this component's service/ files, "
                    + "not a framework service, not an implicit create/update/store/delete#<entity>)"));
        }
    }

    private static void groovyCalls(Component c, ServiceModel sm, List<Problem> out, Path f, int firstLine, String text) {
        Matcher m = GROOVY_CALL.matcher(text);
        while (m.find()) {
            String name = m.group(2);
            if (Component.dynamic(name) || sm.exists(name)) continue;
            int line = firstLine;
            for (int i = 0; i < m.start(); i++) if (text.charAt(i) == '\n') line++;
            out.add(new Problem(NAME, c.rel(f), line, 0, "Groovy service call: service '" + name + "' is not defined"));
        }
    }

    static void location(Component c, List<Problem> out, Path f, Element e, String loc, String what) {
        if (loc.startsWith("component://")) {
            Path p = c.localFile(loc);
            if (p == null) {
                out.add(c.problem(NAME, f, e, what + ": location " + loc + " is not in component " + c.name));
            } else if (!Files.isRegularFile(p)) {
                out.add(c.problem(NAME, f, e, what + ": file " + loc + " does not exist"));
            }
        }
    }
}
