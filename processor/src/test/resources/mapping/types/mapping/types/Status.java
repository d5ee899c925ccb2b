package mapping.types;

public enum Status {
  DRAFT,
  PUBLISHED,
  ARCHIVED
}
