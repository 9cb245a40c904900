package hpf.compliance.testing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * The random values of one property case, all drawn from one seed: the same seed gives the same values, so a
 * failing case is replayed by its seed alone (see {@link Cases}). Numeric draws land on a boundary of their range
 * (see {@link #edges}) one time in {@value #EDGE_ODDS}, so that limits are met in combination with random values
 * too, besides the fixed boundary cases a property lists itself.
 */
public final class Gen {
    /** One numeric draw in this many is a boundary value of its range. */
    public static final int EDGE_ODDS = 16;

    private final long seed;
    private final SplittableRandom random;

    public Gen(long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    public long seed() { return seed; }

    /**
     * The boundary values of {@code [min, max]}: both ends, their inner neighbours, and -2..2 where they lie in the
     * range (the values that break arithmetic most often).
     */
    public static List<Long> edges(long min, long max) {
        if (min > max) throw new IllegalArgumentException("empty range " + min + ".." + max);
        LinkedHashSet<Long> e = new LinkedHashSet<>();
        e.add(min);
        if (min < max) e.add(min + 1);
        for (long v = -2; v <= 2; v++) if (v >= min && v <= max) e.add(v);
        if (min < max) e.add(max - 1);
        e.add(max);
        return List.copyOf(e);
    }

    public static List<Integer> edges(int min, int max) {
        return edges((long) min, max).stream().map(Long::intValue).toList();
    }

    /** A value in {@code [min, max]}, both inclusive. */
    public long between(long min, long max) {
        if (min > max) throw new IllegalArgumentException("empty range " + min + ".." + max);
        if (random.nextInt(EDGE_ODDS) == 0) {
            List<Long> e = edges(min, max);
            return e.get(random.nextInt(e.size()));
        }
        if (max == Long.MAX_VALUE && min == Long.MIN_VALUE) return random.nextLong();
        return max == Long.MAX_VALUE ? random.nextLong(min - 1, max) + 1 : random.nextLong(min, max + 1);
    }

    /** A value in {@code [min, max]}, both inclusive. */
    public int between(int min, int max) {
        return (int) between((long) min, (long) max);
    }

    /** True about {@code percent} times in a hundred. */
    public boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    @SafeVarargs
    public final <T> T oneOf(T... values) {
        return values[random.nextInt(values.length)];
    }

    public <T> T oneOf(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    public <E extends Enum<E>> E oneOf(Class<E> type) {
        return oneOf(type.getEnumConstants());
    }

    /** A list of {@code minSize..maxSize} elements (the ends as likely as any boundary draw). */
    public <T> List<T> listOf(int minSize, int maxSize, Function<Gen, T> element) {
        int n = between(minSize, maxSize);
        List<T> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) list.add(element.apply(this));
        return list;
    }

    /** A string of {@code minLength..maxLength} characters, each taken from {@code alphabet}. */
    public String string(int minLength, int maxLength, String alphabet) {
        int n = between(minLength, maxLength);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return sb.toString();
    }

    /** A string of {@code minLength..maxLength} characters, each drawn by {@code character}. */
    public String string(int minLength, int maxLength, Function<Gen, Character> character) {
        int n = between(minLength, maxLength);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) sb.append(character.apply(this).charValue());
        return sb.toString();
    }

    /** Any char of the Basic Multilingual Plane that stands for itself in UTF-16 (no surrogate halves). */
    public char bmpChar() {
        while (true) {
            char c = (char) random.nextInt(0x10000);
            if (!Character.isSurrogate(c)) return c;
        }
    }

    /** The random source itself, for draws the methods above do not cover. */
    public SplittableRandom random() { return random; }
}
