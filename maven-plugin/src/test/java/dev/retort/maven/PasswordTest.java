package dev.retort.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

/** How a goal hands the password to the command line: from password, or from the variable passwordEnv names. */
class PasswordTest {
  private static CurrentMojo goal(String password, String passwordEnv) {
    CurrentMojo mojo = new CurrentMojo();
    mojo.password = password;
    mojo.passwordEnv = passwordEnv;
    return mojo;
  }

  @Test
  void passwordEnvReadsTheNamedVariable() throws MojoExecutionException {
    assertThat(goal(null, "CRM_DB_PASSWORD").passwordEnvironment(Map.of("CRM_DB_PASSWORD", "s3cret", "OTHER", "x")))
        .containsExactly(Map.entry(RetortMojo.PASSWORD_VARIABLE, "s3cret"));
    assertThat(goal("s3cret", null).passwordEnvironment(Map.of()))
        .containsExactly(Map.entry(RetortMojo.PASSWORD_VARIABLE, "s3cret"));
    assertThat(goal(null, null).passwordEnvironment(Map.of("CRM_DB_PASSWORD", "s3cret"))).isEmpty();
  }

  @Test
  void anUnsetVariableOrBothWaysAreClearErrors() {
    assertThatThrownBy(() -> goal(null, "NOT_SET").passwordEnvironment(Map.of()))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("retort:current: passwordEnv (retort.passwordEnv) names the environment variable NOT_SET, which "
            + "is not set. Set it in the environment Maven runs in, or name the variable that holds the password.");
    assertThatThrownBy(() -> goal("s3cret", "CRM_DB_PASSWORD").passwordEnvironment(Map.of("CRM_DB_PASSWORD", "x")))
        .hasMessageContaining("both password (retort.password) and passwordEnv (retort.passwordEnv)")
        .hasMessageNotContaining("s3cret");
  }
}
