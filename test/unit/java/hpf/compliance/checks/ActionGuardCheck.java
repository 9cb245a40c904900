package hpf.compliance.checks;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Actions are guarded. An action transition is a screen transition that calls a service and is not read-only. Each one
 * <ul>
 *   <li>calls its service from its own service-call and has no actions, so that Moqui's permission check of the
 *       transition (ScreenUrlInfo.isPermitted, behind the root screen's mayRun) sees the service;</li>
 *   <li>has a condition calling mayRun('itsName'), so that a stale page gets a translated refusal instead of the
 *       framework's English 403;</li>
 *   <li>is offered only under a guard: every form, link or dynamic dialog of the screen that submits to it has an
 *       enclosing (or own) condition or field hide that calls mayRun('itsName'), directly or through a variable the
 *       screen's actions set from it;</li>
 *   <li>calls a service that some ArtifactGroup names exactly (AT_SERVICE), so that a decision about who may run it is
 *       in the data.</li>
 * </ul>
 * REST: every method other than GET calls a service that an ArtifactGroup names, and every method below an id is a
 * service (an entity operation bypasses the service entry guard that answers 404 and 403).
 */
final class ActionGuardCheck {
    static final String NAME = "guards";
    static final String HELPER = "mayRun";

    private ActionGuardCheck() { }

    static List<Problem> run(Component c) {
        List<Problem> out = new ArrayList<>();
        Set<String> grouped = groupedServices(c);
        for (Path f : c.screenFiles()) {
            Element root = c.root(f);
            if (root == null || !root.getTagName().equals("screen")) continue;
            screen(c, f, root, grouped, out);
        }
        for (Path f : c.files("service", false, ".rest.xml")) {
            Element root = c.root(f);
            if (root == null || !root.getTagName().equals("resource")) continue;
            rest(c, f, root, grouped, out, false);
        }
        return out;
    }

    /** Services named exactly (not by pattern) by an ArtifactGroupMember of type AT_SERVICE, normalized. */
    static Set<String> groupedServices(Component c) {
        Set<String> out = new HashSet<>();
        List<Path> files = new ArrayList<>();
        List<Element> roots = c.dataRoots(files);
        for (Element root : roots) {
            for (Element e : Xml.all(root)) {
                EntityDef ed = c.entities().find(e.getTagName());
                boolean member = ed != null && "moqui.security.ArtifactGroupMember".equals(ed.fullName());
                boolean nested = "artifacts".equals(e.getTagName()) && e.getParentNode() instanceof Element p
                        && "moqui.security.ArtifactGroup".equals(p.getTagName());
                if ((member || nested) && "AT_SERVICE".equals(e.getAttribute("artifactTypeEnumId"))
                        && !"Y".equals(e.getAttribute("nameIsPattern")) && !e.getAttribute("artifactName").isBlank()) {
                    out.add(ServiceModel.normalize(e.getAttribute("artifactName").trim()));
                }
            }
        }
        return out;
    }

    private static void screen(Component c, Path f, Element root, Set<String> grouped, List<Problem> out) {
        Map<String, Element> actionTransitions = new LinkedHashMap<>();
        for (Element t : Xml.children(root, "transition")) {
            if ("true".equals(t.getAttribute("read-only"))) continue;
            Element sc = Xml.child(t, "service-call");
            Element actions = Xml.child(t, "actions");
            boolean callsService = sc != null || (actions != null && !Xml.all(actions, "service-call").isEmpty());
            if (!callsService) continue;
            String name = t.getAttribute("name");
            actionTransitions.put(name, t);
            if (sc == null || actions != null) {
                out.add(c.problem(NAME, f, t, "action transition '" + name + "' calls its service inside actions: Moqui's permission "
                        + "check of the transition (" + HELPER + ") cannot see the service; call it from the transition's own service-call"));
            }
            Element cond = Xml.child(t, "condition");
            if (cond == null || !callsHelper(cond.getTextContent(), name)) {
                out.add(c.problem(NAME, f, t, "action transition '" + name + "' has no condition " + HELPER + "('" + name + "'): a stale "
                        + "page would get the framework's untranslated 403 instead of a refusal"));
            }
            if (sc != null) {
                String svc = sc.getAttribute("name");
                if (!svc.isBlank() && !Component.dynamic(svc) && !grouped.contains(ServiceModel.normalize(svc))) {
                    out.add(c.problem(NAME, f, sc, "service '" + svc + "' of action transition '" + name + "' is in no ArtifactGroup "
                            + "(AT_SERVICE, exact name): decide in the security data which groups may run it"));
                }
            }
        }
        if (actionTransitions.isEmpty()) return;

        Map<String, Set<String>> guardVars = guardVariables(root);
        for (Element w : Xml.children(root, "widgets")) {
            for (Element e : Xml.all(w)) {
                String target = switch (e.getTagName()) {
                    case "form-single", "form-list", "dynamic-dialog" -> e.getAttribute("transition");
                    case "link" -> e.getAttribute("url");
                    default -> "";
                };
                if (!actionTransitions.containsKey(target)) continue;
                if (guarded(e, w, target, guardVars)) continue;
                if (e.getTagName().startsWith("form-") && submitsGuarded(e, target, guardVars)) continue;
                out.add(c.problem(NAME, f, e, e.getTagName() + " for action transition '" + target + "' is shown to every user: guard "
                        + "it (condition or field hide) with " + HELPER + "('" + target + "') or a variable set from it"));
            }
        }
    }

    /** Variables the screen's actions set from an expression that calls the helper: name to the transitions it guards. */
    static Map<String, Set<String>> guardVariables(Element root) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Element acts : Xml.children(root, "always-actions", "pre-actions", "actions")) {
            for (Element s : Xml.all(acts, "set")) {
                for (String t : helperCalls(s.getAttribute("from"))) out.computeIfAbsent(s.getAttribute("field"), k -> new HashSet<>()).add(t);
            }
            for (Element s : Xml.all(acts, "script")) {
                for (String line : s.getTextContent().split("\n")) {
                    Matcher m = Pattern.compile("^\\s*(\\w+)\\s*=[^=]").matcher(line);
                    if (!m.find()) continue;
                    for (String t : helperCalls(line)) out.computeIfAbsent(m.group(1), k -> new HashSet<>()).add(t);
                }
            }
        }
        return out;
    }

    static List<String> helperCalls(String expr) {
        List<String> out = new ArrayList<>();
        if (expr == null) return out;
        Matcher m = Pattern.compile(HELPER + "\\(\\s*'([^']+)'\\s*\\)").matcher(expr);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    static boolean callsHelper(String expr, String transition) {
        return helperCalls(expr).contains(transition);
    }

    /** Whether the expression guards the transition: calls the helper with it or uses a variable set from such a call. */
    static boolean mentionsGuard(String expr, String transition, Map<String, Set<String>> guardVars) {
        if (expr == null || expr.isBlank()) return false;
        if (callsHelper(expr, transition)) return true;
        for (Map.Entry<String, Set<String>> v : guardVars.entrySet()) {
            if (v.getValue().contains(transition) && Pattern.compile("(?<![\\w.])" + Pattern.quote(v.getKey()) + "(?!\\w)").matcher(expr).find()) return true;
        }
        return false;
    }

    /** The element itself or an ancestor up to the widgets root has a condition (or field hide) that guards the transition. */
    static boolean guarded(Element e, Element stop, String transition, Map<String, Set<String>> guardVars) {
        for (Node n = e; n instanceof Element el && n != stop; n = n.getParentNode()) {
            if (mentionsGuard(Xml.attr(el, "condition"), transition, guardVars)) return true;
            if ("field".equals(el.getTagName()) && mentionsGuard(Xml.attr(el, "hide"), transition, guardVars)) return true;
        }
        return false;
    }

    /** A form is guarded when each of its submit buttons is: the field hides it, or the field's rendering depends on the guard. */
    static boolean submitsGuarded(Element form, String transition, Map<String, Set<String>> guardVars) {
        List<Element> submits = Xml.all(form, "submit");
        if (submits.isEmpty()) return false;
        for (Element s : submits) {
            Element field = Xml.ancestor(s, "field");
            if (field == null) return false;
            boolean ok = mentionsGuard(Xml.attr(field, "hide"), transition, guardVars);
            for (Element cf : Xml.children(field, "conditional-field")) ok |= mentionsGuard(cf.getAttribute("condition"), transition, guardVars);
            if (!ok) return false;
        }
        return true;
    }

    private static void rest(Component c, Path f, Element node, Set<String> grouped, List<Problem> out, boolean belowId) {
        for (Element m : Xml.children(node, "method")) {
            String type = m.getAttribute("type");
            Element svc = Xml.child(m, "service");
            if (svc == null) {
                if (belowId) {
                    out.add(c.problem(NAME, f, m, "REST method " + type + " below an id is an entity operation: the service entry guard "
                            + "cannot answer 404 for a missing record; call a service"));
                }
                continue;
            }
            String name = svc.getAttribute("name");
            if (!"get".equals(type) && !"head".equals(type) && !"options".equals(type) && !Component.dynamic(name)
                    && !grouped.contains(ServiceModel.normalize(name))) {
                out.add(c.problem(NAME, f, svc, "service '" + name + "' of REST method " + type + " is in no ArtifactGroup (AT_SERVICE, "
                        + "exact name): decide in the security data which groups may run it"));
            }
        }
        for (Element ch : Xml.children(node, "resource")) rest(c, f, ch, grouped, out, belowId);
        for (Element ch : Xml.children(node, "id")) rest(c, f, ch, grouped, out, true);
    }
}
