package hpf.compliance.core.imports.store;

import hpf.compliance.core.account.UnitAccount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes imported unit accounts (EmployerUnit) a batch at a time: one find of the stored units of the batch's accounts,
 * then per row the {@link UnitUpsert} decision, carried out through the entity facade of the {@link Units} (the unit's
 * account status and rates are audited and units feed the search documents, so they are not written with plain JDBC).
 * A unit created earlier in the same batch is the stored unit of a later row with its account number.
 */
public final class UnitAccountWriter implements BatchWriter<UnitAccount> {
    /** The facade writes of EmployerUnit. */
    public interface Units {
        /** The stored units with these account numbers (their fields by name; an entity value). */
        List<Map<String, Object>> findByAccountNos(List<String> accountNos) throws Exception;

        /** Creates a unit with a sequenced id and these fields; the created value. */
        Map<String, Object> create(Map<String, Object> fields) throws Exception;

        /** Sets {@code changes} on a value {@link #findByAccountNos} or {@link #create} gave, and updates it. */
        void update(Map<String, Object> stored, Map<String, Object> changes) throws Exception;
    }

    private final Units units;
    private final String importBatchId;
    private final Map<String, String> branchIdByKey;
    private final Map<String, String> statusEnumIdByCode;
    private final BranchScope scope;

    /**
     * @param branchIdByKey branch ids by branch code and by branch name ({@link #branchKeys})
     * @param statusEnumIdByCode HpfAccountStatus enumeration ids by code
     */
    public UnitAccountWriter(Units units, String importBatchId, Map<String, String> branchIdByKey,
                             Map<String, String> statusEnumIdByCode, BranchScope scope) {
        this.units = units;
        this.importBatchId = importBatchId;
        this.branchIdByKey = new HashMap<>(branchIdByKey);
        this.statusEnumIdByCode = new HashMap<>(statusEnumIdByCode);
        this.scope = scope == null ? BranchScope.CENTER : scope;
    }

    /** Branch ids by code and by name, from Branch rows (branchId, branchCode, branchName); a name wins over a code. */
    public static Map<String, String> branchKeys(List<? extends Map<String, ?>> branches) {
        Map<String, String> out = new HashMap<>();
        for (Map<String, ?> br : branches) {
            Object id = br.get("branchId"), code = br.get("branchCode"), name = br.get("branchName");
            if (id == null) continue;
            if (code != null && !code.toString().isEmpty()) out.put(code.toString(), id.toString());
            if (name != null && !name.toString().isEmpty()) out.put(name.toString(), id.toString());
        }
        return out;
    }

    @Override
    public void write(List<UnitAccount> rows, ImportRun.Batch batch) throws Exception {
        Set<String> accountNos = new LinkedHashSet<>();
        for (UnitAccount u : rows) accountNos.add(u.accountNo());
        Map<String, Map<String, Object>> existing = new HashMap<>();
        for (Map<String, Object> v : units.findByAccountNos(new ArrayList<>(accountNos))) {
            existing.put(String.valueOf(v.get("unitAccountNo")), v);
        }
        for (UnitAccount u : rows) {
            Map<String, Object> old = existing.get(u.accountNo());
            UnitUpsert.Decision d = UnitUpsert.decide(u, old, branchIdByKey, statusEnumIdByCode, scope);
            switch (d.action()) {
                case REJECT -> batch.reject(u.sourceLine(), d.column(), d.value(), d.code(), d.reason());
                case UNCHANGED -> batch.counts.unchanged++;
                case CREATE -> {
                    existing.put(u.accountNo(), units.create(withBatch(d.fields())));
                    batch.counts.created++;
                }
                case UPDATE -> {
                    units.update(old, withBatch(d.fields()));
                    batch.touchedUnitIds.add(String.valueOf(old.get("unitId")));
                    batch.counts.updated++;
                }
            }
        }
    }

    private Map<String, Object> withBatch(Map<String, Object> fields) {
        Map<String, Object> m = new LinkedHashMap<>(fields);
        m.put("lastImportBatchId", importBatchId);
        return m;
    }
}
