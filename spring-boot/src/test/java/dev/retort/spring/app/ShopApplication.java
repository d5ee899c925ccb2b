package dev.retort.spring.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A small Spring Boot application with JPA, as a user has it; its migrations are under {@code migrations}. */
@SpringBootApplication
public class ShopApplication {}
