package hpf.compliance.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * A property: a JUnit parameterized test run once per case of its {@code @MethodSource}, normally a
 * {@link Cases} stream. A failing random case reports its seed and how to replay it ({@link SeedReporter}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ParameterizedTest(name = "[{index}] {argumentSetNameOrArgumentsWithNames}")
@ExtendWith(SeedReporter.class)
public @interface Property {
}
