package com.example.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An entity that exists only in test sources: it must never produce a migration in src/main. */
@Entity
public class TestOnlyFixture {
  @Id
  private Long id;

  private String label;
}
