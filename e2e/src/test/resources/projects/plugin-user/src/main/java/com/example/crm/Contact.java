package com.example.crm;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Contact {
  @Id
  private Long id;

  @Column(nullable = false, length = 120)
  private String name;
}
