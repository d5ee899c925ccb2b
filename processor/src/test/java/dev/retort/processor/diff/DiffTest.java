package dev.retort.processor.diff;

import static dev.retort.schema.Column.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.op.AddColumn;
import dev.retort.op.DropColumn;
import dev.retort.op.ExecuteSql;
import dev.retort.op.RenameTable;
import dev.retort.schema.ColumnType;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiffTest {

  @Test
  void downgradeIsTheInversesInReverseOrder() {
    Diff diff = Diff.of(List.of(new RenameTable("a", "b"), new AddColumn("b", col("c", ColumnType.INTEGER))), List.of(), false);

    assertThat(diff.downgrade()).containsExactly(new DropColumn("b", col("c", ColumnType.INTEGER)), new RenameTable("b", "a"));
    assertThat(diff.isEmpty()).isFalse();
  }

  @Test
  void refusesAnIrreversibleOperation() {
    assertThatThrownBy(() -> Diff.of(List.of(new ExecuteSql("delete from t", null)), List.of(), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot be undone");
  }
}
