package hpf.compliance.core.imports;

import java.util.Set;

/**
 * @param knownBranches when not empty, a unit whose 所属机构 is not in it is rejected (a typo would otherwise make a
 *                      branch nobody works)
 */
public record ImportOptions(Set<String> knownBranches) {
    public static final ImportOptions DEFAULT = new ImportOptions(Set.of());

    public ImportOptions {
        knownBranches = knownBranches == null ? Set.of() : Set.copyOf(knownBranches);
    }
}
