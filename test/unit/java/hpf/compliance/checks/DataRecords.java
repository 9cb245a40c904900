package hpf.compliance.checks;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Flattened entity records of the component's data files and entity seed-data, nested records with their parent keys. */
final class DataRecords {
    record Rec(Path file, Element el, EntityDef ed, Map<String, String> values) {
        String get(String f) { return values.get(f); }
    }

    private DataRecords() { }

    static List<Rec> of(Component c) {
        List<Rec> out = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        List<Element> roots = c.dataRoots(files);
        EntityModel em = c.entities();
        for (int i = 0; i < roots.size(); i++) {
            for (Element e : Xml.children(roots.get(i))) {
                EntityDef ed = em.find(e.getTagName());
                if (ed != null) add(c, em, out, files.get(i), e, ed, null, null);
            }
        }
        return out;
    }

    private static void add(Component c, EntityModel em, List<Rec> out, Path f, Element e, EntityDef ed, Rec parent, EntityDef.Rel via) {
        Map<String, String> v = new LinkedHashMap<>();
        for (Attr a : Xml.attrs(e)) v.put(a.getName(), a.getValue());
        for (Element ch : Xml.children(e)) if (ed.hasField(ch.getTagName())) v.put(ch.getTagName(), ch.getTextContent());
        if (parent != null) {
            if (via != null && !via.keyMaps().isEmpty()) {
                for (String[] km : via.keyMaps()) {
                    String to = km[1] == null ? km[0] : km[1];
                    if (!v.containsKey(to) && parent.get(km[0]) != null) v.put(to, parent.get(km[0]));
                }
            }
            for (String pk : parent.ed().pk) if (ed.hasField(pk) && !v.containsKey(pk) && parent.get(pk) != null) v.put(pk, parent.get(pk));
        }
        Rec r = new Rec(f, e, ed, v);
        out.add(r);
        for (Element ch : Xml.children(e)) {
            String cn = ch.getTagName();
            if (ed.hasField(cn)) continue;
            EntityDef.Rel rel = null;
            for (EntityDef.Rel x : ed.rels) {
                String t = x.title() == null ? "" : x.title();
                if (cn.equals(x.name()) || cn.equals(x.shortAlias()) || cn.equals(t + EntityModel.simple(x.related()))) { rel = x; break; }
            }
            EntityDef sub = rel != null ? em.find(rel.related()) : em.find(cn.contains("#") ? cn.substring(cn.indexOf('#') + 1) : cn);
            if (sub != null) add(c, em, out, f, ch, sub, r, rel);
        }
    }
}
