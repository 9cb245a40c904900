package hpf.compliance.core.screening.store;

import java.util.Map;

/**
 * Where an entity is stored: its table and the column of each field, as the entity facade names them (the caller
 * asks Moqui's entity definition; the core never guesses names).
 */
public record TableMap(String table, Map<String, String> columns) {
    public TableMap {
        columns = Map.copyOf(columns);
    }

    public String column(String field) {
        String c = columns.get(field);
        if (c == null) throw new IllegalArgumentException("no column for field " + field + " of " + table);
        return c;
    }

    public boolean has(String field) {
        return columns.containsKey(field);
    }
}
