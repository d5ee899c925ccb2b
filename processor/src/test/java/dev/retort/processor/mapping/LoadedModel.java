package dev.retort.processor.mapping;

import dev.retort.Migration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A compiled model loaded in its own class loader: the entity and converter classes for
 * Hibernate, the migrations for Retort.
 */
final class LoadedModel implements AutoCloseable {
  private final URLClassLoader loader;
  private final List<Class<?>> entities = new ArrayList<>();
  private final List<Class<?>> converters = new ArrayList<>();
  private final List<Migration> migrations = new ArrayList<>();

  LoadedModel(ModelCompiler.Output output) {
    try {
      loader = new URLClassLoader(new URL[] {output.classes().toUri().toURL()}, LoadedModel.class.getClassLoader());
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
    try (Stream<Path> files = Files.walk(output.classes())) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        String name = output.classes().relativize(file).toString().replace('/', '.');
        Class<?> type = loader.loadClass(name.substring(0, name.length() - ".class".length()));
        if (type.isAnnotationPresent(jakarta.persistence.Entity.class)) {
          entities.add(type);
        } else if (type.isAnnotationPresent(jakarta.persistence.Converter.class)) {
          converters.add(type);
        } else if (Migration.class.isAssignableFrom(type) && !type.isInterface()) {
          migrations.add((Migration) type.getConstructor().newInstance());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  ClassLoader loader() {
    return loader;
  }

  /** The {@code @Entity} classes, and the {@code @Converter} classes Hibernate must be told about. */
  List<Class<?>> annotatedClasses() {
    List<Class<?>> all = new ArrayList<>(entities);
    all.addAll(converters);
    return all;
  }

  List<Migration> migrations() {
    return migrations;
  }

  @Override
  public void close() throws IOException {
    loader.close();
  }
}
