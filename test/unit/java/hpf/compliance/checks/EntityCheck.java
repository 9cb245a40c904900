package hpf.compliance.checks;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Entity and field names: entity definitions (relationships, key-maps, indexes, view-entities, extend-entity),
 * finds and other entity operations in services/screens/ECAs/templates, service parameters, REST entity methods,
 * and data files (entity element names, attributes as fields, nested relationship elements).
 */
final class EntityCheck {
    static final String NAME = "entity";
    static final Set<String> FIND_ELEMENTS = Set.of("entity-find", "entity-find-one", "entity-find-count", "entity-make-value",
            "entity-delete-by-condition", "display-entity", "auto-fields-entity", "auto-widget-entity", "link");
    static final Pattern GROOVY_FIND = Pattern.compile("\\b(?:entity\\s*\\.\\s*(?:find|makeValue|find\\s*Count)|makeValue)\\(\\s*(['\"])([\\w.]+)\\1\\s*\\)");

    private EntityCheck() { }

    static List<Problem> run(Component c) {
        List<Problem> out = new ArrayList<>();
        EntityModel em = c.entities();
        definitions(c, em, out);
        c.eachRoot(c.artifactXmlFiles(), (f, root) -> usages(c, em, out, f, root));
        c.eachGroovy(List.of("service", "screen", "template", "src"), (g, text) -> groovy(c, em, out, g, 1, text));
        c.eachDataRoot((f, root) -> {
            for (Element rec : Xml.children(root)) dataRecord(c, em, out, f, rec);
        });
        return out;
    }

    // ---------------------------------------------------------------- definitions

    private static void definitions(Component c, EntityModel em, List<Problem> out) {
        for (EntityDef ed : em.own) {
            Path f = ed.file;
            if (ed.pkg == null || ed.pkg.isEmpty()) out.add(c.problem(NAME, f, ed.el, "entity " + ed.simpleName + " has no package"));
            if (!ed.view) {
                for (Element ix : Xml.all(ed.el, "index-field")) {
                    if (!ed.hasField(ix.getAttribute("name"))) out.add(c.problem(NAME, f, ix, "index-field '" + ix.getAttribute("name") + "' is not a field of " + ed));
                }
            }
            relationships(c, em, out, f, ed, Xml.children(ed.el, "relationship"));
            if (ed.view) view(c, em, out, f, ed);
        }
        for (Object[] x : em.extendsList) {
            Path f = (Path) x[0];
            Element e = (Element) x[1];
            String n = e.getAttribute("entity-name");
            String pkg = Xml.attr(e, "package");
            EntityDef target = em.find(pkg == null ? n : pkg + "." + n);
            if (target == null) target = em.find(n);
            if (target == null) { out.add(c.problem(NAME, f, e, "extend-entity: entity '" + n + "' is not defined")); continue; }
            relationships(c, em, out, f, target, Xml.children(e, "relationship"));
            for (Element ix : Xml.all(e, "index-field")) {
                if (!target.hasField(ix.getAttribute("name"))) out.add(c.problem(NAME, f, ix, "index-field '" + ix.getAttribute("name") + "' is not a field of " + target));
            }
        }
    }

    private static void relationships(Component c, EntityModel em, List<Problem> out, Path f, EntityDef ed, List<Element> rels) {
        for (Element r : rels) {
            String related = r.getAttribute("related");
            if (related.isEmpty()) continue; // missing attribute: reported by the XSD check
            EntityDef red = em.find(related);
            if (red == null) { out.add(c.problem(NAME, f, r, "relationship of " + ed + ": related entity '" + related + "' is not defined")); continue; }
            boolean one = r.getAttribute("type").startsWith("one");
            List<Element> kms = Xml.children(r, "key-map");
            if (kms.isEmpty()) {
                if (one) for (String pk : red.pk) {
                    if (!ed.hasField(pk)) out.add(c.problem(NAME, f, r, "relationship " + ed + " -> " + red + " has no key-map and " + ed
                            + " has no field '" + pk + "' (the related primary key); add <key-map field-name=\"...\"/>"));
                }
                continue;
            }
            for (Element km : kms) {
                String fn = km.getAttribute("field-name");
                if (!ed.hasField(fn)) out.add(c.problem(NAME, f, km, "key-map field-name '" + fn + "' is not a field of " + ed));
                String rf = Xml.attr(km, "related");
                if (rf == null || rf.isEmpty()) rf = fn;
                if (!red.hasField(rf) && !(one && red.pk.size() == 1)) {
                    out.add(c.problem(NAME, f, km, "key-map related field '" + rf + "' is not a field of " + red));
                }
            }
        }
    }

    private static void view(Component c, EntityModel em, List<Problem> out, Path f, EntityDef ed) {
        for (Element me : Xml.children(ed.el, "member-entity")) {
            String en = me.getAttribute("entity-name");
            EntityDef med = em.find(en);
            if (med == null) { out.add(c.problem(NAME, f, me, "view " + ed + ": member-entity '" + en + "' is not defined")); continue; }
            String from = Xml.attr(me, "join-from-alias");
            if (from == null) continue;
            if (!ed.members.containsKey(from)) { out.add(c.problem(NAME, f, me, "view " + ed + ": join-from-alias '" + from + "' is not a member alias")); continue; }
            EntityDef fed = em.find(ed.members.get(from));
            for (Element km : Xml.children(me, "key-map")) {
                String fn = km.getAttribute("field-name");
                String rf = Xml.attr(km, "related");
                if (rf == null || rf.isEmpty()) rf = fn;
                if (fed != null && !fed.hasField(fn)) out.add(c.problem(NAME, f, km, "view " + ed + ": key-map field-name '" + fn + "' is not a field of " + fed + " (alias " + from + ")"));
                if (!med.hasField(rf)) out.add(c.problem(NAME, f, km, "view " + ed + ": key-map related field '" + rf + "' is not a field of " + med));
            }
        }
        for (Element aa : Xml.children(ed.el, "alias-all")) {
            EntityDef med = member(c, em, out, f, ed, aa, aa.getAttribute("entity-alias"));
            if (med == null) continue;
            for (Element ex : Xml.children(aa, "exclude")) {
                if (!med.hasField(ex.getAttribute("field"))) out.add(c.problem(NAME, f, ex, "view " + ed + ": excluded field '" + ex.getAttribute("field") + "' is not a field of " + med));
            }
        }
        for (Element al : Xml.children(ed.el, "alias")) {
            if (Xml.child(al, "complex-alias") != null || Xml.child(al, "case") != null) {
                for (Element caf : Xml.all(al, "complex-alias-field")) {
                    EntityDef med = member(c, em, out, f, ed, caf, caf.getAttribute("entity-alias"));
                    if (med != null && !med.hasField(caf.getAttribute("field"))) {
                        out.add(c.problem(NAME, f, caf, "view " + ed + ": complex-alias-field '" + caf.getAttribute("field") + "' is not a field of " + med));
                    }
                }
                continue;
            }
            String ea = Xml.attr(al, "entity-alias");
            if (ea == null) continue;
            EntityDef med = member(c, em, out, f, ed, al, ea);
            String field = Xml.attr(al, "field");
            if (field == null || field.isEmpty()) field = al.getAttribute("name");
            if (med != null && !med.hasField(field)) {
                out.add(c.problem(NAME, f, al, "view " + ed + ": alias '" + al.getAttribute("name") + "' uses field '" + field + "' which is not a field of " + med + " (alias " + ea + ")"));
            }
        }
        for (Element cond : Xml.children(ed.el, "entity-condition")) {
            for (Element ec : Xml.all(cond, "econdition", "date-filter")) {
                String ea = Xml.attr(ec, "entity-alias");
                EntityDef target = ea == null ? ed : member(c, em, out, f, ed, ec, ea);
                if (target == null) continue;
                if (ec.getTagName().equals("econdition")) {
                    field(c, out, f, ec, target, Xml.attr(ec, "field-name"), "econdition field-name");
                    String tea = Xml.attr(ec, "to-entity-alias");
                    EntityDef toTarget = tea == null ? target : member(c, em, out, f, ed, ec, tea);
                    if (toTarget != null) field(c, out, f, ec, toTarget, Xml.attr(ec, "to-field-name"), "econdition to-field-name");
                }
            }
            for (Element ob : Xml.all(cond, "order-by")) orderBy(c, out, f, ob, ed, ob.getAttribute("field-name"));
        }
    }

    private static EntityDef member(Component c, EntityModel em, List<Problem> out, Path f, EntityDef view, Element at, String alias) {
        String en = view.members.get(alias);
        if (en == null) {
            out.add(c.problem(NAME, f, at, "view " + view + ": entity-alias '" + alias + "' is not a member alias"));
            return null;
        }
        return em.find(en);
    }

    // ---------------------------------------------------------------- usages in actions, screens, services, REST, ECAs

    private static void usages(Component c, EntityModel em, List<Problem> out, Path f, Element root) {
        for (Element e : Xml.all(root)) {
            String tag = e.getTagName();
            if (FIND_ELEMENTS.contains(tag)) {
                String en = Xml.attr(e, "entity-name");
                if (en == null || Component.dynamic(en)) continue;
                EntityDef ed = em.find(en);
                if (ed == null) { out.add(c.problem(NAME, f, e, tag + ": entity '" + en + "' is not defined")); continue; }
                findBody(c, out, f, e, ed);
                if (tag.equals("display-entity")) field(c, out, f, e, ed, Xml.attr(e, "key-field-name"), "display-entity key-field-name");
                if (tag.equals("auto-widget-entity")) field(c, out, f, e, ed, Xml.attr(e, "field-name"), "auto-widget-entity field-name");
                if (tag.equals("link")) field(c, out, f, e, ed, Xml.attr(e, "entity-key-name"), "link entity-key-name");
            } else if (tag.equals("eeca")) {
                String en = Xml.attr(e, "entity");
                if (en != null && !Component.dynamic(en) && em.find(en) == null) out.add(c.problem(NAME, f, e, "EECA: entity '" + en + "' is not defined"));
            } else if (tag.equals("entity") && root.getTagName().equals("resource")) {
                String en = Xml.attr(e, "name");
                if (en != null && !Component.dynamic(en) && em.find(en) == null) out.add(c.problem(NAME, f, e, "REST entity method: entity '" + en + "' is not defined"));
            } else if (tag.equals("parameter") && root.getTagName().equals("services")) {
                String en = Xml.attr(e, "entity-name");
                if (en == null || Component.dynamic(en)) continue;
                EntityDef ed = em.find(en);
                if (ed == null) { out.add(c.problem(NAME, f, e, "service parameter: entity '" + en + "' is not defined")); continue; }
                field(c, out, f, e, ed, Xml.attr(e, "field-name"), "service parameter field-name");
            } else if (tag.equals("auto-parameters")) {
                String en = Xml.attr(e, "entity-name");
                if (en == null) {
                    Element svc = Xml.ancestor(e, "service");
                    if (svc != null && "entity-auto".equals(svc.getAttribute("type"))) en = Xml.attr(svc, "noun");
                }
                if (en == null || Component.dynamic(en)) continue;
                EntityDef ed = em.find(en);
                if (ed == null) { out.add(c.problem(NAME, f, e, "auto-parameters: entity '" + en + "' is not defined")); continue; }
                for (Element ex : Xml.children(e, "exclude")) field(c, out, f, ex, ed, Xml.attr(ex, "field-name"), "auto-parameters exclude");
            } else if (tag.equals("script")) {
                groovy(c, em, out, f, Xml.line(e), e.getTextContent());
            }
        }
    }

    /** econdition/order-by/select-field/date-filter/field-map inside a find element (not inside a nested find). */
    private static void findBody(Component c, List<Problem> out, Path f, Element find, EntityDef ed) {
        for (Element e : Xml.all(find, "econdition", "order-by", "select-field", "date-filter", "field-map", "search-form-inputs")) {
            Element owner = Xml.ancestor(e, FIND_ELEMENTS.toArray(new String[0]));
            if (owner != find) continue;
            switch (e.getTagName()) {
                case "econdition" -> {
                    field(c, out, f, e, ed, Xml.attr(e, "field-name"), "econdition field-name");
                    field(c, out, f, e, ed, Xml.attr(e, "to-field-name"), "econdition to-field-name");
                }
                case "order-by" -> orderBy(c, out, f, e, ed, Xml.attr(e, "field-name"));
                case "search-form-inputs" -> orderBy(c, out, f, e, ed, Xml.attr(e, "default-order-by"));
                case "select-field" -> {
                    for (String s : Component.splitList(Xml.attr(e, "field-name"))) field(c, out, f, e, ed, s, "select-field");
                }
                case "date-filter" -> {
                    String from = Xml.attr(e, "from-field-name");
                    String thru = Xml.attr(e, "thru-field-name");
                    field(c, out, f, e, ed, from == null ? "fromDate" : from, "date-filter from-field-name");
                    field(c, out, f, e, ed, thru == null ? "thruDate" : thru, "date-filter thru-field-name");
                }
                case "field-map" -> field(c, out, f, e, ed, Xml.attr(e, "field-name"), "field-map field-name");
                default -> { }
            }
        }
    }

    private static void orderBy(Component c, List<Problem> out, Path f, Element e, EntityDef ed, String spec) {
        if (spec == null || Component.dynamic(spec)) return;
        for (String s : Component.splitList(spec)) {
            String n = s;
            while (!n.isEmpty() && (n.charAt(0) == '-' || n.charAt(0) == '+' || n.charAt(0) == '^')) n = n.substring(1);
            int sp = n.indexOf(' ');
            if (sp > 0) n = n.substring(0, sp); // "field NULLS LAST" / "field DESC"
            field(c, out, f, e, ed, n, "order-by");
        }
    }

    private static void field(Component c, List<Problem> out, Path f, Element at, EntityDef ed, String field, String what) {
        if (field == null || field.isEmpty() || Component.dynamic(field)) return;
        if (!ed.hasField(field)) out.add(c.problem(NAME, f, at, what + ": '" + field + "' is not a field of " + ed));
    }

    private static void groovy(Component c, EntityModel em, List<Problem> out, Path f, int firstLine, String text) {
        Matcher m = GROOVY_FIND.matcher(text);
        while (m.find()) {
            String name = m.group(2);
            if (em.find(name) != null) continue;
            int line = firstLine;
            for (int i = 0; i < m.start(); i++) if (text.charAt(i) == '\n') line++;
            out.add(new Problem(NAME, c.rel(f), line, 0, "Groovy entity operation: entity '" + name + "' is not defined"));
        }
    }

    // ---------------------------------------------------------------- data files

    private static void dataRecord(Component c, EntityModel em, List<Problem> out, Path f, Element rec) {
        String name = rec.getTagName();
        String el = name.contains(":") ? name.substring(name.indexOf(':') + 1) : name;
        el = el.replace('-', '#');
        EntityDef ed = em.find(el);
        if (ed == null) {
            if (c.services().exists(el)) return; // a service call record: attributes are parameters
            out.add(c.problem(NAME, f, rec, "data: <" + name + "> is not an entity (or service) name"));
            return;
        }
        dataValue(c, em, out, f, rec, ed);
    }

    private static void dataValue(Component c, EntityModel em, List<Problem> out, Path f, Element rec, EntityDef ed) {
        for (Attr a : Xml.attrs(rec)) {
            String an = a.getName();
            if (an.startsWith("xmlns") || an.startsWith("xsi:")) continue;
            if (!ed.hasField(an)) out.add(c.problem(NAME, f, rec, "data: attribute '" + an + "' is not a field of " + ed));
        }
        for (Element ch : Xml.children(rec)) {
            String cn = ch.getTagName();
            if (ed.hasField(cn)) continue; // field value as nested text
            EntityDef sub = null;
            Set<String> rn = em.relationshipNames(ed);
            if (rn.contains(cn)) {
                for (EntityDef.Rel r : ed.rels) {
                    String t = r.title() == null ? "" : r.title();
                    if (cn.equals(r.name()) || cn.equals(r.shortAlias()) || cn.equals(t + EntityModel.simple(r.related()))
                            || cn.equals(t + "#" + EntityModel.simple(r.related()))) { sub = em.find(r.related()); break; }
                }
                if (sub == null) sub = em.find(cn.contains("#") ? cn.substring(cn.indexOf('#') + 1) : cn);
            }
            if (sub == null) sub = em.find(cn.replace('-', '#'));
            if (sub == null) {
                out.add(c.problem(NAME, f, ch, "data: nested <" + cn + "> under " + ed + " is not a field, relationship or entity"));
                continue;
            }
            dataValue(c, em, out, f, ch, sub);
        }
    }
}
