package hpf.compliance.testing;

import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The cases of a {@link Property}: first the fixed boundary cases the property names, then seeded random cases up to
 * the property's count. Each random case has its own seed, derived from the base seed and its position, and carries it
 * in its display name ({@code seed=…}); {@link SeedReporter} repeats it in the failure with the command that replays it.
 *
 * <ul>
 *   <li>{@code -Dhpf.seed=N} changes the base seed (default {@value #DEFAULT_SEED}, the same on every run, so a run is
 *       reproducible and CI's cases are the developer's);</li>
 *   <li>{@code -Dhpf.seed.replay=S} runs only the random case with seed {@code S} (together with
 *       {@code -Dtest=Class#property}).</li>
 * </ul>
 */
public final class Cases {
    public static final String SEED_PROPERTY = "hpf.seed";
    public static final String REPLAY_PROPERTY = "hpf.seed.replay";
    public static final long DEFAULT_SEED = 20260305L;

    private final int count;
    private final List<Arguments> boundaries = new ArrayList<>();

    private Cases(int count) {
        if (count < 1) throw new IllegalArgumentException("a property needs at least one case");
        this.count = count;
    }

    /** {@code count} cases in all, boundary cases included. */
    public static Cases of(int count) {
        return new Cases(count);
    }

    /** A fixed case; its display name shows its arguments. */
    public Cases boundary(Object... arguments) {
        boundaries.add(argumentSet("boundary " + describe(arguments), arguments));
        return this;
    }

    /** Every row as a fixed case (e.g. from {@link #grid}). */
    public Cases boundaries(List<List<?>> rows) {
        for (List<?> r : rows) boundary(r.toArray());
        return this;
    }

    /** The boundary cases, then seeded random cases made by {@code draw} until there are {@code count}. */
    public Stream<Arguments> random(Function<Gen, Arguments> draw) {
        String replay = System.getProperty(REPLAY_PROPERTY);
        if (replay != null && !replay.isBlank()) return Stream.of(randomCase(Long.parseLong(replay.strip()), draw));
        if (boundaries.size() > count) {
            throw new IllegalStateException(boundaries.size() + " boundary cases exceed the " + count + " cases of the property");
        }
        long base = baseSeed();
        return Stream.concat(boundaries.stream(),
                IntStream.range(boundaries.size(), count).mapToObj(i -> randomCase(caseSeed(base, i), draw)));
    }

    /** Every combination of the given values, first dimension slowest: for boundary grids and exhaustive properties. */
    public static List<List<?>> grid(List<?>... dimensions) {
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of());
        for (List<?> dim : dimensions) {
            List<List<?>> next = new ArrayList<>(rows.size() * dim.size());
            for (List<?> r : rows) {
                for (Object v : dim) {
                    List<Object> row = new ArrayList<>(r);
                    row.add(v);
                    next.add(row);
                }
            }
            rows = next;
        }
        return rows;
    }

    /** All combinations as cases, for a property whose whole domain is small enough to try. */
    public static Stream<Arguments> exhaustive(List<?>... dimensions) {
        return grid(dimensions).stream().map(r -> argumentSet(describe(r.toArray()), r.toArray()));
    }

    public static long baseSeed() {
        String s = System.getProperty(SEED_PROPERTY);
        return s == null || s.isBlank() ? DEFAULT_SEED : Long.parseLong(s.strip());
    }

    /** The seed of the {@code i}-th case: SplitMix64 of the base seed's {@code i}-th step, so neighbours are unrelated. */
    static long caseSeed(long base, int i) {
        long z = base + (i + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static Arguments randomCase(long seed, Function<Gen, Arguments> draw) {
        return argumentSet("seed=" + seed, draw.apply(new Gen(seed)).get());
    }

    private static String describe(Object[] arguments) {
        String s = Arrays.deepToString(arguments);
        s = s.substring(1, s.length() - 1).replace("\r", "\\r").replace("\n", "\\n");
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }
}
