package hpf.compliance.checks;

/** One finding of a component check: where (component-relative file, 1-based line and column, 0 if unknown) and what. */
public record Problem(String check, String file, int line, int col, String message) implements Comparable<Problem> {
    @Override public String toString() {
        return file + ":" + line + ":" + col + ": [" + check + "] " + message;
    }
    @Override public int compareTo(Problem o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        if (c != 0) return c;
        c = Integer.compare(col, o.col);
        return c != 0 ? c : message.compareTo(o.message);
    }
}
