package hpf.compliance.core.imports.store;

import hpf.compliance.core.registry.RegistryEntry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the rows of a market-regulation registry list (RegistryEnterprise): every accepted row is kept as read, one
 * record each with a sequenced id; the match against the units runs afterwards (RegistryServices.match#RegistryImport).
 */
public final class RegistryWriter implements BatchWriter<RegistryEntry> {
    /** Creates one RegistryEnterprise with a sequenced id (through the entity facade). */
    @FunctionalInterface
    public interface Records {
        void create(Map<String, Object> fields) throws Exception;
    }

    private final Records records;
    private final String importBatchId;

    public RegistryWriter(Records records, String importBatchId) {
        this.records = records;
        this.importBatchId = importBatchId;
    }

    /** The fields of the record of one row (address and industry cut to the column's 255 characters). */
    public static Map<String, Object> fields(String importBatchId, RegistryEntry r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("importBatchId", importBatchId);
        m.put("lineNumber", r.line());
        m.put("usccCode", r.uscc());
        m.put("enterpriseName", r.name());
        m.put("legalRepName", r.legalRepresentative());
        m.put("establishedDate", java.sql.Date.valueOf(r.established()));
        m.put("registrationStatusText", r.status().label());
        m.put("registeredAddress", take255(r.address()));
        m.put("industry", take255(r.industry()));
        m.put("employeeCount", r.employees());
        return m;
    }

    @Override
    public void write(List<RegistryEntry> rows, ImportRun.Batch batch) throws Exception {
        for (RegistryEntry r : rows) {
            records.create(fields(importBatchId, r));
            batch.counts.created++;
        }
    }

    static String take255(String s) {
        return s == null || s.length() <= 255 ? s : s.substring(0, 255);
    }
}
