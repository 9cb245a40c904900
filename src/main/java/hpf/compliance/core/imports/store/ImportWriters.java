package hpf.compliance.core.imports.store;

import hpf.compliance.core.account.BusinessType;
import hpf.compliance.core.account.RemittanceLine;
import hpf.compliance.core.account.UnitAccount;
import hpf.compliance.core.registry.RegistryEntry;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The writer of each import type: remittances (the millions of rows) through plain JDBC on the transaction's
 * connection ({@link RemittanceStore}), units (audited fields, search documents) and registry rows through the entity
 * facade.
 */
final class ImportWriters {
    private static final String REMITTANCES = "hpf.compliance.UnitRemittance";
    private final ImportHost host;
    private final String importBatchId;
    private final int rowsPerInsert;

    ImportWriters(ImportHost host, String importBatchId, int rowsPerInsert) {
        this.host = host;
        this.importBatchId = importBatchId;
        this.rowsPerInsert = rowsPerInsert;
    }

    /** Rows per multi-row INSERT of remittances: the system property {@code hpf_import_rows_per_insert}, default 100. */
    static int rowsPerInsertProperty() {
        String v = System.getProperty("hpf_import_rows_per_insert");
        return v == null || v.isBlank() ? 100 : Integer.parseInt(v.trim());
    }

    /** Remittance writers when {@code hpf_import_writers} is not set, on a database server (measured best on 2 cores). */
    static final int SERVER_WRITERS = 3;

    /**
     * Remittance batches written at once, each on a connection of its own: the system property
     * {@code hpf_import_writers} when set (1 to 16), otherwise chosen by the database ({@link #defaultWriters}).
     */
    int remittanceWriters() throws Exception {
        String v = System.getProperty("hpf_import_writers");
        if (v != null && !v.isBlank()) return Math.max(1, Math.min(16, Integer.parseInt(v.trim())));
        String[] product = new String[1];
        host.inTransaction(60, "Could not read the database type", () ->
                product[0] = host.connection(REMITTANCES).getMetaData().getDatabaseProductName());
        return defaultWriters(product[0]);
    }

    /**
     * 1 for the embedded H2 (a second writer inside the same engine was slower), {@link #SERVER_WRITERS} for a
     * database server such as PostgreSQL, which writes one batch while the import binds the next ones.
     */
    static int defaultWriters(String databaseProductName) {
        return databaseProductName != null && databaseProductName.trim().toUpperCase(java.util.Locale.ROOT).startsWith("H2")
                ? 1 : SERVER_WRITERS;
    }

    BatchWriter<RemittanceLine> remittanceWriter(BranchScope scope) {
        Map<String, String> typeIds = host.enumIdsByCode("HpfRemitType");
        Map<BusinessType, String> typeEnumIds = new EnumMap<>(BusinessType.class);
        for (BusinessType t : BusinessType.values()) {
            String id = typeIds.get(t.code());
            if (id != null && !id.isEmpty()) typeEnumIds.put(t, id);
        }
        String units = "hpf.compliance.EmployerUnit", remittances = REMITTANCES;
        RemittanceStore store = new RemittanceStore(new RemittanceStore.Layout(host.tableName(units),
                columns(units, RemittanceStore.UNIT_FIELDS), host.tableName(remittances),
                columns(remittances, RemittanceStore.FIELDS)), importBatchId, scope, typeEnumIds, rowsPerInsert);
        return (rows, b) -> store.write(host.connection(remittances), rows, b, host.now(), host.dbCalendar());
    }

    private Map<String, String> columns(String entity, List<String> fields) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String f : fields) m.put(f, host.columnName(entity, f));
        return m;
    }

    BatchWriter<UnitAccount> unitWriter(BranchScope scope) {
        String entity = "hpf.compliance.EmployerUnit";
        return new UnitAccountWriter(new UnitAccountWriter.Units() {
            public List<Map<String, Object>> findByAccountNos(List<String> accountNos) throws Exception {
                return host.findIn(entity, "unitAccountNo", accountNos);
            }

            public Map<String, Object> create(Map<String, Object> fields) throws Exception {
                return host.create(entity, fields, true);
            }

            public void update(Map<String, Object> stored, Map<String, Object> changes) throws Exception {
                host.update(stored, changes);
            }
        }, importBatchId, UnitAccountWriter.branchKeys(host.branches()), host.enumIdsByCode("HpfAccountStatus"), scope);
    }

    BatchWriter<RegistryEntry> registryWriter() {
        return new RegistryWriter(f -> host.create("hpf.compliance.RegistryEnterprise", f, true), importBatchId);
    }
}
