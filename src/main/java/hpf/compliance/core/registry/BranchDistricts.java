package hpf.compliance.core.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which branch handles an enterprise found in the registry, from its 住所: each branch lists the district names of its
 * area (区县、街道、乡镇, e.g. 「城区,义井街道」), and the branch with the longest name found in the address takes it
 * (「高新区」 before 「新区」). When no name is found, or two branches share the longest one, the answer is empty and the
 * office assigns the enterprise by hand: a guess would send a letter from the wrong branch.
 */
public final class BranchDistricts {
    private final Map<String, List<String>> keywordsByBranch = new LinkedHashMap<>();

    /** Adds a branch with its district names, separated by commas, 、, ；, spaces or new lines. */
    public BranchDistricts add(String branchId, String keywords) {
        List<String> list = new ArrayList<>();
        if (keywords != null) {
            for (String k : keywords.split("[,，、;；\\s]+")) {
                String t = Names.normalize(k);
                if (!t.isEmpty()) list.add(t);
            }
        }
        if (!list.isEmpty()) keywordsByBranch.put(branchId, list);
        return this;
    }

    /** The branch whose longest district name occurs in the address; empty when none or a tie between branches. */
    public Optional<String> branchFor(String address) {
        if (address == null) return Optional.empty();
        String a = Names.normalize(address);
        String best = null;
        int bestLength = 0;
        boolean tie = false;
        for (Map.Entry<String, List<String>> e : keywordsByBranch.entrySet()) {
            int longest = 0;
            for (String k : e.getValue()) if (k.length() > longest && a.contains(k)) longest = k.length();
            if (longest == 0) continue;
            if (longest > bestLength) {
                best = e.getKey();
                bestLength = longest;
                tie = false;
            } else if (longest == bestLength) {
                tie = true;
            }
        }
        return tie || best == null ? Optional.empty() : Optional.of(best);
    }
}
