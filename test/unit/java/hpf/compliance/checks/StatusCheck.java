package hpf.compliance.checks;

import org.w3c.dom.Element;

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
 * Status and enumeration data: every StatusItem / Enumeration id used (data, status flows, service parameter defaults,
 * literal statusId values in actions and Groovy) is defined here or in the framework; status items and enums belong to a
 * defined type (and to the type a relationship title names); every StatusItem this component defines takes part in a
 * StatusFlowTransition of a StatusFlow for its StatusType.
 */
final class StatusCheck {
    static final String NAME = "status";
    static final String STATUS = "moqui.basic.StatusItem";
    static final String ENUM = "moqui.basic.Enumeration";
    /** The framework's generic flow (MoquiSetupData: one StatusFlow row, id "Default", used by moqui/example). */
    static final Set<String> FRAMEWORK_FLOWS = Set.of("Default");
    private static final Pattern LITERAL = Pattern.compile("^'([A-Za-z0-9_]+)'$|^\"([A-Za-z0-9_]+)\"$");
    private static final Pattern QUOTED = Pattern.compile("['\"]([A-Za-z0-9_]+)['\"]");

    private StatusCheck() { }

    static List<Problem> run(Component c) {
        List<Problem> out = new ArrayList<>();
        EntityModel em = c.entities();
        List<DataRecords.Rec> recs = DataRecords.of(c);
        Map<String, DataRecords.Rec> statusItems = new LinkedHashMap<>();
        Map<String, String> statusType = new HashMap<>(c.fw.statusItems);
        Set<String> statusTypes = new HashSet<>(c.fw.statusTypes);
        Map<String, String> enumType = new HashMap<>(c.fw.enums);
        Set<String> enumTypes = new HashSet<>(c.fw.enumTypes);
        Map<String, String> flowType = new HashMap<>();
        for (String fl : FRAMEWORK_FLOWS) flowType.put(fl, null);
        List<DataRecords.Rec> transitions = new ArrayList<>();
        for (DataRecords.Rec r : recs) {
            switch (r.ed().fullName()) {
                case STATUS -> { statusItems.put(r.get("statusId"), r); statusType.put(r.get("statusId"), r.get("statusTypeId")); }
                case "moqui.basic.StatusType" -> statusTypes.add(r.get("statusTypeId"));
                case ENUM -> enumType.put(r.get("enumId"), r.get("enumTypeId"));
                case "moqui.basic.EnumerationType" -> enumTypes.add(r.get("enumTypeId"));
                case "moqui.basic.StatusFlow" -> flowType.put(r.get("statusFlowId"), r.get("statusTypeId"));
                case "moqui.basic.StatusFlowTransition" -> transitions.add(r);
                default -> { }
            }
        }
        Ids ids = new Ids(statusType, statusTypes, enumType, enumTypes);

        // data references
        for (DataRecords.Rec r : recs) {
            String en = r.ed().fullName();
            if (en.equals(STATUS)) {
                type(c, out, r, "statusTypeId", statusTypes, "StatusType");
                continue;
            }
            if (en.equals(ENUM)) {
                type(c, out, r, "enumTypeId", enumTypes, "EnumerationType");
                if (r.get("parentEnumId") != null) enumRef(c, out, ids, r, "parentEnumId", null);
                continue;
            }
            if (en.equals("moqui.basic.StatusFlow")) { type(c, out, r, "statusTypeId", statusTypes, "StatusType"); continue; }
            if (en.equals("moqui.basic.StatusFlowTransition")) {
                String fl = r.get("statusFlowId");
                if (fl != null && !flowType.containsKey(fl)) out.add(c.problem(NAME, r.file(), r.el(), "StatusFlowTransition: StatusFlow '" + fl + "' is not defined"));
                statusRef(c, out, ids, r, "statusId", null);
                statusRef(c, out, ids, r, "toStatusId", null);
                continue;
            }
            for (EntityDef.Rel rel : r.ed().rels) {
                if (rel.type() == null || !rel.type().startsWith("one")) continue;
                EntityDef red = em.find(rel.related());
                if (red == null) continue;
                boolean st = red.fullName().equals(STATUS);
                boolean enm = red.fullName().equals(ENUM);
                if (!st && !enm) continue;
                List<String> fields = new ArrayList<>();
                if (rel.keyMaps().isEmpty()) fields.add(st ? "statusId" : "enumId");
                else for (String[] km : rel.keyMaps()) fields.add(km[0]);
                for (String fld : fields) {
                    if (r.get(fld) == null) continue;
                    if (st) statusRef(c, out, ids, r, fld, rel.title());
                    else enumRef(c, out, ids, r, fld, rel.title());
                }
            }
        }

        // every component status item takes part in a transition of a flow for its type
        for (Map.Entry<String, DataRecords.Rec> en : statusItems.entrySet()) {
            String sid = en.getKey();
            if (c.fw.statusItems.containsKey(sid)) continue;
            String type = en.getValue().get("statusTypeId");
            boolean inFlow = false;
            boolean anyTransition = false;
            for (DataRecords.Rec t : transitions) {
                if (!sid.equals(t.get("statusId")) && !sid.equals(t.get("toStatusId"))) continue;
                anyTransition = true;
                String ft = flowType.get(t.get("statusFlowId"));
                if (type != null && type.equals(ft)) inFlow = true;
            }
            if (!inFlow) {
                out.add(c.problem(NAME, en.getValue().file(), en.getValue().el(), "StatusItem '" + sid + "' (type " + type + ") "
                        + (anyTransition ? "is only in transitions of StatusFlows of another StatusType" : "is in no StatusFlowTransition")
                        + "; add a StatusFlow with statusTypeId=\"" + type + "\" and transitions from/to it"));
            }
        }

        // literal status ids in XML (service parameter defaults, set, econdition, field-map, in-map, conditions) and Groovy
        Set<String> statusFields = statusFields(em);
        List<Path> xml = new ArrayList<>(c.serviceFiles());
        xml.addAll(c.screenFiles());
        xml.addAll(c.entityFiles());
        xml.addAll(c.templateXmlFiles());
        c.eachRoot(xml, (f, root) -> {
            for (Element e : Xml.all(root)) literals(c, out, ids, statusFields, f, e);
        });
        c.eachGroovy(List.of("service", "screen", "template"), (g, text) -> groovy(c, out, ids, statusFields, g, 1, text));
        return out;
    }

    record Ids(Map<String, String> statusType, Set<String> statusTypes, Map<String, String> enumType, Set<String> enumTypes) { }

    /** Field names holding status ids: statusId, toStatusId, fromStatusId and key-map fields of StatusItem relationships. */
    static Set<String> statusFields(EntityModel em) {
        Set<String> s = new HashSet<>(Set.of("statusId", "toStatusId", "fromStatusId", "oldStatusId", "newStatusId"));
        for (EntityDef ed : em.own) {
            for (EntityDef.Rel r : ed.rels) {
                if (STATUS.equals(r.related()) || "StatusItem".equals(r.related())) for (String[] km : r.keyMaps()) s.add(km[0]);
            }
        }
        return s;
    }

    private static void type(Component c, List<Problem> out, DataRecords.Rec r, String field, Set<String> known, String what) {
        String v = r.get(field);
        if (v != null && !v.isEmpty() && !Component.dynamic(v) && !known.contains(v)) {
            out.add(c.problem(NAME, r.file(), r.el(), r.ed() + "." + field + ": " + what + " '" + v + "' is not defined"));
        }
    }

    private static void statusRef(Component c, List<Problem> out, Ids ids, DataRecords.Rec r, String field, String title) {
        String v = r.get(field);
        if (v == null || v.isEmpty() || Component.dynamic(v)) return;
        if (!ids.statusType().containsKey(v)) {
            out.add(c.problem(NAME, r.file(), r.el(), r.ed() + "." + field + ": StatusItem '" + v + "' is not defined"));
        } else if (title != null && ids.statusTypes().contains(title) && ids.statusType().get(v) != null && !title.equals(ids.statusType().get(v))) {
            out.add(c.problem(NAME, r.file(), r.el(), r.ed() + "." + field + ": StatusItem '" + v + "' is of type " + ids.statusType().get(v)
                    + ", the relationship expects " + title));
        }
    }

    private static void enumRef(Component c, List<Problem> out, Ids ids, DataRecords.Rec r, String field, String title) {
        String v = r.get(field);
        if (v == null || v.isEmpty() || Component.dynamic(v)) return;
        if (!ids.enumType().containsKey(v)) {
            out.add(c.problem(NAME, r.file(), r.el(), r.ed() + "." + field + ": Enumeration '" + v + "' is not defined"));
        } else if (title != null && ids.enumTypes().contains(title) && ids.enumType().get(v) != null && !title.equals(ids.enumType().get(v))) {
            out.add(c.problem(NAME, r.file(), r.el(), r.ed() + "." + field + ": Enumeration '" + v + "' is of type " + ids.enumType().get(v)
                    + ", the relationship expects " + title));
        }
    }

    private static String last(String field) {
        if (field == null) return null;
        int d = field.lastIndexOf('.');
        return d < 0 ? field : field.substring(d + 1);
    }

    private static void literals(Component c, List<Problem> out, Ids ids, Set<String> sf, Path f, Element e) {
        String tag = e.getTagName();
        String field = switch (tag) {
            case "parameter" -> Xml.attr(e, "name");
            case "set" -> Xml.attr(e, "field");
            case "econdition", "field-map" -> Xml.attr(e, "field-name");
            default -> null;
        };
        if (field != null && (sf.contains(last(field)))) {
            String value = tag.equals("parameter") ? Xml.attr(e, "default-value") : Xml.attr(e, "value");
            if (value != null && !Component.dynamic(value) && !value.isEmpty()) {
                String op = Xml.attr(e, "operator");
                // operator in / not-in: Moqui splits the value on commas
                if (tag.equals("econdition") && op != null && (op.equals("in") || op.equals("not-in"))) {
                    for (String v : Component.splitList(value)) literal(c, out, ids, f, e, v, tag);
                } else {
                    literal(c, out, ids, f, e, value, tag);
                }
            }
            String from = tag.equals("parameter") ? Xml.attr(e, "default") : Xml.attr(e, "from");
            if (from != null) {
                Matcher m = LITERAL.matcher(from.trim());
                if (m.matches()) literal(c, out, ids, f, e, m.group(1) != null ? m.group(1) : m.group(2), tag);
                else if (from.trim().startsWith("[") && !from.contains(":")) {
                    Matcher q = QUOTED.matcher(from);
                    while (q.find()) literal(c, out, ids, f, e, q.group(1), tag);
                }
            }
        }
        // enum/status type ids given to the framework's drop-down widget templates
        if (tag.equals("set") && Xml.ancestor(e, "widget-template-include") != null) {
            String v = Xml.attr(e, "value");
            if (v != null && !Component.dynamic(v) && !v.isEmpty()) {
                if ("enumTypeId".equals(Xml.attr(e, "field")) && !ids.enumTypes().contains(v)) {
                    out.add(c.problem(NAME, f, e, "enumTypeId '" + v + "' is not a defined EnumerationType"));
                }
                if ("statusTypeId".equals(Xml.attr(e, "field")) && !ids.statusTypes().contains(v)) {
                    out.add(c.problem(NAME, f, e, "statusTypeId '" + v + "' is not a defined StatusType"));
                }
            }
        }
        for (String a : List.of("in-map", "parameter-map", "condition", "from", "map")) {
            String v = Xml.attr(e, a);
            if (v != null) groovy(c, out, ids, sf, f, Xml.line(e), v);
        }
        if (tag.equals("expression") || tag.equals("script")) groovy(c, out, ids, sf, f, Xml.line(e), e.getTextContent());
    }

    private static void literal(Component c, List<Problem> out, Ids ids, Path f, Element e, String v, String what) {
        if (!ids.statusType().containsKey(v)) out.add(c.problem(NAME, f, e, what + ": StatusItem '" + v + "' is not defined"));
    }

    private static void groovy(Component c, List<Problem> out, Ids ids, Set<String> sf, Path f, int firstLine, String text) {
        // statusId: 'X'   statusId == 'X'   statusId != "X"   .condition("statusId", "X")   statusId = 'X'
        Pattern p = Pattern.compile("\\b(\\w+)\\s*(?::|==|!=|=)\\s*['\"]([A-Za-z0-9_]+)['\"]|condition\\(\\s*['\"](\\w+)['\"]\\s*,\\s*['\"]([A-Za-z0-9_]+)['\"]\\s*\\)");
        Matcher m = p.matcher(text);
        while (m.find()) {
            String fld = m.group(1) != null ? m.group(1) : m.group(3);
            String val = m.group(1) != null ? m.group(2) : m.group(4);
            if (!sf.contains(fld) || ids.statusType().containsKey(val)) continue;
            int line = firstLine;
            for (int i = 0; i < m.start(); i++) if (text.charAt(i) == '\n') line++;
            out.add(new Problem(NAME, c.rel(f), line, 0, fld + " literal '" + val + "': StatusItem is not defined"));
        }
    }
}
