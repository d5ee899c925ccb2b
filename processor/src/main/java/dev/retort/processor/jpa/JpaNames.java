package dev.retort.processor.jpa;

import java.util.List;

/**
 * The JPA annotations the reader knows, by simple name. Each is looked up under both
 * {@code jakarta.persistence} and {@code javax.persistence}, so one reader serves both APIs
 * without either on the processor's class path.
 */
final class JpaNames {
  private JpaNames() {}

  static final List<String> PACKAGES = List.of("jakarta.persistence", "javax.persistence");

  static final String ENTITY = "Entity";
  static final String TABLE = "Table";
  static final String COLUMN = "Column";
  static final String ID = "Id";
  static final String EMBEDDED_ID = "EmbeddedId";
  static final String ID_CLASS = "IdClass";
  static final String GENERATED_VALUE = "GeneratedValue";
  static final String SEQUENCE_GENERATOR = "SequenceGenerator";
  static final String TABLE_GENERATOR = "TableGenerator";
  static final String TRANSIENT = "Transient";
  static final String ENUMERATED = "Enumerated";
  static final String LOB = "Lob";
  static final String VERSION = "Version";
  static final String BASIC = "Basic";
  static final String TEMPORAL = "Temporal";
  static final String MANY_TO_ONE = "ManyToOne";
  static final String ONE_TO_ONE = "OneToOne";
  static final String ONE_TO_MANY = "OneToMany";
  static final String MANY_TO_MANY = "ManyToMany";
  static final String JOIN_COLUMN = "JoinColumn";
  static final String JOIN_COLUMNS = "JoinColumns";
  static final String JOIN_TABLE = "JoinTable";
  static final String FOREIGN_KEY = "ForeignKey";
  static final String EMBEDDED = "Embedded";
  static final String EMBEDDABLE = "Embeddable";
  static final String MAPPED_SUPERCLASS = "MappedSuperclass";
  static final String INHERITANCE = "Inheritance";
  static final String ACCESS = "Access";
  static final String ELEMENT_COLLECTION = "ElementCollection";
  static final String CONVERT = "Convert";
  static final String ATTRIBUTE_OVERRIDE = "AttributeOverride";
  static final String ATTRIBUTE_OVERRIDES = "AttributeOverrides";
  static final String ASSOCIATION_OVERRIDE = "AssociationOverride";
  static final String ASSOCIATION_OVERRIDES = "AssociationOverrides";
  static final String ORDER_COLUMN = "OrderColumn";
  static final String MAPS_ID = "MapsId";
  static final String SECONDARY_TABLE = "SecondaryTable";
  static final String PRIMARY_KEY_JOIN_COLUMN = "PrimaryKeyJoinColumn";

  /** Mappings this version of Retort does not read yet: a compile error rather than a wrong table. */
  static final List<String> NOT_YET_SUPPORTED = List.of(
      EMBEDDED_ID, ID_CLASS, ELEMENT_COLLECTION, CONVERT, ATTRIBUTE_OVERRIDE, ATTRIBUTE_OVERRIDES,
      ASSOCIATION_OVERRIDE, ASSOCIATION_OVERRIDES, ORDER_COLUMN, MAPS_ID, TABLE_GENERATOR,
      JOIN_COLUMNS);

  /** The fully qualified names of the annotations the processor is registered for. */
  static List<String> supportedAnnotationTypes() {
    return List.of(
        "jakarta.persistence.Entity", "javax.persistence.Entity",
        "jakarta.persistence.Embeddable", "javax.persistence.Embeddable",
        "jakarta.persistence.MappedSuperclass", "javax.persistence.MappedSuperclass");
  }
}
