package dev.retort.processor.jpa;

import java.util.List;

/**
 * The JPA annotations the reader knows, by simple name. Each is looked up under both
 * {@code jakarta.persistence} and {@code javax.persistence}, so one reader serves both APIs
 * without either on the processor's class path. Bean Validation's constraints are read the same
 * way, under {@code jakarta.validation.constraints} and {@code javax.validation.constraints}.
 */
final class JpaNames {
  private JpaNames() {}

  static final List<String> PACKAGES = List.of("jakarta.persistence", "javax.persistence");
  static final List<String> VALIDATION_PACKAGES = List.of("jakarta.validation.constraints", "javax.validation.constraints");

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
  static final String EMBEDDED = "Embedded";
  static final String EMBEDDABLE = "Embeddable";
  static final String MAPPED_SUPERCLASS = "MappedSuperclass";
  static final String INHERITANCE = "Inheritance";
  static final String DISCRIMINATOR_COLUMN = "DiscriminatorColumn";
  static final String DISCRIMINATOR_VALUE = "DiscriminatorValue";
  static final String PRIMARY_KEY_JOIN_COLUMN = "PrimaryKeyJoinColumn";
  static final String PRIMARY_KEY_JOIN_COLUMNS = "PrimaryKeyJoinColumns";
  static final String ACCESS = "Access";
  static final String ELEMENT_COLLECTION = "ElementCollection";
  static final String COLLECTION_TABLE = "CollectionTable";
  static final String MAP_KEY_COLUMN = "MapKeyColumn";
  static final String CONVERT = "Convert";
  static final String CONVERTER = "Converter";
  static final String ATTRIBUTE_OVERRIDE = "AttributeOverride";
  static final String ATTRIBUTE_OVERRIDES = "AttributeOverrides";
  static final String ASSOCIATION_OVERRIDE = "AssociationOverride";
  static final String ASSOCIATION_OVERRIDES = "AssociationOverrides";
  static final String ORDER_COLUMN = "OrderColumn";
  static final String MAPS_ID = "MapsId";
  static final String SECONDARY_TABLE = "SecondaryTable";
  static final String SECONDARY_TABLES = "SecondaryTables";

  /** Annotations that map an attribute; on a member the access type ignores, they would be lost. */
  static final List<String> MAPPING_ANNOTATIONS = List.of(
      ID, EMBEDDED_ID, COLUMN, BASIC, VERSION, MANY_TO_ONE, ONE_TO_ONE, ONE_TO_MANY, MANY_TO_MANY,
      EMBEDDED, ENUMERATED, LOB, JOIN_COLUMN, ELEMENT_COLLECTION, CONVERT, TEMPORAL);

  /** Mappings Retort does not read: a compile error on the element rather than a wrong table. */
  static final List<String> UNSUPPORTED_ON_ATTRIBUTES = List.of(
      "MapKeyJoinColumn", "MapKeyJoinColumns", "MapKeyClass", "MapKeyEnumerated", "MapKeyTemporal", "MapKey");

  static final List<String> UNSUPPORTED_ON_CLASSES = List.of(SECONDARY_TABLE, SECONDARY_TABLES);

  /** The fully qualified names of the annotations the processor is registered for. */
  static List<String> supportedAnnotationTypes() {
    return List.of(
        "jakarta.persistence.Entity", "javax.persistence.Entity",
        "jakarta.persistence.Embeddable", "javax.persistence.Embeddable",
        "jakarta.persistence.MappedSuperclass", "javax.persistence.MappedSuperclass");
  }
}
