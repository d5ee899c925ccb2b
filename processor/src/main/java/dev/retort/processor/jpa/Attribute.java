package dev.retort.processor.jpa;

import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * One persistent attribute: a field (field access) or a getter (property access).
 *
 * @param name the attribute's name ({@code firstName} for both the field and {@code getFirstName})
 * @param element the field or getter, which carries the mapping annotations and gets the errors
 * @param type the attribute's type as seen from the entity, type variables of generic mapped
 *     superclasses resolved
 * @param declaredIn the class that declares it
 */
record Attribute(String name, Element element, TypeMirror type, TypeElement declaredIn) {}
