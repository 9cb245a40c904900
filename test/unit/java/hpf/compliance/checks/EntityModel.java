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

/** All entities visible to the component: framework ones (index) plus the component's entity/*.xml (with extend-entity). */
final class EntityModel {
    final Map<String, EntityDef> byFull = new LinkedHashMap<>();
    private final Map<String, List<EntityDef>> bySimple = new HashMap<>();
    private final Map<String, EntityDef> byAlias = new HashMap<>();
    final List<EntityDef> own = new ArrayList<>();
    /** extend-entity elements with their file, for the entity check */
    final List<Object[]> extendsList = new ArrayList<>();
    private final Map<String, Set<String>> relNames = new HashMap<>();

    EntityModel(Component c) {
        for (EntityDef fe : c.fw.entities.values()) byFull.put(fe.fullName(), copy(fe));
        List<Element[]> views = new ArrayList<>();
        for (Path f : c.entityFiles()) {
            Element root = c.root(f);
            if (root == null || !root.getTagName().equals("entities")) continue;
            for (Element e : Xml.children(root, "entity", "view-entity")) {
                boolean view = e.getTagName().equals("view-entity");
                EntityDef ed = new EntityDef(Xml.attr(e, "package"), e.getAttribute("entity-name"), view, false, f, e);
                ed.shortAlias = Xml.attr(e, "short-alias");
                if (!view) {
                    for (Element fe : Xml.children(e, "field")) {
                        ed.fields.add(fe.getAttribute("name"));
                        if ("true".equals(fe.getAttribute("is-pk"))) ed.pk.add(fe.getAttribute("name"));
                    }
                    if (!"true".equals(e.getAttribute("no-update-stamp"))) ed.fields.add("lastUpdatedStamp");
                } else {
                    for (Element me : Xml.children(e, "member-entity", "member-relationship")) {
                        ed.members.put(me.getAttribute("entity-alias"), Xml.attr(me, "entity-name"));
                    }
                    views.add(new Element[]{e});
                }
                addRels(ed, e);
                byFull.put(ed.fullName(), ed);
                own.add(ed);
            }
            for (Element e : Xml.children(root, "extend-entity")) extendsList.add(new Object[]{f, e});
        }
        for (Object[] x : extendsList) {
            Element e = (Element) x[1];
            EntityDef target = byFull.get(pkgName(Xml.attr(e, "package"), e.getAttribute("entity-name")));
            if (target == null) target = find(e.getAttribute("entity-name"));
            if (target == null) continue;
            for (Element fe : Xml.children(e, "field")) target.fields.add(fe.getAttribute("name"));
            addRels(target, e);
        }
        index();
        // view fields, repeated so that a view over another view sees its fields
        for (int pass = 0; pass < 3; pass++) {
            for (EntityDef ed : own) {
                if (!ed.view) continue;
                for (Element mr : Xml.children(ed.el, "member-relationship")) {
                    // member-relationship: entity comes from a relationship of the join-from member
                    EntityDef from = find(ed.members.get(mr.getAttribute("join-from-alias")));
                    String rn = mr.getAttribute("relationship");
                    if (from != null) for (EntityDef.Rel r : from.rels) {
                        if (rn.equals(r.name()) || rn.equals(r.shortAlias()) || rn.equals(simple(r.related()))) {
                            ed.members.put(mr.getAttribute("entity-alias"), r.related());
                        }
                    }
                }
                for (Element aa : Xml.children(ed.el, "alias-all")) {
                    EntityDef m = find(ed.members.get(aa.getAttribute("entity-alias")));
                    if (m == null) continue;
                    Set<String> excl = new HashSet<>();
                    for (Element ex : Xml.children(aa, "exclude")) excl.add(ex.getAttribute("field"));
                    String prefix = Xml.attr(aa, "prefix");
                    for (String f : m.fields) {
                        if (excl.contains(f)) continue;
                        ed.fields.add(prefix == null || prefix.isEmpty() ? f : prefix + Character.toUpperCase(f.charAt(0)) + f.substring(1));
                    }
                }
                for (Element al : Xml.children(ed.el, "alias")) ed.fields.add(al.getAttribute("name"));
            }
        }
    }

    private static String pkgName(String pkg, String name) { return pkg == null || pkg.isEmpty() ? name : pkg + "." + name; }

    static String simple(String full) {
        if (full == null) return null;
        int d = full.lastIndexOf('.');
        return d < 0 ? full : full.substring(d + 1);
    }

    private static EntityDef copy(EntityDef fe) {
        EntityDef ed = new EntityDef(fe.pkg, fe.simpleName, fe.view, true, null, null);
        ed.shortAlias = fe.shortAlias;
        ed.fields.addAll(fe.fields);
        ed.pk.addAll(fe.pk);
        ed.rels.addAll(fe.rels);
        ed.members.putAll(fe.members);
        ed.openFields = fe.openFields;
        return ed;
    }

    private static void addRels(EntityDef ed, Element e) {
        for (Element r : Xml.children(e, "relationship")) {
            List<String[]> kms = new ArrayList<>();
            for (Element km : Xml.children(r, "key-map")) kms.add(new String[]{km.getAttribute("field-name"), Xml.attr(km, "related")});
            ed.rels.add(new EntityDef.Rel(r.getAttribute("type"), Xml.attr(r, "title"), r.getAttribute("related"),
                    Xml.attr(r, "short-alias"), kms, r));
        }
    }

    private void index() {
        bySimple.clear();
        byAlias.clear();
        for (EntityDef ed : byFull.values()) {
            bySimple.computeIfAbsent(ed.simpleName, k -> new ArrayList<>()).add(ed);
            if (ed.shortAlias != null && !ed.shortAlias.isEmpty()) byAlias.put(ed.shortAlias, ed);
        }
    }

    /** Entity by full name, short-alias or simple name (Moqui accepts all three). */
    EntityDef find(String name) {
        if (name == null || name.isEmpty()) return null;
        EntityDef ed = byFull.get(name);
        if (ed != null) return ed;
        ed = byAlias.get(name);
        if (ed != null) return ed;
        List<EntityDef> l = bySimple.get(name);
        return l == null || l.isEmpty() ? null : l.get(0);
    }

    /** Names under which a nested data element may refer to a relationship of ed (incl. automatic reverse ones). */
    synchronized Set<String> relationshipNames(EntityDef ed) {
        Set<String> s = relNames.get(ed.fullName());
        if (s != null) return s;
        s = new HashSet<>();
        for (EntityDef.Rel r : ed.rels) {
            s.add(r.name());
            if (r.shortAlias() != null) s.add(r.shortAlias());
            String t = r.title() == null ? "" : r.title();
            s.add(t + simple(r.related()));
            s.add(t + "#" + simple(r.related()));
        }
        for (EntityDef other : byFull.values()) {
            for (EntityDef.Rel r : other.rels) {
                EntityDef rel = find(r.related());
                if (rel == ed) {
                    String t = r.title() == null ? "" : r.title();
                    s.add(t.isEmpty() ? other.fullName() : t + "#" + other.fullName());
                    s.add(t + other.simpleName);
                }
            }
        }
        relNames.put(ed.fullName(), s);
        return s;
    }
}
