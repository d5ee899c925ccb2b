package dev.retort.spring;

import dev.retort.spring.app.ShopApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the test application as {@code SpringApplication.run} does, with the given properties. */
final class ShopContexts {
  private ShopContexts() {}

  /** A JDBC URL of a new in-memory H2 database that lives until the JVM exits. */
  static String newH2Url() {
    return "jdbc:h2:mem:shop_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
  }

  static ConfigurableApplicationContext start(String url, String... properties) {
    List<String> all = new ArrayList<>(List.of(
        "spring.datasource.url=" + url,
        "spring.main.banner-mode=off",
        "spring.jpa.open-in-view=false"));
    all.addAll(List.of(properties));
    return new SpringApplicationBuilder(ShopApplication.class)
        .web(WebApplicationType.NONE)
        .properties(all.toArray(String[]::new))
        .run();
  }
}
