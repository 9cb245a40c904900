package hpf.compliance.core.rules;

import hpf.compliance.core.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Document numbers (文号) such as {@code 阳住金指〔2026〕YQ01-0001号}, from a configurable pattern such as
 * {@code 阳住金指〔{year}〕{branch}-{seq:4}号}. Placeholders: {@code {year}} (four digits), {@code {branch}} (the
 * branch code) and {@code {seq}} or {@code {seq:N}} (the running number, zero-padded to N digits). Only formatting
 * and parsing happen here; the Moqui layer draws the next sequence from a locked counter row per year and branch.
 */
public final class NoticeNumbering {

    /** A number split back into its parts. */
    public record NoticeNumber(Integer year, String branch, int seq) {}

    private sealed interface Part permits Literal, Year, Branch, Seq {}
    private record Literal(String text) implements Part {}
    private record Year() implements Part {}
    private record Branch() implements Part {}
    private record Seq(int width) implements Part {}

    private static final String FIELD = "pattern";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern SEQ = Pattern.compile("seq(?::(\\d{1,2}))?");
    /** Branch codes are letters, digits and underscores, so that they can be read back out of a number. */
    private static final Pattern BRANCH_CODE = Pattern.compile("[A-Za-z0-9_]+");

    private final String pattern;
    private final List<Part> parts;
    private final Pattern parser;

    private NoticeNumbering(String pattern, List<Part> parts) {
        this.pattern = pattern;
        this.parts = List.copyOf(parts);
        StringBuilder re = new StringBuilder("^");
        for (Part p : parts) {
            if (p instanceof Literal l) re.append(Pattern.quote(l.text()));
            else if (p instanceof Year) re.append("(?<year>\\d{4})");
            else if (p instanceof Branch) re.append("(?<branch>[A-Za-z0-9_]+?)");
            else if (p instanceof Seq s) re.append("(?<seq>\\d{").append(Math.max(1, s.width())).append(",})");
        }
        this.parser = Pattern.compile(re.append('$').toString());
    }

    /**
     * Reads a pattern. Refused: an unknown placeholder, an unclosed or stray brace, no {@code {seq}} (numbers would
     * repeat), a placeholder used twice, and {@code {branch}} and {@code {seq}} side by side (the number could not
     * be split back; {@code {year}} has a fixed width and may touch either).
     */
    public static NoticeNumbering compile(String pattern) {
        List<String> errors = validate(pattern);
        if (!errors.isEmpty()) throw new IllegalArgumentException("Invalid notice number pattern '" + pattern + "': " + String.join("; ", errors));
        return new NoticeNumbering(pattern, split(pattern, new Found()));
    }

    public static final String PATTERN_EMPTY = "the pattern is empty";
    public static final String SEQ_MISSING = "{seq} is missing, so numbers would repeat";
    public static final String PLACEHOLDER_REPEATED = "a placeholder appears more than once";
    public static final String PLACEHOLDERS_ADJACENT = "placeholders must be separated by text, so that a number can be read back";
    public static final String CODE_CHAR_AFTER_PLACEHOLDER = "the text after {branch} or {seq} must not start with a letter, digit or _";
    public static final String SEQ_WIDTH_OUT_OF_RANGE = "{seq:N} needs N between 1 and 12";
    public static final String UNKNOWN_PLACEHOLDER = "unknown placeholder ${placeholder}; use {year}, {branch}, {seq} or {seq:N}";
    public static final String UNBALANCED_BRACE = "unbalanced brace in '${text}'";

    /** The problems of a pattern as English text (the templates filled in); empty when usable. */
    public static List<String> validate(String pattern) {
        return checkPattern(pattern).stream().map(Violation::message).collect(Collectors.toList());
    }

    /** The problems of a pattern, for the screen that edits it (field {@code pattern}); empty when usable. */
    public static List<Violation> checkPattern(String pattern) {
        Found errors = new Found();
        if (pattern == null || pattern.isBlank()) {
            errors.add(PATTERN_EMPTY, FIELD);
            return errors.list();
        }
        List<Part> parts = split(pattern, errors);
        long seqs = parts.stream().filter(p -> p instanceof Seq).count();
        long years = parts.stream().filter(p -> p instanceof Year).count();
        long branches = parts.stream().filter(p -> p instanceof Branch).count();
        if (seqs == 0) errors.add(SEQ_MISSING, FIELD);
        if (seqs > 1 || years > 1 || branches > 1) errors.add(PLACEHOLDER_REPEATED, FIELD);
        for (int i = 1; i < parts.size(); i++) {
            Part a = parts.get(i - 1), b = parts.get(i);
            // {year} has a fixed width, so it may touch another placeholder; {branch} and {seq} vary and may not
            if (!(a instanceof Literal) && !(b instanceof Literal) && !(a instanceof Year) && !(b instanceof Year)) {
                errors.add(PLACEHOLDERS_ADJACENT, FIELD);
                break;
            }
        }
        for (int i = 0; i + 1 < parts.size(); i++) {
            if ((parts.get(i) instanceof Branch || parts.get(i) instanceof Seq) && parts.get(i + 1) instanceof Literal l
                    && isCodeChar(l.text().charAt(0))) {
                errors.add(CODE_CHAR_AFTER_PLACEHOLDER, FIELD);
                break;
            }
        }
        return errors.list();
    }

    private static boolean isCodeChar(char c) {
        return c == '_' || (c < 128 && Character.isLetterOrDigit(c));
    }

    private static List<Part> split(String pattern, Found errors) {
        List<Part> parts = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        int last = 0;
        while (m.find()) {
            literal(pattern.substring(last, m.start()), parts, errors);
            String name = m.group(1).strip();
            Matcher seq = SEQ.matcher(name);
            if (name.equals("year")) parts.add(new Year());
            else if (name.equals("branch")) parts.add(new Branch());
            else if (seq.matches()) {
                int width = seq.group(1) == null ? 1 : Integer.parseInt(seq.group(1));
                if (width < 1 || width > 12) errors.add(SEQ_WIDTH_OUT_OF_RANGE, FIELD);
                parts.add(new Seq(width));
            } else errors.add(UNKNOWN_PLACEHOLDER, FIELD, "placeholder", m.group());
            last = m.end();
        }
        literal(pattern.substring(last), parts, errors);
        return parts;
    }

    private static void literal(String text, List<Part> parts, Found errors) {
        if (text.isEmpty()) return;
        if (text.indexOf('{') >= 0 || text.indexOf('}') >= 0) errors.add(UNBALANCED_BRACE, FIELD, "text", text);
        parts.add(new Literal(text));
    }

    public String pattern() {
        return pattern;
    }

    public boolean usesYear() {
        return parts.stream().anyMatch(p -> p instanceof Year);
    }

    public boolean usesBranch() {
        return parts.stream().anyMatch(p -> p instanceof Branch);
    }

    /** The number for running number {@code seq} (1 or more) of {@code branch} in {@code year}. */
    public String format(int year, String branch, int seq) {
        if (seq < 1) throw new IllegalArgumentException("sequence must be 1 or more, was " + seq);
        if (usesYear() && (year < 1000 || year > 9999)) throw new IllegalArgumentException("year must have four digits, was " + year);
        if (usesBranch() && (branch == null || !BRANCH_CODE.matcher(branch).matches())) {
            throw new IllegalArgumentException("branch code must be letters, digits or _ , was '" + branch + "'");
        }
        StringBuilder sb = new StringBuilder();
        for (Part p : parts) {
            if (p instanceof Literal l) sb.append(l.text());
            else if (p instanceof Year) sb.append(year);
            else if (p instanceof Branch) sb.append(branch);
            else if (p instanceof Seq s) {
                String digits = Integer.toString(seq);
                // a sequence past the padding grows rather than wraps, so numbers stay unique
                sb.append("0".repeat(Math.max(0, s.width() - digits.length()))).append(digits);
            }
        }
        return sb.toString();
    }

    /** Splits a number made by this pattern; empty when it does not match. Year or branch is null when unused. */
    public Optional<NoticeNumber> parse(String number) {
        if (number == null) return Optional.empty();
        Matcher m = parser.matcher(number.strip());
        if (!m.matches()) return Optional.empty();
        Integer year = usesYear() ? Integer.valueOf(m.group("year")) : null;
        String branch = usesBranch() ? m.group("branch") : null;
        String seqText = m.group("seq");
        if (seqText.length() > 9) return Optional.empty();
        int seq = Integer.parseInt(seqText);
        if (seq < 1) return Optional.empty();
        return Optional.of(new NoticeNumber(year, branch, seq));
    }

    /** True when {@code number} has the form of this pattern. */
    public boolean matches(String number) {
        return parse(number).isPresent();
    }
}
