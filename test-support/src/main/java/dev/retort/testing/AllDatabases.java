package dev.retort.testing;

import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;

/**
 * Every {@link Database} that runs here ({@link TestDatabases#here()}), for a test class
 * parameterized over them:
 *
 * <pre>{@code
 * @ParameterizedClass(name = "{0}")
 * @ArgumentsSource(AllDatabases.class)
 * class MyTest {
 *   @Parameter Database kind;
 *   TestDatabase db;
 *
 *   @BeforeEach void open() { db = TestDatabases.fresh(kind, "MyTest"); }
 *   @AfterEach void close() { db.close(); }
 * }
 * }</pre>
 *
 * PostgreSQL or MariaDB not configured skips its tests with a message naming its variable, or
 * fails them when {@code RETORT_REQUIRE_DATABASES} requires it; SQL Server not configured gives no
 * cases.
 */
public final class AllDatabases implements ArgumentsProvider {
  @Override
  public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
    return TestDatabases.here().stream().map(Arguments::of);
  }
}
