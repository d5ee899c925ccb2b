package dev.retort.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

/** The verb retort:sql runs: the script's start defaults to base for an upgrade and to head for a downgrade. */
class SqlMojoTest {
  private static SqlMojo sql(String from, String target, boolean downgrade) {
    SqlMojo mojo = new SqlMojo();
    mojo.from = from;
    mojo.target = target;
    mojo.downgrade = downgrade;
    return mojo;
  }

  @Test
  void anUpgradeScriptStartsAtBaseAndEndsAtHeadUnlessGiven() throws MojoExecutionException {
    assertThat(sql(null, null, false).verb()).containsExactly("upgrade", "--sql", "base:head");
    assertThat(sql("ae10", "+1", false).verb()).containsExactly("upgrade", "--sql", "ae10:+1");
  }

  @Test
  void aDowngradeScriptStartsAtHeadUnlessGiven() throws MojoExecutionException {
    assertThat(sql(null, "-1", true).verb()).containsExactly("downgrade", "--sql", "head:-1");
    assertThat(sql(" ", "base", true).verb()).containsExactly("downgrade", "--sql", "head:base");
    assertThat(sql("ae10", "base", true).verb()).containsExactly("downgrade", "--sql", "ae10:base");
    assertThatThrownBy(() -> sql(null, null, true).verb()).hasMessageContaining("needs retort.target");
  }
}
