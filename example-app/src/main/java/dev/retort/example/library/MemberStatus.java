package dev.retort.example.library;

public enum MemberStatus {
  ACTIVE,
  SUSPENDED,
  CLOSED
}
