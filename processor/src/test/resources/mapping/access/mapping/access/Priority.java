package mapping.access;

public enum Priority {
  LOW, NORMAL, HIGH
}
