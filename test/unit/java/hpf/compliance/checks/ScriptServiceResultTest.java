package hpf.compliance.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.codehaus.groovy.ast.ModuleNode;
import org.codehaus.groovy.ast.stmt.BlockStatement;
import org.codehaus.groovy.ast.stmt.ReturnStatement;
import org.codehaus.groovy.ast.stmt.Statement;
import org.codehaus.groovy.control.CompilationUnit;
import org.codehaus.groovy.control.Phases;
import org.codehaus.groovy.control.SourceUnit;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Moqui takes a script service's value as its whole result when that value is a Map, so a script whose last
 * statement happens to be an EntityValue update, a service call or a map assignment silently loses its
 * out-parameters. Every script service therefore ends with an explicit return.
 */
class ScriptServiceResultTest {
    private static final String PREFIX = "component://hpf-compliance/";

    @Test
    void everyScriptServiceEndsWithAnExplicitReturn() throws Exception {
        Path component = Path.of(System.getProperty("component.dir", "."));
        List<String> problems = new ArrayList<>();
        for (Path script : scriptServiceLocations(component)) {
            if (!endsWithReturn(Files.readString(script, StandardCharsets.UTF_8), script.toString()))
                problems.add(component.relativize(script) + ": last statement is not a return; end the script with"
                        + " 'return null' (out-parameters from the script's variables) or 'return [..]'");
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aScriptEndingWithAnExpressionIsCaught() {
        assertFalse(endsWithReturn("def counter = [a: 1]\ncounter.put('b', 2)\n", "fixture.groovy"));
        assertFalse(endsWithReturn("x = 1\nif (x) { y = [z: 1] } else { y = [:] }\n", "fixture.groovy"));
        assertTrue(endsWithReturn("x = 1\nreturn null\n", "fixture.groovy"));
        assertTrue(endsWithReturn("x = 1\nreturn [x: x]\n", "fixture.groovy"));
    }

    static boolean endsWithReturn(String source, String name) {
        CompilationUnit unit = new CompilationUnit();
        SourceUnit sourceUnit = unit.addSource(name, source);
        unit.compile(Phases.CONVERSION);
        ModuleNode module = sourceUnit.getAST();
        BlockStatement block = module.getStatementBlock();
        List<Statement> statements = block.getStatements();
        return !statements.isEmpty() && statements.get(statements.size() - 1) instanceof ReturnStatement;
    }

    static List<Path> scriptServiceLocations(Path component) throws Exception {
        List<Path> scripts = new ArrayList<>();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        try (Stream<Path> files = Files.walk(component.resolve("service"))) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith("Services.xml"))::iterator) {
                NodeList services = factory.newDocumentBuilder().parse(file.toFile()).getElementsByTagName("service");
                for (int i = 0; i < services.getLength(); i++) {
                    Element service = (Element) services.item(i);
                    String location = service.getAttribute("location");
                    if ("script".equals(service.getAttribute("type")) && location.startsWith(PREFIX))
                        scripts.add(component.resolve(location.substring(PREFIX.length())));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the service folder of " + component, e);
        }
        assertFalse(scripts.isEmpty(), "no script services found under " + component.resolve("service"));
        return scripts;
    }
}
