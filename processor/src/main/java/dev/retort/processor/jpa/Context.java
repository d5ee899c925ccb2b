package dev.retort.processor.jpa;

import javax.lang.model.type.DeclaredType;

/**
 * Where an attribute is being read: for which entity, into which table, at which path inside
 * embeddables, with which overrides in force.
 *
 * @param entity the entity the table belongs to (for a collection table: its owner)
 * @param table the table the attribute's columns go into
 * @param path the attribute path of the enclosing embeddable, or empty at the top
 * @param overrides the attribute and association overrides in force
 * @param forceNullable whether every column must allow NULL (a SINGLE_TABLE subclass's)
 * @param seenFrom the type the attributes' generic types are resolved against
 * @param inCollection whether the attribute is part of an element collection's element
 */
record Context(EntityInfo entity, TableBuilder table, String path, Overrides overrides, boolean forceNullable,
    DeclaredType seenFrom, boolean inCollection) {

  String pathOf(Attribute attribute) {
    return path.isEmpty() ? attribute.name() : path + "." + attribute.name();
  }

  Context nested(String newPath, Overrides newOverrides, DeclaredType newSeenFrom) {
    return new Context(entity, table, newPath, newOverrides, forceNullable, newSeenFrom, inCollection);
  }

  Context in(TableBuilder other, boolean collection) {
    return new Context(entity, other, "", Overrides.NONE, false, seenFrom, collection);
  }
}
