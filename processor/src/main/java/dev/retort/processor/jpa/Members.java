package dev.retort.processor.jpa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Finds the persistent attributes of a class: fields or getters depending on the access type,
 * mapped superclasses first, generic types resolved against the class that uses them.
 *
 * <p>The access type is JPA's: {@code @Access} on the class if present, otherwise where the
 * hierarchy's {@code @Id} or {@code @EmbeddedId} sits (a field: field access; a getter: property
 * access). An attribute may switch with {@code @Access} on itself.
 */
final class Members {
  enum Access { FIELD, PROPERTY }

  private final Mirrors mirrors;
  private final Types types;

  Members(Mirrors mirrors, Types types) {
    this.mirrors = mirrors;
    this.types = types;
  }

  static TypeElement superclass(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    if (superclass.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement element = (TypeElement) ((DeclaredType) superclass).asElement();
    return element.getQualifiedName().contentEquals("java.lang.Object") ? null : element;
  }

  /** The access type of an entity hierarchy, from {@code @Access} or where its identifier is. */
  Access defaultAccess(TypeElement type) {
    for (TypeElement t = type; t != null; t = superclass(t)) {
      Optional<Access> explicit = explicitAccess(t);
      if (explicit.isPresent()) {
        return explicit.get();
      }
    }
    for (TypeElement t = type; t != null; t = superclass(t)) {
      for (Element member : t.getEnclosedElements()) {
        if (mirrors.hasJpa(member, JpaNames.ID) || mirrors.hasJpa(member, JpaNames.EMBEDDED_ID)) {
          return member.getKind() == ElementKind.METHOD ? Access.PROPERTY : Access.FIELD;
        }
      }
    }
    return Access.FIELD;
  }

  Optional<Access> explicitAccess(Element element) {
    return mirrors.jpa(element, JpaNames.ACCESS).map(a -> Access.valueOf(mirrors.enumConstant(a, "value")));
  }

  /**
   * The persistent attributes declared by {@code type} and by its mapped superclasses up to (not
   * including) {@code stop}, the nearest entity superclass or null; in declaration order, the
   * topmost class first.
   *
   * @param seenFrom the type generic attributes are resolved against
   */
  List<Attribute> attributes(TypeElement type, TypeElement stop, DeclaredType seenFrom, Access access) {
    List<TypeElement> chain = new ArrayList<>();
    for (TypeElement t = type; t != null && t != stop; t = superclass(t)) {
      if (t == type || mirrors.hasJpa(t, JpaNames.MAPPED_SUPERCLASS)) {
        chain.add(0, t);
      }
    }
    List<Attribute> attributes = new ArrayList<>();
    for (TypeElement t : chain) {
      Access classAccess = explicitAccess(t).orElse(access);
      for (Element member : t.getEnclosedElements()) {
        if (member.getModifiers().contains(Modifier.STATIC) || mirrors.hasJpa(member, JpaNames.TRANSIENT)) {
          continue;
        }
        Access memberAccess = explicitAccess(member).orElse(classAccess);
        if (member.getKind() == ElementKind.FIELD && memberAccess == Access.FIELD
            && !member.getModifiers().contains(Modifier.TRANSIENT)) {
          attributes.add(new Attribute(member.getSimpleName().toString(), member, typeOf(seenFrom, member), t));
        } else if (member.getKind() == ElementKind.METHOD && memberAccess == Access.PROPERTY) {
          propertyName((ExecutableElement) member).ifPresent(name ->
              attributes.add(new Attribute(name, member, typeOfGetter(seenFrom, (ExecutableElement) member), t)));
        }
      }
    }
    return attributes;
  }

  /** Mapping annotations on members the access type ignores: an error rather than a silently lost mapping. */
  List<Element> ignoredMappings(TypeElement type, Access access) {
    List<Element> ignored = new ArrayList<>();
    Access classAccess = explicitAccess(type).orElse(access);
    for (Element member : type.getEnclosedElements()) {
      if (explicitAccess(member).isPresent() || member.getModifiers().contains(Modifier.STATIC)) {
        continue;
      }
      boolean field = member.getKind() == ElementKind.FIELD;
      boolean getter = member.getKind() == ElementKind.METHOD;
      if ((field && classAccess == Access.PROPERTY) || (getter && classAccess == Access.FIELD)) {
        if (JpaNames.MAPPING_ANNOTATIONS.stream().anyMatch(n -> mirrors.hasJpa(member, n))) {
          ignored.add(member);
        }
      }
    }
    return ignored;
  }

  private TypeMirror typeOf(DeclaredType seenFrom, Element member) {
    try {
      return types.asMemberOf(seenFrom, member);
    } catch (IllegalArgumentException e) {
      return member.asType();
    }
  }

  private TypeMirror typeOfGetter(DeclaredType seenFrom, ExecutableElement getter) {
    try {
      return ((javax.lang.model.type.ExecutableType) types.asMemberOf(seenFrom, getter)).getReturnType();
    } catch (IllegalArgumentException e) {
      return getter.getReturnType();
    }
  }

  /** {@code getName} is {@code name}, {@code isActive} (boolean) is {@code active}; anything else is no property. */
  static Optional<String> propertyName(ExecutableElement method) {
    if (!method.getParameters().isEmpty() || method.getReturnType().getKind() == TypeKind.VOID) {
      return Optional.empty();
    }
    String name = method.getSimpleName().toString();
    String rest;
    if (name.startsWith("get") && name.length() > 3) {
      rest = name.substring(3);
    } else if (name.startsWith("is") && name.length() > 2 && method.getReturnType().getKind() == TypeKind.BOOLEAN) {
      rest = name.substring(2);
    } else {
      return Optional.empty();
    }
    if (rest.length() > 1 && Character.isUpperCase(rest.charAt(1))) {
      return Optional.of(rest); // getURL -> URL, as java.beans.Introspector decapitalizes
    }
    return Optional.of(rest.substring(0, 1).toLowerCase(Locale.ROOT) + rest.substring(1));
  }
}
