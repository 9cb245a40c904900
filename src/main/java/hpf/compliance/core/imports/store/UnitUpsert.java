package hpf.compliance.core.imports.store;

import hpf.compliance.core.account.UnitAccount;
import hpf.compliance.core.imports.support.ImportRecords;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an imported unit account does to the stored units (EmployerUnit stays on the entity facade: its account status
 * and rates are audited, and it feeds the search documents): reject the row, create the unit, update the fields that
 * changed, or nothing. Rules: the 所属机构 must name a branch (by name or code); branch staff import only units of their
 * own branches, and never take over another branch's unit; optional columns left empty keep the stored value
 * ({@link ImportRecords#UNIT_KEEP_IF_EMPTY}).
 */
public final class UnitUpsert {
    private UnitUpsert() {}

    public enum Action { REJECT, CREATE, UPDATE, UNCHANGED }

    /**
     * The decision for one row: the fields to create or to change (empty otherwise), or the rejection's column, value,
     * code and reason.
     */
    public record Decision(Action action, Map<String, Object> fields, String column, String value, String code,
                           String reason) {
        static Decision reject(String column, String value, String code, String reason) {
            return new Decision(Action.REJECT, Map.of(), column, value, code, reason);
        }
    }

    /**
     * @param stored the stored unit with the same account number (its fields by name), or null
     * @param branchIdByKey branch ids by branch code and by branch name
     * @param statusEnumIdByCode HpfAccountStatus enumeration ids by code (01 … 05)
     */
    public static Decision decide(UnitAccount u, Map<String, ?> stored, Map<String, String> branchIdByKey,
                                  Map<String, String> statusEnumIdByCode, BranchScope scope) {
        String branchId = u.branch() == null ? null : branchIdByKey.get(u.branch());
        if (branchId == null) {
            return Decision.reject("所属机构", u.branch(), "BRANCH_UNKNOWN",
                    "所属机构“" + u.branch() + "”与任何机构的名称或代码都不一致");
        }
        Object storedBranch = stored == null ? null : stored.get("branchId");
        if (scope.scoped() && (!scope.allows(branchId) || (storedBranch != null && !scope.allows(storedBranch.toString())))) {
            return Decision.reject("所属机构", u.branch(), "BRANCH_NOT_OWN", "该单位属于其他分支机构，分支机构用户只能导入本机构的单位");
        }
        Map<String, Object> fields = ImportRecords.unitFields(u, statusEnumIdByCode.get(u.status().code()), branchId);
        if (stored == null) return new Decision(Action.CREATE, fields, null, null, null, null);
        List<String> changed = ImportRecords.changedFields(stored, fields, ImportRecords.UNIT_KEEP_IF_EMPTY);
        if (changed.isEmpty()) return new Decision(Action.UNCHANGED, Map.of(), null, null, null, null);
        Map<String, Object> update = new LinkedHashMap<>();
        for (String f : changed) update.put(f, fields.get(f));
        return new Decision(Action.UPDATE, update, null, null, null, null);
    }
}
