package hpf.compliance.core.imports.store;

import java.util.List;

/** Writes one batch of accepted rows inside the batch's transaction, counting into and rejecting through {@code batch}. */
@FunctionalInterface
public interface BatchWriter<T> {
    void write(List<T> rows, ImportRun.Batch batch) throws Exception;
}
