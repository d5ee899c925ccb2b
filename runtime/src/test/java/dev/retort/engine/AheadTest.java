package dev.retort.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The second thread of a start: what it read, or what went wrong, reaches the first thread. */
class AheadTest {
  @Test
  void theSummaryReadOnTheSecondThreadIsWhatTheFirstGets() {
    AtomicReference<Thread> readOn = new AtomicReference<>();
    MigrationSource.HeadSummary head = new MigrationSource.HeadSummary("0003", List.of("0002"), 3);
    Ahead ahead = Ahead.start(source(() -> {
      readOn.set(Thread.currentThread());
      return Optional.of(head);
    }));

    assertThat(ahead.summary()).contains(head);
    assertThat(readOn.get()).isNotSameAs(Thread.currentThread());
    assertThat(readOn.get().getName()).isEqualTo("retort-start");
    assertThat(readOn.get().isAlive()).isFalse();
  }

  @Test
  void anErrorOfTheSecondThreadIsThrownOnTheFirstAsItWas() {
    RetortException broken = new RetortException("The migration list is broken");
    Ahead failing = Ahead.start(source(() -> {
      throw broken;
    }));
    assertThatThrownBy(failing::summary).isSameAs(broken);

    StackOverflowError error = new StackOverflowError("deep");
    Ahead erring = Ahead.start(source(() -> {
      throw error;
    }));
    assertThatThrownBy(erring::summary).isSameAs(error);
  }

  @Test
  void aCheckedExceptionThrownSneakilyIsWrappedNotLost() {
    Exception checked = new java.io.IOException("the jar went away");
    Ahead ahead = Ahead.start(source(() -> sneakyThrow(checked)));

    assertThatThrownBy(ahead::summary).isInstanceOf(RetortException.class)
        .hasMessageContaining("Reading the migrations failed").hasMessageContaining("the jar went away")
        .hasCause(checked);
  }

  @Test
  void settleWaitsForTheSecondThreadToEnd() throws Exception {
    java.util.concurrent.CountDownLatch reading = new java.util.concurrent.CountDownLatch(1);
    AtomicReference<Thread> readOn = new AtomicReference<>();
    Ahead ahead = Ahead.start(source(() -> {
      readOn.set(Thread.currentThread());
      reading.countDown();
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Optional.empty();
    }));
    reading.await();

    ahead.settle();

    assertThat(readOn.get().isAlive()).isFalse();
  }

  private static MigrationSource source(java.util.function.Supplier<Optional<MigrationSource.HeadSummary>> summary) {
    return new MigrationSource() {
      @Override
      public MigrationCatalog catalog() {
        throw new AssertionError("an up-to-date start loads no migration");
      }

      @Override
      public Optional<HeadSummary> summary() {
        return summary.get();
      }
    };
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable, R> R sneakyThrow(Throwable t) throws T {
    throw (T) t;
  }
}
