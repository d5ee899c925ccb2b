package dev.retort.processor.mapping;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.retort.processor.RetortProcessor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every mapping the entity reader refuses: each is a compile error (a warning for comments) that
 * starts with its tag, says what to do, and sits in the file and on the line that caused it (the
 * line marked {@code //!} in each case), and nothing is written. One case per message of
 * {@code dev.retort.processor.jpa}; the README's "Not supported" paragraph lists the same.
 */
class MappingErrorsTest {
  /**
   * One refused mapping.
   *
   * @param message the start of the message, tag included, or a distinctive part of it
   * @param file the source file the error is reported in, on its line marked {@code //!}
   */
  record Case(String name, String message, String file, boolean warning, List<JavaFileObject> sources) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final String IMPORTS = "package errors;\n\nimport jakarta.persistence.*;\nimport java.util.*;\n\n";

  /** A source file of package {@code errors}, with JPA's annotations and java.util imported. */
  private static JavaFileObject source(String className, String body) {
    return JavaFileObjects.forSourceString("errors." + className, IMPORTS + body);
  }

  private static Case error(String name, String message, String file, JavaFileObject... sources) {
    return new Case(name, message, file, false, List.of(sources));
  }

  private static Case warning(String name, String message, String file, JavaFileObject... sources) {
    return new Case(name, message, file, true, List.of(sources));
  }

  private static final JavaFileObject CHILD = source("Child", """
      @Entity
      public class Child {
        @Id private Long id;
      }
      """);

  /** An abstract TABLE_PER_CLASS root, which has no table, and a concrete subclass. */
  private static final JavaFileObject SHAPE = source("Shape", """
      @Entity
      @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
      public abstract class Shape {
        @Id private Long id;
      }
      """);

  private static final JavaFileObject CIRCLE = source("Circle", """
      @Entity
      public class Circle extends Shape {
        private double radius;
      }
      """);

  /** An entity with a two-column key. */
  private static final JavaFileObject PAIR = source("Pair", """
      @Entity
      @IdClass(PairId.class)
      public class Pair {
        @Id private Long left;
        @Id private Long right;
      }
      """);

  private static final JavaFileObject PAIR_ID = source("PairId", """
      public class PairId implements java.io.Serializable {
        private Long left;
        private Long right;
      }
      """);

  static Stream<Case> cases() {
    List<Case> cases = new ArrayList<>();
    // associations
    cases.add(error("association to a class that is not an entity",
        "[retort:mapping] The association's target Address is not an @Entity. Point it at an entity, or set targetEntity.",
        "Owner.java",
        source("Owner", """
            @Entity
            public class Owner {
              @Id private Long id;
              @ManyToOne //!
              private Address address;
            }
            """),
        source("Address", "public class Address {}\n")));
    cases.add(error("@OneToMany @JoinColumn to an abstract TABLE_PER_CLASS entity",
        "[retort:unsupported] Retort does not support @OneToMany with @JoinColumn to an abstract TABLE_PER_CLASS entity",
        "Drawing.java",
        source("Drawing", """
            @Entity
            public class Drawing {
              @Id private Long id;
              @OneToMany
              @JoinColumn(name = "drawing_id")
              private List<Shape> shapes; //!
            }
            """), SHAPE, CIRCLE));
    cases.add(error("join table from an abstract TABLE_PER_CLASS entity",
        "[retort:unsupported] Retort does not support join tables to or from an abstract TABLE_PER_CLASS entity",
        "Shape.java",
        source("Shape", """
            @Entity
            @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
            public abstract class Shape {
              @Id private Long id;
              @ManyToMany
              private Set<Child> children; //!
            }
            """), CIRCLE, CHILD));
    cases.add(error("join table to an abstract TABLE_PER_CLASS entity",
        "[retort:unsupported] Retort does not support join tables to or from an abstract TABLE_PER_CLASS entity",
        "Drawing.java",
        source("Drawing", """
            @Entity
            public class Drawing {
              @Id private Long id;
              @ManyToMany
              private Set<Shape> shapes; //!
            }
            """), SHAPE, CIRCLE));
    cases.add(error("a Map of entities",
        "[retort:unsupported] Retort does not support a Map of entities yet. Use a Set or a List, or an @ElementCollection "
            + "for a Map of values.",
        "Parent.java",
        source("Parent", """
            @Entity
            public class Parent {
              @Id private Long id;
              @OneToMany
              private Map<String, Child> children; //!
            }
            """), CHILD));
    for (String mapKey : List.of("MapKey", "MapKeyJoinColumn", "MapKeyClass(Child.class)", "MapKeyEnumerated",
        "MapKeyTemporal(TemporalType.DATE)")) {
      String simple = mapKey.contains("(") ? mapKey.substring(0, mapKey.indexOf('(')) : mapKey;
      cases.add(error("@" + simple, "[retort:unsupported] Retort does not support @" + simple + " yet. Key the map by a "
          + "basic value with @MapKeyColumn, or mark the attribute @Transient and map it another way.", "Parent.java",
          source("Parent", """
              @Entity
              public class Parent {
                @Id private Long id;
                @OneToMany
                @%s //!
                private Map<Object, Child> children;
              }
              """.formatted(mapKey)), CHILD));
    }
    cases.add(error("@JoinColumns fewer than the key's columns",
        "[retort:mapping] The association to Pair has 1 join columns, but its key has 2 columns [left, right]. Give one "
            + "@JoinColumn per key column, each with referencedColumnName.",
        "Holder.java",
        source("Holder", """
            @Entity
            public class Holder {
              @Id private Long id;
              @ManyToOne
              @JoinColumn(name = "pair_left") //!
              private Pair pair;
            }
            """), PAIR, PAIR_ID));
    cases.add(error("a composite join column without referencedColumnName",
        "[retort:mapping] Give every @JoinColumn of a composite join its referencedColumnName.",
        "Holder.java",
        source("Holder", """
            @Entity
            public class Holder {
              @Id private Long id;
              @ManyToOne
              @JoinColumns({
                  @JoinColumn(name = "a", referencedColumnName = "left"),
                  @JoinColumn(name = "b"), //!
                  @JoinColumn(name = "c", referencedColumnName = "right")})
              private Pair pair;
            }
            """), PAIR, PAIR_ID));
    cases.add(error("referencedColumnName of no column",
        "[retort:mapping] referencedColumnName = \"code\" names no column of Child's table Child. Name a column of that "
            + "table (its key is [id]).",
        "Holder.java",
        source("Holder", """
            @Entity
            public class Holder {
              @Id private Long id;
              @ManyToOne
              @JoinColumn(name = "child_code", referencedColumnName = "code") //!
              private Child child;
            }
            """), CHILD));
    // embeddables and element collections
    cases.add(error("@Embedded of a class that is not @Embeddable",
        "[retort:mapping] Address is used as @Embedded but is not an @Embeddable. Annotate it @Embeddable.",
        "Owner.java",
        source("Owner", """
            @Entity
            public class Owner {
              @Id private Long id;
              @Embedded
              private Address address; //!
            }
            """),
        source("Address", "public class Address { private String street; }\n")));
    cases.add(error("a collection inside an element collection's embeddable",
        "[retort:unsupported] Retort does not support a collection inside an element collection's embeddable (JPA does not "
            + "either). Make the embeddable an entity.",
        "Address.java",
        source("Owner", """
            @Entity
            public class Owner {
              @Id private Long id;
              @ElementCollection
              private List<Address> addresses;
            }
            """),
        source("Address", """
            @Embeddable
            public class Address {
              private String street;
              @ElementCollection
              private Set<String> notes; //!
            }
            """)));
    cases.add(error("@ElementCollection on an abstract TABLE_PER_CLASS entity",
        "[retort:unsupported] Retort does not support an @ElementCollection on an abstract TABLE_PER_CLASS entity, which has "
            + "no table. Move it to the concrete entities.",
        "Shape.java",
        source("Shape", """
            @Entity
            @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
            public abstract class Shape {
              @Id private Long id;
              @ElementCollection
              private Set<String> tags; //!
            }
            """), CIRCLE));
    cases.add(error("@ElementCollection of a raw type",
        "[retort:mapping] An @ElementCollection needs a Collection, Set, List or Map with its type arguments given, not "
            + "java.util.List.",
        "Owner.java",
        source("Owner", """
            @Entity
            public class Owner {
              @Id private Long id;
              @SuppressWarnings("rawtypes")
              @ElementCollection
              private List names; //!
            }
            """)));
    cases.add(error("a Map keyed by an entity",
        "[retort:unsupported] Retort does not support a Map keyed by an entity or an embeddable yet. Key the map by a basic "
            + "value.",
        "Owner.java",
        source("Owner", """
            @Entity
            public class Owner {
              @Id private Long id;
              @ElementCollection
              private Map<Child, String> notes; //!
            }
            """), CHILD));
    // keys
    cases.add(error("an entity without @Id",
        "[retort:mapping] Entity Nameless has no @Id or @EmbeddedId attribute. Add one, or make the class a @MappedSuperclass.",
        "Nameless.java",
        source("Nameless", """
            @Entity
            public class Nameless { //!
              private String name;
            }
            """)));
    cases.add(error("@MapsId cycle",
        "[retort:mapping] The key of Chicken depends on itself through @MapsId or @Id associations. Break the cycle with an "
            + "attribute of its own.",
        "Chicken.java",
        source("Chicken", """
            @Entity
            public class Chicken { //!
              @Id @OneToOne private Egg egg;
            }
            """),
        source("Egg", """
            @Entity
            public class Egg {
              @Id @OneToOne private Chicken chicken;
            }
            """)));
    cases.add(error("@MapsId naming no attribute of the embedded id",
        "[retort:mapping] @MapsId(\"parentId\") names no attribute of the embedded id errors.LineId.",
        "Line.java",
        source("Line", """
            @Entity
            public class Line {
              @EmbeddedId private LineId id;
              @MapsId("parentId") //!
              @ManyToOne
              private Child child;
            }
            """),
        source("LineId", """
            @Embeddable
            public class LineId implements java.io.Serializable {
              private Long childId;
              private Integer number;
            }
            """), CHILD));
    cases.add(error("@MapsId to an entity with a composite key",
        "[retort:unsupported] Retort does not support @MapsId(\"pair\") to an entity with a composite key yet. Map the key "
            + "attributes explicitly.",
        "Line.java",
        source("Line", """
            @Entity
            public class Line {
              @EmbeddedId private LineId id;
              @MapsId("pair") //!
              @ManyToOne
              private Pair pair;
            }
            """),
        source("LineId", """
            @Embeddable
            public class LineId implements java.io.Serializable {
              private Long pair;
              private Integer number;
            }
            """), PAIR, PAIR_ID));
    // hierarchies and tables
    cases.add(error("an INTEGER discriminator with a value that is not a number",
        "[retort:mapping] The discriminator kind is an INTEGER, but Parcel's @DiscriminatorValue(\"P\") is not a whole "
            + "number, which Hibernate rejects. Give a number, or use discriminatorType = STRING.",
        "Parcel.java",
        source("Shipment", """
            @Entity
            @Inheritance
            @DiscriminatorColumn(name = "kind", discriminatorType = DiscriminatorType.INTEGER)
            @DiscriminatorValue("1")
            public class Shipment {
              @Id private Long id;
            }
            """),
        source("Parcel", """
            @Entity
            @DiscriminatorValue("P") //!
            public class Parcel extends Shipment {
            }
            """)));
    cases.add(error("@SecondaryTable",
        "[retort:unsupported] Retort does not support @SecondaryTable yet. Map the secondary table as an entity of its own "
            + "with a @OneToOne @MapsId to this one.",
        "Split.java",
        source("Split", """
            @Entity
            @SecondaryTable(name = "split_details") //!
            public class Split {
              @Id private Long id;
            }
            """)));
    cases.add(error("mixed inheritance strategies",
        "[retort:unsupported] Retort does not support mixing inheritance strategies in one hierarchy: Car declares another "
            + "strategy than its root Vehicle. Declare @Inheritance on the root only.",
        "Car.java",
        source("Vehicle", """
            @Entity
            @Inheritance(strategy = InheritanceType.JOINED)
            public class Vehicle {
              @Id private Long id;
            }
            """),
        source("Car", """
            @Entity
            @Inheritance(strategy = InheritanceType.SINGLE_TABLE) //!
            public class Car extends Vehicle {
              private int seats;
            }
            """)));
    cases.add(error("a SINGLE_TABLE subclass with a @Table of its own",
        "[retort:mapping] Car is a SINGLE_TABLE subclass, so its columns live in Vehicle; it cannot have a @Table of its own. "
            + "Remove @Table, or use JOINED.",
        "Car.java",
        source("Vehicle", """
            @Entity
            public class Vehicle {
              @Id private Long id;
            }
            """),
        source("Car", """
            @Entity
            @Table(name = "cars") //!
            public class Car extends Vehicle {
              private Integer seats;
            }
            """)));
    cases.add(error("@Version on a SINGLE_TABLE subclass",
        "[retort:mapping] @Version belongs on the root of the hierarchy.",
        "Car.java",
        source("Vehicle", """
            @Entity
            public class Vehicle {
              @Id private Long id;
            }
            """),
        source("Car", """
            @Entity
            public class Car extends Vehicle {
              @Version
              private Integer version; //!
            }
            """)));
    cases.add(error("two entities on one table, named in two cases",
        "[retort:mapping] Entity Second maps to table SHARED, which entity First already uses. Give one of them another "
            + "@Table(name).",
        "Second.java",
        source("First", """
            @Entity
            @Table(name = "shared")
            public class First {
              @Id private Long id;
            }
            """),
        source("Second", """
            @Entity
            @Table(name = "SHARED")
            public class Second { //!
              @Id private Long id;
            }
            """)));
    cases.add(error("a join table and a collection table of one name",
        "[retort:mapping] The table owner_things is mapped twice (by Owner.children and here). Name one of them differently "
            + "with @JoinTable(name) or @CollectionTable(name).",
        "Owner.java",
        source("Owner", """
            @Entity
            public class Owner {
              @Id private Long id;
              @ManyToMany
              @JoinTable(name = "owner_things")
              private Set<Child> children;
              @ElementCollection
              @CollectionTable(name = "owner_things")
              private Set<String> labels; //!
            }
            """), CHILD));
    cases.add(error("a column mapped twice",
        "[retort:mapping] Column label is mapped twice in table Owner (also by Owner.name). Give one of the attributes another "
            + "column name (@Column(name), @AttributeOverride or @JoinColumn(name)).",
        "Owner.java",
        source("Owner", """
            @Entity
            public class Owner {
              @Id private Long id;
              @Column(name = "label")
              private String name;
              @Column(name = "label")
              private String title; //!
            }
            """)));
    cases.add(error("a mapping annotation on a member the access type ignores",
        "[retort:mapping] This mapping annotation is on a getter, but Owner uses field access (where its @Id is), so JPA "
            + "ignores it. Move it next to the @Id's kind of member, or say @Access(PROPERTY) on it.",
        "Owner.java",
        source("Owner", """
            @Entity
            public class Owner {
              @Id private Long id;
              private String name;
              @Column(length = 40)
              public String getName() { //!
                return name;
              }
            }
            """)));
    cases.add(error("a descending index column",
        "[retort:unsupported] Retort does not support descending index columns yet (name DESC). Remove DESC: the database can "
            + "read an ascending index backwards.",
        "Owner.java",
        source("Owner", """
            @Entity
            @Table(indexes = @Index(columnList = "name DESC")) //!
            public class Owner {
              @Id private Long id;
              private String name;
            }
            """)));
    cases.add(error("a unique constraint without columns",
        "[retort:mapping] A constraint or index lists no column.",
        "Owner.java",
        source("Owner", """
            @Entity
            @Table(uniqueConstraints = @UniqueConstraint(columnNames = {})) //!
            public class Owner {
              @Id private Long id;
            }
            """)));
    cases.add(error("an index on a column the table does not have",
        "[retort:mapping] Table Owner has no column 'fullName'. Name the columns as the database knows them (the @Column name, "
            + "not the field name, where they differ).",
        "Owner.java",
        source("Owner", """
            @Entity
            @Table(indexes = @Index(columnList = "fullName")) //!
            public class Owner {
              @Id private Long id;
              @Column(name = "full_name")
              private String fullName;
            }
            """)));
    // names
    cases.add(error("a reserved word as a table name",
        "[retort:mapping] The table name 'Order' is a reserved word in SQL. Hibernate writes it unquoted, so the database "
            + "rejects its statements. Name the table explicitly with @Table(name = \"...\"), for example with a prefix or a plural.",
        "Order.java",
        source("Order", """
            @Entity
            public class Order { //!
              @Id private Long id;
            }
            """)));
    cases.add(error("a word MariaDB reserves as a column name",
        "[retort:mapping] The column name 'key' is a reserved word in MariaDB and MySQL. Hibernate writes it unquoted",
        "Owner.java",
        source("Owner", """
            @Entity
            public class Owner {
              @Id private Long id;
              private String key; //!
            }
            """)));
    cases.add(error("a word PostgreSQL reserves as a column name",
        "[retort:mapping] The column name 'verbose' is a reserved word in PostgreSQL. Hibernate writes it unquoted",
        "Owner.java",
        source("Owner", """
            @Entity
            public class Owner {
              @Id private Long id;
              private Boolean verbose; //!
            }
            """)));
    cases.add(error("a quoted name",
        "[retort:mapping] The column name '\"Name\"' is quoted. Retort does not support quoted (delimited) identifiers yet: use "
            + "a name that needs no quotes.",
        "Owner.java",
        source("Owner", """
            @Entity
            public class Owner {
              @Id private Long id;
              @Column(name = "\\"Name\\"") //!
              private String name;
            }
            """)));
    cases.add(error("a blank name",
        "[retort:mapping] The column name ' ' is blank. Use letters, digits and underscores.",
        "Owner.java",
        source("Owner", """
            @Entity
            public class Owner {
              @Id private Long id;
              @Column(name = " ") //!
              private String name;
            }
            """)));
    cases.add(error("a name with a semicolon",
        "[retort:mapping] The table name 'owner;drop' contains a quote, bracket, semicolon or control character. Use letters, "
            + "digits and underscores.",
        "Owner.java",
        source("Owner", """
            @Entity
            @Table(name = "owner;drop") //!
            public class Owner {
              @Id private Long id;
            }
            """)));
    cases.add(error("a name with two dots",
        "[retort:mapping] The table name 'a.b.c' is not of the form name or schema.name. Use letters, digits and underscores.",
        "Owner.java",
        source("Owner", """
            @Entity
            @Table(name = "c", schema = "a.b") //!
            public class Owner {
              @Id private Long id;
            }
            """)));
    // types and converters
    cases.add(error("an attribute type that is not basic",
        "[retort:unsupported] Retort does not support the attribute type java.lang.Thread (not a basic type, an @Embeddable or "
            + "an association). Mark it @Transient if it is not persistent, or give it an AttributeConverter",
        "Owner.java",
        source("Owner", """
            @Entity
            public class Owner {
              @Id private Long id;
              private Thread worker; //!
            }
            """)));
    cases.add(error("@Lob on a number",
        "[retort:unsupported] Retort does not support @Lob on int (Retort maps @Lob on String, char[] and byte[]).",
        "Owner.java",
        source("Owner", """
            @Entity
            public class Owner {
              @Id private Long id;
              @Lob
              private int size; //!
            }
            """)));
    cases.add(error("java.util.Date without @Temporal",
        "[retort:mapping] java.util.Date needs @Temporal(DATE, TIME or TIMESTAMP) to say which column type it maps to",
        "Owner.java",
        source("Owner", """
            @Entity
            public class Owner {
              @Id private Long id;
              private Date born; //!
            }
            """)));
    cases.add(error("@Convert with a raw converter",
        "[retort:mapping] The converter errors.RawConverter does not implement AttributeConverter<X, Y> with both type "
            + "arguments given, so Retort cannot tell the column type. Implement it with concrete types.",
        "Owner.java",
        source("Owner", """
            @Entity
            public class Owner {
              @Id private Long id;
              @Convert(converter = RawConverter.class) //!
              private Object payload;
            }
            """),
        source("RawConverter", """
            @SuppressWarnings("rawtypes")
            public class RawConverter implements AttributeConverter {
              public Object convertToDatabaseColumn(Object value) { return value; }
              public Object convertToEntityAttribute(Object value) { return value; }
            }
            """)));
    cases.add(error("a raw auto-applied converter",
        "[retort:mapping] The auto-applied converter RawConverter does not implement AttributeConverter<X, Y> with both type "
            + "arguments given",
        "RawConverter.java",
        source("Owner", """
            @Entity
            public class Owner {
              @Id private Long id;
            }
            """),
        source("RawConverter", """
            @SuppressWarnings("rawtypes")
            @Converter(autoApply = true) //!
            public class RawConverter implements AttributeConverter {
              public Object convertToDatabaseColumn(Object value) { return value; }
              public Object convertToEntityAttribute(Object value) { return value; }
            }
            """)));
    cases.add(error("two auto-applied converters for one type",
        "[retort:mapping] Both errors.FirstConverter and errors.SecondConverter are auto-applied to java.util.Locale, so "
            + "neither Retort nor Hibernate can tell which one converts it.",
        "SecondConverter.java",
        source("Owner", """
            @Entity
            public class Owner {
              @Id private Long id;
              private Locale locale;
            }
            """),
        source("FirstConverter", """
            @Converter(autoApply = true)
            public class FirstConverter implements AttributeConverter<Locale, String> {
              public String convertToDatabaseColumn(Locale value) { return value.toLanguageTag(); }
              public Locale convertToEntityAttribute(String value) { return Locale.forLanguageTag(value); }
            }
            """),
        source("SecondConverter", """
            @Converter(autoApply = true) //!
            public class SecondConverter implements AttributeConverter<Locale, String> {
              public String convertToDatabaseColumn(Locale value) { return value.toString(); }
              public Locale convertToEntityAttribute(String value) { return new Locale(value); }
            }
            """)));
    // generators
    cases.add(error("a generator name without its @SequenceGenerator",
        "[retort:mapping] No @SequenceGenerator(name = \"numbers\") found on this attribute, its class or a superclass. "
            + "Declare it, or remove generator = \"numbers\".",
        "Owner.java",
        source("Owner", """
            @Entity
            public class Owner {
              @Id
              @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "numbers") //!
              private Long id;
            }
            """)));
    cases.add(error("a generator name without its @TableGenerator",
        "[retort:mapping] No @TableGenerator(name = \"numbers\") found on this attribute, its class or a superclass.",
        "Owner.java",
        source("Owner", """
            @Entity
            public class Owner {
              @Id
              @GeneratedValue(strategy = GenerationType.TABLE, generator = "numbers") //!
              private Long id;
            }
            """)));
    cases.add(error("one sequence with two settings",
        "[retort:mapping] Sequence shared_seq is declared twice with different settings (start 1 by 50, and start 1 by 10). "
            + "Make them agree.",
        "Second.java",
        source("First", """
            @Entity
            public class First {
              @Id
              @GeneratedValue(strategy = GenerationType.SEQUENCE)
              @SequenceGenerator(sequenceName = "shared_seq")
              private Long id;
            }
            """),
        source("Second", """
            @Entity
            public class Second {
              @Id
              @GeneratedValue(strategy = GenerationType.SEQUENCE) //!
              @SequenceGenerator(sequenceName = "shared_seq", allocationSize = 10)
              private Long id;
            }
            """)));
    cases.add(error("one generator table with two layouts",
        "[retort:mapping] The generator table ids is declared twice with different columns. Give the @TableGenerators the same "
            + "pkColumnName and valueColumnName.",
        "Second.java",
        source("First", """
            @Entity
            public class First {
              @Id
              @GeneratedValue(strategy = GenerationType.TABLE)
              @TableGenerator(table = "ids", pkColumnName = "name")
              private Long id;
            }
            """),
        source("Second", """
            @Entity
            public class Second {
              @Id
              @GeneratedValue(strategy = GenerationType.TABLE) //!
              @TableGenerator(table = "ids", pkColumnName = "label")
              private Long id;
            }
            """)));
    cases.add(error("indexes on a @TableGenerator",
        "[retort:unsupported] Retort does not support uniqueConstraints or indexes on a @TableGenerator. Remove them: the "
            + "segment column is the generator table's primary key already.",
        "Owner.java",
        source("Owner", """
            @Entity
            public class Owner {
              @Id
              @GeneratedValue(strategy = GenerationType.TABLE)
              @TableGenerator(table = "ids", indexes = @Index(columnList = "next_val")) //!
              private Long id;
            }
            """)));
    // defaults (also in DefaultValueTest)
    cases.add(error("two defaults",
        "[retort:mapping] @DefaultValue(\"'a'\") and @ColumnDefault(\"'b'\") give this column two defaults. Keep one of them.",
        "Owner.java",
        source("Owner", """
            @Entity
            public class Owner {
              @Id private Long id;
              @dev.retort.DefaultValue("'a'")
              @org.hibernate.annotations.ColumnDefault("'b'") //!
              private String name;
            }
            """)));
    cases.add(error("a blank default",
        "[retort:mapping] The default value is blank. Give a SQL literal or expression, such as \"0\", \"'ACTIVE'\" (a string "
            + "in single quotes) or \"CURRENT_TIMESTAMP\".",
        "Owner.java",
        source("Owner", """
            @Entity
            public class Owner {
              @Id private Long id;
              @dev.retort.DefaultValue("") //!
              private String name;
            }
            """)));
    // warnings: left out of the migration, the compile goes on
    cases.add(warning("a column comment",
        "[retort:unsupported] Retort does not write column comments yet: the comment of name is left out of the migration.",
        "Owner.java",
        source("Owner", """
            @Entity
            public class Owner {
              @Id private Long id;
              @Column(comment = "what people call it")
              private String name; //!
            }
            """)));
    cases.add(warning("a table comment",
        "[retort:unsupported] Retort does not write table comments yet: the comment of Owner is left out of the migration.",
        "Owner.java",
        source("Owner", """
            @Entity
            @Table(comment = "the owners")
            public class Owner { //!
              @Id private Long id;
            }
            """)));
    return cases.stream();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("cases")
  void isReportedWithItsTagOnTheElementThatCausedIt(Case refused, @TempDir Path tmp) throws Exception {
    Files.createDirectories(tmp.resolve("src"));
    Compilation compilation = Compiler.javac()
        .withProcessors(new RetortProcessor())
        .withOptions("-Aretort.sourceDir=" + tmp.resolve("src"), "-Aretort.snapshot=" + tmp.resolve("snapshot.json"),
            "-Aretort.mode=write", "-Aretort.created=2026-01-01T00:00:00Z")
        .compile(refused.sources());
    JavaFileObject file = refused.sources().stream().filter(f -> f.getName().endsWith("/" + refused.file()))
        .findFirst().orElseThrow();
    if (refused.warning()) {
      assertThat(compilation).succeeded();
      assertThat(compilation).hadWarningContaining(refused.message()).inFile(file).onLineContaining("//!");
      return;
    }
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(refused.message()).inFile(file).onLineContaining("//!");
    assertThat(Files.exists(tmp.resolve("snapshot.json"))).as("nothing written").isFalse();
    assertThat(compilation.errors()).allSatisfy(e -> assertThat(e.getMessage(null)).startsWith("[retort:"));
  }

  @Test
  void everyMessageOfTheReaderHasACase() throws Exception {
    // each error and warning the reader reports, by its opening words, is among the cases above
    List<String> messages = cases().map(Case::message).toList();
    Path reader = Path.of(System.getProperty("basedir", ".")).resolve("src/main/java/dev/retort/processor/jpa");
    List<String> missing = new ArrayList<>();
    try (Stream<Path> files = Files.list(reader)) {
      for (Path source : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String text = Files.readString(source);
        java.util.regex.Matcher m = java.util.regex.Pattern
            .compile("Tag\\.(MAPPING|UNSUPPORTED), \"([^\"]{12,})").matcher(text);
        while (m.find()) {
          String opening = m.group(2).replaceAll("\\\\$", "");
          if (opening.contains("Retort does not support @GeneratedValue(strategy")) {
            continue; // unreachable: every GenerationType of JPA 3.2 is mapped
          }
          if (messages.stream().noneMatch(msg -> msg.contains(opening))) {
            missing.add(source.getFileName() + ": " + opening);
          }
        }
      }
    }
    assertThat(missing).as("messages without a case in MappingErrorsTest").isEmpty();
  }
}
