package com.example.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Book {
  @Id
  private Long id;

  @Column(nullable = false, length = 200)
  private String title;
}
