package hpf.compliance.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Moqui applies a branch entity filter to every member of a view-entity whose entity is filtered, and needs that
 * member's branchId aliased to do it; without the alias it skips the filter (or, with allowMissingAlias N,
 * refuses the query). Every view that joins a branch-scoped entity must therefore alias that member's branchId.
 */
class BranchScopeViewsTest {
    private static final String FILTER_SET = "HPF_BRANCH_SCOPE";

    @Test
    void everyViewAliasesTheBranchOfEachScopedMember() throws Exception {
        Path component = Path.of(System.getProperty("component.dir", "."));
        Set<String> scoped = scopedEntities(component.resolve("data/HpfSecurityData.xml"));
        assertTrue(scoped.contains("hpf.compliance.CampaignTarget"), "the branch filter set lost its target filter");
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(component.resolve("entity"))) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".xml"))::iterator)
                problems.addAll(unscopedMembers(parse(file), scoped, component.relativize(file).toString()));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aViewJoiningAScopedEntityWithoutItsBranchIsCaught() throws Exception {
        String view = "<entities><view-entity entity-name=\"V\" package=\"p\">"
                + "<member-entity entity-alias=\"T\" entity-name=\"hpf.compliance.CampaignTarget\"/>"
                + "<member-entity entity-alias=\"U\" entity-name=\"hpf.compliance.EmployerUnit\" join-from-alias=\"T\"/>"
                + "<alias-all entity-alias=\"T\"/><alias entity-alias=\"U\" name=\"unitName\"/></view-entity></entities>";
        Set<String> scoped = Set.of("hpf.compliance.CampaignTarget", "hpf.compliance.EmployerUnit");
        List<String> problems = unscopedMembers(parseString(view), scoped, "fixture");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("U (hpf.compliance.EmployerUnit)"));
        String fixed = view.replace("name=\"unitName\"/>", "name=\"unitName\"/><alias entity-alias=\"U\" name=\"unitBranchId\" field=\"branchId\"/>");
        assertEquals(List.of(), unscopedMembers(parseString(fixed), scoped, "fixture"));
        String excluded = fixed.replace("<alias-all entity-alias=\"T\"/>", "<alias-all entity-alias=\"T\"><exclude field=\"branchId\"/></alias-all>");
        assertFalse(unscopedMembers(parseString(excluded), scoped, "fixture").isEmpty());
    }

    static List<String> unscopedMembers(Document doc, Set<String> scoped, String fileName) {
        List<String> problems = new ArrayList<>();
        NodeList views = doc.getElementsByTagName("view-entity");
        for (int i = 0; i < views.getLength(); i++) {
            Element view = (Element) views.item(i);
            for (Element member : children(view, "member-entity")) {
                String entity = member.getAttribute("entity-name");
                String alias = member.getAttribute("entity-alias");
                if (scoped.contains(entity) && !branchAliased(view, alias))
                    problems.add(fileName + ": view-entity " + view.getAttribute("entity-name") + " member " + alias
                            + " (" + entity + ") has no alias of its branchId, so " + FILTER_SET + " cannot filter it");
            }
        }
        return problems;
    }

    private static boolean branchAliased(Element view, String memberAlias) {
        for (Element aliasAll : children(view, "alias-all")) {
            if (!memberAlias.equals(aliasAll.getAttribute("entity-alias"))) continue;
            boolean excluded = children(aliasAll, "exclude").stream().anyMatch(e -> "branchId".equals(e.getAttribute("field")));
            if (!excluded) return true;
        }
        for (Element alias : children(view, "alias")) {
            String field = alias.hasAttribute("field") ? alias.getAttribute("field") : alias.getAttribute("name");
            if (memberAlias.equals(alias.getAttribute("entity-alias")) && "branchId".equals(field)) return true;
        }
        return false;
    }

    private static Set<String> scopedEntities(Path securityData) throws Exception {
        Set<String> names = new HashSet<>();
        NodeList filters = parse(securityData).getElementsByTagName("moqui.security.EntityFilter");
        for (int i = 0; i < filters.getLength(); i++) {
            Element filter = (Element) filters.item(i);
            if (FILTER_SET.equals(filter.getAttribute("entityFilterSetId"))) names.add(filter.getAttribute("entityName"));
        }
        return names;
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> list = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++)
            if (nodes.item(i) instanceof Element e && tag.equals(e.getTagName())) list.add(e);
        return list;
    }

    private static Document parse(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    private static Document parseString(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
