package hpf.compliance.checks;

import org.w3c.dom.Element;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An entity or view-entity definition, from this component (file + element set) or from framework-index.json. */
final class EntityDef {
    /** A relationship; keyMaps are [field-name, related field or null] pairs as written. */
    record Rel(String type, String title, String related, String shortAlias, List<String[]> keyMaps, Element el) {
        String name() { return title == null || title.isEmpty() ? related : title + "#" + related; }
    }

    final String pkg;
    final String simpleName;
    final boolean view;
    final boolean framework;
    final Path file;
    final Element el;
    String shortAlias;
    final Set<String> fields = new LinkedHashSet<>();
    final List<String> pk = new ArrayList<>();
    final List<Rel> rels = new ArrayList<>();
    /** field name to the enable-localization flag etc. is not needed; view members alias to entity name */
    final Map<String, String> members = new LinkedHashMap<>();

    EntityDef(String pkg, String simpleName, boolean view, boolean framework, Path file, Element el) {
        this.pkg = pkg;
        this.simpleName = simpleName;
        this.view = view;
        this.framework = framework;
        this.file = file;
        this.el = el;
    }

    String fullName() { return pkg == null || pkg.isEmpty() ? simpleName : pkg + "." + simpleName; }

    /** Framework view-entities whose member list in framework-index.json is incomplete: their fields are not all known. */
    boolean openFields;

    boolean hasField(String f) { return openFields || fields.contains(f); }

    @Override public String toString() { return fullName(); }
}
