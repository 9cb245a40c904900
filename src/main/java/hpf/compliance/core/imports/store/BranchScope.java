package hpf.compliance.core.imports.store;

import java.util.Set;

/**
 * Whose rows a user may import: the center's staff any branch's ({@code scoped} false), branch staff only the rows of
 * their own branches.
 */
public record BranchScope(boolean scoped, Set<String> ownBranchIds) {
    public static final BranchScope CENTER = new BranchScope(false, Set.of());

    public BranchScope {
        ownBranchIds = ownBranchIds == null ? Set.of() : Set.copyOf(ownBranchIds);
    }

    /** Whether a row of this branch may be written (an empty branch is nobody's own branch). */
    public boolean allows(String branchId) {
        return !scoped || (branchId != null && ownBranchIds.contains(branchId));
    }
}
