package hpf.compliance.core.doc;

/** No font able to print Chinese was found; rendering stops rather than print empty boxes. */
public class NoCjkFontException extends IllegalStateException {
    public NoCjkFontException(String message) {
        super(message);
    }
}
