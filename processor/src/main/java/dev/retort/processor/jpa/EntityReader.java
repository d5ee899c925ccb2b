package dev.retort.processor.jpa;

import dev.retort.processor.Diagnostics;
import dev.retort.processor.Diagnostics.Tag;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * Reads {@code @Entity} classes, through annotation mirrors, into the schema they need.
 *
 * <p>Two passes: the first ({@link Entities}) names every entity's table and primary key, so that
 * the second ({@link TableAssembler}) can give a foreign key the type and name of the key it
 * references, whatever order the entities come in. An association can reach an entity that is not
 * in this compile (an incremental build): it is read from the class path like the others. Every
 * mapping it cannot read is an error on the element, never a guess.
 */
public final class EntityReader {
  private final Diagnostics diagnostics;
  private final Mirrors mirrors;
  private final Entities entities;
  private final Converters converters;
  private final Tables tables;
  private final TableAssembler assembler;
  private final Map<String, Sequence> sequences = new TreeMap<>();
  private final Map<String, List<String>> sequenceTables = new TreeMap<>();

  public EntityReader(ProcessingEnvironment env, Diagnostics diagnostics, Naming naming) {
    this.diagnostics = diagnostics;
    this.mirrors = new Mirrors(env.getElementUtils());
    Members members = new Members(mirrors, env.getTypeUtils());
    ColumnTypes columnTypes = new ColumnTypes(mirrors, env.getTypeUtils(), diagnostics);
    SqlNames sqlNames = new SqlNames(diagnostics);
    this.converters = new Converters(mirrors, env.getTypeUtils(), env.getElementUtils(), diagnostics);
    this.tables = new Tables(mirrors, diagnostics);
    JoinColumns joinColumns = new JoinColumns(mirrors, naming, diagnostics);
    this.entities = new Entities(mirrors, members, naming, sqlNames, diagnostics);
    entities.keys(new Keys(mirrors, members, columnTypes, naming, diagnostics, entities, joinColumns));
    BasicColumns basicColumns = new BasicColumns(mirrors, columnTypes, converters, naming, sqlNames, diagnostics, tables);
    TargetColumns targetColumns = new TargetColumns(mirrors, members, basicColumns);
    Associations associations = new Associations(mirrors, diagnostics, entities, joinColumns, sqlNames, tables, targetColumns);
    JoinTables joinTables = new JoinTables(mirrors, naming, diagnostics, tables, joinColumns, sqlNames, members);
    CollectionTables collectionTables = new CollectionTables(mirrors, naming, diagnostics, tables, joinColumns, sqlNames,
        basicColumns, joinTables);
    AttributeReader attributes = new AttributeReader(mirrors, members, diagnostics, basicColumns, associations, joinTables,
        collectionTables, tables);
    Generators generators = new Generators(mirrors, naming, diagnostics, columnTypes, sequences, sequenceTables, tables);
    this.assembler = new TableAssembler(mirrors, members, naming, diagnostics, tables, attributes, generators, sqlNames, entities);
  }

  /** Whether the type is annotated {@code @Entity} (jakarta or javax). */
  public static boolean isEntity(TypeElement type) {
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      String name = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
      if (JpaNames.PACKAGES.stream().anyMatch(p -> name.equals(p + "." + JpaNames.ENTITY))) {
        return true;
      }
    }
    return false;
  }

  /** Reads the given entity classes, reporting every problem on its element. */
  public Mapping read(Collection<TypeElement> entityTypes) {
    return read(entityTypes, List.of());
  }

  /**
   * Reads the given entity classes, reporting every problem on its element.
   *
   * @param converterTypes the {@code @Converter} classes of the compile, whose auto-applied ones
   *     apply wherever they are (those in the entities' packages are found without them)
   */
  public Mapping read(Collection<TypeElement> entityTypes, Collection<TypeElement> converterTypes) {
    List<TypeElement> sorted = new ArrayList<>(entityTypes);
    sorted.sort(Comparator.comparing(t -> t.getQualifiedName().toString()));
    converters.scan(sorted, converterTypes);
    for (TypeElement type : sorted) {
      try {
        entities.get(type);
      } catch (RuntimeException e) {
        internal(type, e);
      }
    }
    // tables of roots first, so a subclass's columns follow its root's; entities reached through
    // associations join in as they are found, and the next table is always the least pending one
    // (a queue, not a sort of every entity per table: the model may have thousands)
    PriorityQueue<EntityInfo> pending = new PriorityQueue<>(
        Comparator.comparingInt(EntityReader::depth).thenComparing(e -> e.type().getQualifiedName().toString()));
    Set<String> queued = new HashSet<>();
    int known = -1;
    while (true) {
      if (entities.all().size() != known) {
        for (EntityInfo entity : entities.all()) {
          if (queued.add(entity.type().getQualifiedName().toString())) {
            pending.add(entity);
          }
        }
        known = entities.all().size();
      }
      EntityInfo next = pending.poll();
      if (next == null) {
        break;
      }
      try {
        assembler.assemble(next);
      } catch (RuntimeException e) {
        internal(next.type(), e);
      }
    }
    return new Mapping(new Schema(tables.build(), sequences), tables.tableRenames(), tables.columnRenames(), tables.origins(),
        tables.ordinals(), converters.autoAppliedClasses(), sequenceTables, tables.discriminators(),
        tables.noDiscriminators());
  }

  private static int depth(EntityInfo entity) {
    return entity.parent() == null ? 0 : 1 + depth(entity.parent());
  }

  private void internal(TypeElement type, RuntimeException e) {
    diagnostics.error(Tag.INTERNAL, "Retort failed unexpectedly reading " + type.getSimpleName() + ": " + e
        + ". Please report this with the entity.", type);
  }
}
