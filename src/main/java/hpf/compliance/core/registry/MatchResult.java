package hpf.compliance.core.registry;

import java.util.List;

/** What the matcher found for one enterprise: the kind of match and the accounts behind it (none for the last two). */
public record MatchResult(RegistryEntry entry, MatchKind kind, List<String> accountNos) {
    public MatchResult {
        accountNos = List.copyOf(accountNos);
    }
}
