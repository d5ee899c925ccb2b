/**
 * Reading JPA entities, through annotation mirrors and by annotation name (jakarta and javax
 * alike), into the {@link dev.retort.schema.Schema} Hibernate 6 and 7 expect for them.
 *
 * <p>{@link dev.retort.processor.jpa.EntityReader} is the entry point. It works in two passes:
 * {@link dev.retort.processor.jpa.Entities} names every entity's table and key (hierarchies and
 * derived identities included), then {@link dev.retort.processor.jpa.TableAssembler} builds the
 * tables, handing each attribute to the class for its concern: basic columns ({@code
 * BasicColumns}), embeddables ({@code AttributeReader}), to-one associations ({@code
 * Associations}), join and collection tables ({@code JoinTables}, {@code CollectionTables}),
 * generators ({@code Generators}). Every mapping that cannot be read exactly is an error on its
 * element, never a guess.
 */
package dev.retort.processor.jpa;
