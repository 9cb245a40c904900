package hpf.compliance.checks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the framework (moqui-framework + moqui-runtime base components) defines, read from framework-index.json. */
final class FrameworkIndex {
    final Map<String, EntityDef> entities = new LinkedHashMap<>();
    final Set<String> services = new HashSet<>();
    /** statusId to statusTypeId */
    final Map<String, String> statusItems = new HashMap<>();
    final Set<String> statusTypes = new HashSet<>();
    /** enumId to enumTypeId */
    final Map<String, String> enums = new HashMap<>();
    final Set<String> enumTypes = new HashSet<>();
    /** component:// locations of framework screens listed in the index (screen tree, directory subscreens, mounts) */
    final Set<String> screenLocations = new HashSet<>();
    final Set<String> userGroups = new HashSet<>();
    final Set<String> serviceJobs = new HashSet<>();

    static final Map<Path, FrameworkIndex> CACHE = new HashMap<>();

    static synchronized FrameworkIndex load(Path json) {
        return CACHE.computeIfAbsent(json.toAbsolutePath().normalize(), p -> {
            try {
                return new FrameworkIndex(Files.readString(p, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read framework index " + p + ": " + e, e);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private FrameworkIndex(String text) {
        Map<String, Object> root = (Map<String, Object>) Json.parse(text);
        Map<String, Object> ents = (Map<String, Object>) root.get("entities");
        for (Map.Entry<String, Object> en : ents.entrySet()) {
            Map<String, Object> m = (Map<String, Object>) en.getValue();
            String pkg = (String) m.get("package");
            String name = (String) m.get("name");
            EntityDef ed = new EntityDef(pkg, name, false, true, null, null);
            ed.shortAlias = (String) m.get("short-alias");
            for (Object fo : (List<Object>) m.get("fields")) ed.fields.add((String) ((Map<String, Object>) fo).get("name"));
            ed.fields.add("lastUpdatedStamp");
            for (Object po : (List<Object>) m.getOrDefault("pk", List.of())) ed.pk.add((String) po);
            for (Object ro : (List<Object>) m.getOrDefault("relationships", List.of())) {
                Map<String, Object> r = (Map<String, Object>) ro;
                List<String[]> kms = new ArrayList<>();
                for (Object ko : (List<Object>) r.getOrDefault("key-map", List.of())) {
                    String k = (String) ko;
                    int a = k.indexOf("->");
                    kms.add(a < 0 ? new String[]{k, null} : new String[]{k.substring(0, a), k.substring(a + 2)});
                }
                ed.rels.add(new EntityDef.Rel((String) r.get("type"), (String) r.get("title"), (String) r.get("related"),
                        (String) r.get("short-alias"), kms, null));
            }
            entities.put(ed.fullName(), ed);
        }
        Map<String, Object> views = (Map<String, Object>) root.get("view_entities");
        Map<String, Map<String, Object>> pending = new LinkedHashMap<>();
        for (Map.Entry<String, Object> en : views.entrySet()) {
            String full = en.getKey();
            int dot = full.lastIndexOf('.');
            EntityDef ed = new EntityDef(full.substring(0, dot), full.substring(dot + 1), true, true, null, null);
            entities.put(full, ed);
            pending.put(full, (Map<String, Object>) en.getValue());
        }
        // view fields: aliases + alias-all of members (two passes so that views over views resolve)
        for (int pass = 0; pass < 2; pass++) {
            for (Map.Entry<String, Map<String, Object>> en : pending.entrySet()) {
                EntityDef ed = entities.get(en.getKey());
                Map<String, Object> m = en.getValue();
                for (Object mo : (List<Object>) m.getOrDefault("members", List.of())) {
                    Map<String, Object> mm = (Map<String, Object>) mo;
                    ed.members.put((String) mm.get("alias"), (String) mm.get("entity"));
                }
                for (Object ao : (List<Object>) m.getOrDefault("alias-all", List.of())) {
                    Map<String, Object> am = (Map<String, Object>) ao;
                    EntityDef member = entities.get(ed.members.get((String) am.get("alias")));
                    String prefix = (String) am.get("prefix");
                    if (member != null) for (String f : member.fields) {
                        ed.fields.add(prefix == null || prefix.isEmpty() ? f : prefix + Character.toUpperCase(f.charAt(0)) + f.substring(1));
                    }
                }
                for (Object ao : (List<Object>) m.getOrDefault("aliases", List.of())) {
                    Map<String, Object> am = (Map<String, Object>) ao;
                    ed.fields.add((String) am.get("name"));
                    if (!ed.members.containsKey((String) am.get("entity-alias"))) ed.openFields = true;
                }
                for (Object ao : (List<Object>) m.getOrDefault("alias-all", List.of())) {
                    if (!ed.members.containsKey((String) ((Map<String, Object>) ao).get("alias"))) ed.openFields = true;
                }
            }
        }
        services.addAll(((Map<String, Object>) root.get("services")).keySet());
        for (Map.Entry<String, Object> en : ((Map<String, Object>) root.get("status_types")).entrySet()) {
            statusTypes.add(en.getKey());
            for (Object s : (List<Object>) ((Map<String, Object>) en.getValue()).get("statuses")) statusItems.put((String) s, en.getKey());
        }
        for (Map.Entry<String, Object> en : ((Map<String, Object>) root.get("enumeration_types")).entrySet()) {
            enumTypes.add(en.getKey());
            for (Object s : (List<Object>) ((Map<String, Object>) en.getValue()).get("enums")) enums.put((String) s, en.getKey());
        }
        userGroups.addAll(((Map<String, Object>) root.get("user_groups")).keySet());
        serviceJobs.addAll(((Map<String, Object>) root.get("service_jobs")).keySet());
        for (Map.Entry<String, Object> en : ((Map<String, Object>) root.get("webroot_screens")).entrySet()) {
            screenLocations.add(toComponentLocation(en.getKey()));
            Map<String, Object> sm = (Map<String, Object>) en.getValue();
            for (Object so : (List<Object>) sm.getOrDefault("subscreens", List.of())) {
                Object loc = ((Map<String, Object>) so).get("location");
                if (loc != null) screenLocations.add((String) loc);
            }
        }
        for (Object mo : (List<Object>) root.get("default_conf_screen_mounts")) {
            Map<String, Object> mm = (Map<String, Object>) mo;
            screenLocations.add((String) mm.get("parent"));
            screenLocations.add((String) mm.get("location"));
        }
    }

    /** moqui-runtime/base-component/webroot/screen/x.xml to component://webroot/screen/x.xml */
    static String toComponentLocation(String indexPath) {
        String p = indexPath;
        String rt = "moqui-runtime/base-component/";
        if (p.startsWith(rt)) return "component://" + p.substring(rt.length());
        return p;
    }
}
