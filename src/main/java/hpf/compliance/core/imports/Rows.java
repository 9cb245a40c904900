package hpf.compliance.core.imports;

/** What a store needs of a reader: the accepted values one by one, and the counters of the rows read and rejected. */
public interface Rows<T> {
    /** Next accepted value, or null at the end. */
    T next();

    /** Data rows read so far (accepted and rejected). */
    long rowsRead();

    /** Rows the reader itself rejected so far. */
    long rowsRejected();
}
