package hpf.compliance.checks;

import groovy.lang.GroovyClassLoader;
import org.codehaus.groovy.ast.ClassHelper;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.control.ClassNodeResolver;
import org.codehaus.groovy.control.CompilationFailedException;
import org.codehaus.groovy.control.CompilationUnit;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.codehaus.groovy.control.ErrorCollector;
import org.codehaus.groovy.control.Phases;
import org.codehaus.groovy.control.messages.ExceptionMessage;
import org.codehaus.groovy.control.messages.Message;
import org.codehaus.groovy.control.messages.SimpleMessage;
import org.codehaus.groovy.control.messages.SyntaxErrorMessage;
import org.codehaus.groovy.syntax.SyntaxException;
import org.w3c.dom.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groovy: every *.groovy under service/, screen/, template/ and src/ compiles with Groovy 5 (through class generation,
 * so syntax and class resolution are checked); Moqui classes (org.moqui.*, not on the test classpath) resolve to
 * placeholders when written out in the file or, for star imports, when they are known Moqui API names. Inline Groovy in XML
 * (script text, condition/from/default/in-map/parameter-map/list attributes, expression elements) is parsed for syntax.
 */
final class GroovyCheck {
    static final String NAME = "groovy";
    private static final Pattern MOQUI_FQN = Pattern.compile("\\borg\\.moqui(?:\\.[A-Za-z_]\\w*)+");
    private static final Pattern STAR_IMPORT = Pattern.compile("(?m)^\\s*import\\s+(org\\.moqui(?:\\.\\w+)*)\\.\\*");
    /** Public Moqui API classes by package (moqui-framework framework/src/main/java/org/moqui), for star imports only. */
    static final Map<String, Set<String>> MOQUI_API = Map.of(
            "org.moqui", Set.of("BaseArtifactException", "BaseException", "Moqui"),
            "org.moqui.context", Set.of("ArtifactAuthorizationException", "ArtifactExecutionFacade", "ArtifactExecutionInfo",
                    "ArtifactTarpitException", "AuthenticationRequiredException", "CacheFacade", "ElasticFacade", "ExecutionContext",
                    "ExecutionContextFactory", "L10nFacade", "LogEventSubscriber", "LoggerFacade", "MessageFacade", "MessageFacadeException",
                    "NotificationMessage", "NotificationMessageListener", "PasswordChangeRequiredException", "ResourceFacade",
                    "SecondFactorRequiredException", "ToolFactory", "TransactionException", "TransactionFacade", "TransactionInternal",
                    "UserFacade", "ValidationError", "WebFacade", "WebMediaTypeException"),
            "org.moqui.entity", Set.of("EntityCondition", "EntityConditionFactory", "EntityDataLoader", "EntityDataWriter",
                    "EntityDatasourceFactory", "EntityDynamicView", "EntityException", "EntityFacade", "EntityFind", "EntityList",
                    "EntityListIterator", "EntityNotFoundException", "EntityValue"),
            "org.moqui.service", Set.of("ServiceCall", "ServiceCallAsync", "ServiceCallJob", "ServiceCallSpecial", "ServiceCallSync",
                    "ServiceException", "ServiceFacade"),
            "org.moqui.screen", Set.of("ScreenFacade", "ScreenRender", "ScreenTest"),
            "org.moqui.resource", Set.of("ResourceReference", "ClasspathResourceReference", "UrlResourceReference"),
            "org.moqui.util", Set.of("CollectionUtilities", "ContextBinding", "ContextStack", "LiteStringMap", "MClassLoader", "MNode",
                    "ObjectUtilities", "RestClient", "StringUtilities", "SystemBinding", "WebUtilities"));
    static final List<String> EXPRESSION_ATTRS = List.of("condition", "from", "default", "in-map", "parameter-map", "list");
    static final Set<String> EXPRESSION_ELEMENTS = Set.of("if", "else-if", "while", "section", "section-iterate", "conditional-field",
            "set", "econdition", "field-map", "parameter", "service-call", "default-response", "error-response", "conditional-response",
            "link", "iterate", "field", "order-map-list", "filter-map-list", "entity-find-one", "entity-make-value", "entity-set");

    private GroovyCheck() { }

    static List<Problem> run(Component c) {
        List<Problem> out = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (String sub : List.of("service", "screen", "template", "src")) files.addAll(c.files(sub, true, ".groovy"));
        // fast path: every file in one compilation unit; on any error compile file by file so each file reports its own errors
        List<Problem> together = files.isEmpty() ? List.of() : compile(c, files);
        if (!together.isEmpty()) {
            files.parallelStream().map(f -> compile(c, List.of(f))).forEachOrdered(out::addAll);
        }
        List<Path> xml = new ArrayList<>(c.serviceFiles());
        xml.addAll(c.screenFiles());
        xml.addAll(c.entityFiles());
        xml.addAll(c.templateXmlFiles());
        xml.addAll(c.rootFiles());
        List<Snippet> snippets = new ArrayList<>();
        for (Path f : xml) snippets.addAll(snippets(c, f));
        out.addAll(parseAll(c, snippets));
        return out;
    }

    private static Set<String> moquiNames(String text) {
        Set<String> moquiNames = new HashSet<>();
        Matcher m = MOQUI_FQN.matcher(text);
        while (m.find()) {
            // org.moqui.context.ExecutionContext and, for nested classes, each prefix that starts with a capital
            String[] parts = m.group().split("\\.");
            StringBuilder b = new StringBuilder(parts[0]);
            boolean inClass = false;
            for (int i = 1; i < parts.length; i++) {
                b.append(inClass ? '$' : '.').append(parts[i]);
                if (Character.isUpperCase(parts[i].charAt(0))) { moquiNames.add(b.toString()); inClass = true; }
            }
        }
        Matcher si = STAR_IMPORT.matcher(text);
        while (si.find()) {
            Set<String> api = MOQUI_API.get(si.group(1));
            if (api != null) for (String s : api) moquiNames.add(si.group(1) + "." + s);
        }
        return moquiNames;
    }

    /** Compiles the files together through class generation; problems carry the component-relative file. */
    static List<Problem> compile(Component c, List<Path> files) {
        Set<String> moquiNames = new HashSet<>();
        CompilerConfiguration cfg = new CompilerConfiguration();
        cfg.setTolerance(100);
        GroovyClassLoader gcl = new GroovyClassLoader(GroovyCheck.class.getClassLoader(), cfg);
        // no lookup of X.groovy source files on the classpath for every unresolved name (slow, and never wanted here)
        gcl.setResourceLoader(filename -> null);
        CompilationUnit cu = new CompilationUnit(cfg, null, gcl);
        cu.setClassNodeResolver(new ClassNodeResolver() {
            @Override
            public LookupResult findClassNode(String name, CompilationUnit compilationUnit) {
                if (moquiNames.contains(name)) {
                    ClassNode cn = new ClassNode(name.replace('$', '.'), java.lang.reflect.Modifier.PUBLIC, ClassHelper.OBJECT_TYPE);
                    return new LookupResult(null, cn);
                }
                return super.findClassNode(name, compilationUnit);
            }
        });
        Map<String, String> unitToFile = new java.util.HashMap<>();
        for (Path f : files) {
            String text;
            try {
                text = Files.readString(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            moquiNames.addAll(moquiNames(text));
            // script class name comes from the unit name: keep the file's base name (what Moqui uses), made unique per file
            String unit = files.size() == 1 ? c.rel(f) : "u" + unitToFile.size() + "/" + f.getFileName();
            unitToFile.put(unit, c.rel(f));
            cu.addSource(unit, text);
        }
        List<Problem> out = new ArrayList<>();
        try {
            cu.compile(Phases.CLASS_GENERATION);
        } catch (CompilationFailedException e) {
            // reported below from the error collector
        } catch (RuntimeException e) {
            out.add(new Problem(NAME, files.size() == 1 ? c.rel(files.get(0)) : "(groovy)", 0, 0, "Groovy compiler failed: " + e));
        }
        report(cu.getErrorCollector(), out, files.size() == 1 ? c.rel(files.get(0)) : "(groovy)", 0, null);
        return out;
    }

    /** One piece of Groovy embedded in XML. */
    record Snippet(Path file, Element el, String code, boolean expression, String what) { }

    static List<Snippet> snippets(Component c, Path f) {
        List<Snippet> out = new ArrayList<>();
        Element root = c.root(f);
        if (root == null) return out;
        for (Element e : Xml.all(root)) {
            String tag = e.getTagName();
            if (tag.equals("script") && !e.hasAttribute("location")) {
                out.add(new Snippet(f, e, e.getTextContent(), false, "script"));
            } else if (tag.equals("expression")) {
                out.add(new Snippet(f, e, e.getTextContent(), true, "expression"));
            }
            if (!EXPRESSION_ELEMENTS.contains(tag)) continue;
            for (String a : EXPRESSION_ATTRS) {
                String v = Xml.attr(e, a);
                if (v == null || v.isBlank()) continue;
                if (a.equals("default") && !tag.equals("parameter")) continue;
                if (a.equals("list") && !tag.equals("iterate") && !tag.equals("section-iterate")) continue;
                out.add(new Snippet(f, e, v, true, tag + " " + a));
            }
        }
        return out;
    }

    /** Parse-only check of embedded Groovy: all expressions in one unit first, each snippet alone only when that fails. */
    static List<Problem> parseAll(Component c, List<Snippet> snippets) {
        StringBuilder batch = new StringBuilder();
        int n = 0;
        List<Snippet> scripts = new ArrayList<>();
        for (Snippet s : snippets) {
            if (!s.expression()) { scripts.add(s); continue; }
            batch.append("def __e").append(n++).append("() {\nreturn (\n").append(s.code()).append("\n)\n}\n");
        }
        List<Snippet> todo = new ArrayList<>(scripts);
        List<Problem> batchProblems = n > 0 ? parse(batch.toString()) : List.of();
        if (!batchProblems.isEmpty()) {
            for (Snippet s : snippets) if (s.expression()) todo.add(s);
        }
        List<Problem> out = new ArrayList<>();
        todo.parallelStream().map(s -> {
            List<Problem> ps = new ArrayList<>();
            for (Problem p : parse(s.expression() ? "def __v = (\n" + s.code() + "\n)\n" : s.code())) {
                int line = Xml.line(s.el());
                if (!s.expression() && p.line() > 0) line += p.line() - 1; // script text starts on the line of the start tag
                ps.add(new Problem(NAME, c.rel(s.file()), line, s.expression() ? Xml.col(s.el()) : 0, s.what() + ": " + p.message()));
            }
            return ps;
        }).forEachOrdered(out::addAll);
        return out;
    }

    private static List<Problem> parse(String src) {
        CompilerConfiguration cfg = new CompilerConfiguration();
        cfg.setTolerance(10);
        CompilationUnit cu = new CompilationUnit(cfg);
        cu.addSource("inline.groovy", src);
        try {
            cu.compile(Phases.CONVERSION);
        } catch (CompilationFailedException ex) {
            // reported below
        }
        List<Problem> found = new ArrayList<>();
        report(cu.getErrorCollector(), found, "inline", 0, null);
        return found;
    }

    private static void report(ErrorCollector ec, List<Problem> out, String file, int lineOffset, String prefix) {
        if (ec == null || !ec.hasErrors()) return;
        for (Message msg : ec.getErrors()) {
            int line = 0, col = 0;
            String text;
            if (msg instanceof SyntaxErrorMessage sem) {
                SyntaxException se = sem.getCause();
                line = se.getStartLine();
                col = se.getStartColumn();
                text = se.getOriginalMessage();
            } else if (msg instanceof ExceptionMessage em) {
                text = String.valueOf(em.getCause());
            } else if (msg instanceof SimpleMessage sm) {
                text = sm.getMessage();
            } else {
                text = msg.toString();
            }
            String one = text.trim().replaceAll("\\s+", " ");
            if (one.length() > 200) one = one.substring(0, 200) + "...";
            out.add(new Problem(NAME, file, line + lineOffset, col, (prefix == null ? "" : prefix) + one));
        }
    }
}
