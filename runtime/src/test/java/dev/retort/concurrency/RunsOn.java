package dev.retort.concurrency;

import dev.retort.testing.TestDatabases;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.junit.jupiter.params.support.AnnotationConsumer;

/**
 * The targets a parameterized test runs on: those given (every target when none is), minus
 * {@link #except()}, and of those only the ones whose database runs here ({@link
 * TestDatabases#here()}): a server this machine does not have and does not require (SQL Server
 * without its URL or Docker) gives no cases rather than skipped ones.
 */
@java.lang.annotation.Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ArgumentsSource(RunsOn.Provider.class)
@interface RunsOn {
  Target[] value() default {};

  Target[] except() default {};

  final class Provider implements ArgumentsProvider, AnnotationConsumer<RunsOn> {
    private List<Target> targets;

    @Override
    public void accept(RunsOn runsOn) {
      List<Target> excluded = Arrays.asList(runsOn.except());
      targets = Arrays.stream(runsOn.value().length == 0 ? Target.values() : runsOn.value())
          .filter(t -> !excluded.contains(t))
          .filter(t -> TestDatabases.here().contains(t.kind))
          .toList();
    }

    @Override
    public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
      return targets.stream().map(Arguments::of);
    }
  }
}
