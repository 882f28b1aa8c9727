package dev.swarmdesk.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

class KeyedRowsTest {

    /** A row that remembers what it shows. */
    static final class Row {
        final String id;
        String text;

        Row(String id) {
            this.id = id;
        }
    }

    record Line(String id, String text) { }

    private final KeyedRows<Line, Row> sync = new KeyedRows<>(Line::id, Row::new, (r, l) -> r.text = l.text());
    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    @Test
    void updatesRowsInPlaceAndKeepsTheLinesOrder() {
        sync.apply(List.of(new Line("b", "B"), new Line("c", "C")), rows);
        Row b = rows.get(0);

        sync.apply(List.of(new Line("a", "A"), new Line("b", "B2"), new Line("c", "C")), rows);

        assertThat(rows).extracting(r -> r.id).containsExactly("a", "b", "c");
        assertThat(rows.get(1)).isSameAs(b);
        assertThat(b.text).isEqualTo("B2");
        assertThat(sync.row("a")).isSameAs(rows.get(0));
    }

    @Test
    void removesGoneRowsAndMovesRowsByOnePermutation() {
        sync.apply(List.of(new Line("a", ""), new Line("b", ""), new Line("c", "")), rows);
        Row c = rows.get(2);
        List<String> changes = new ArrayList<>();
        rows.addListener((ListChangeListener<Row>) ch -> {
            while (ch.next()) {
                changes.add(ch.wasPermutated() ? "permutation" : ch.wasRemoved() ? "removal" : "addition");
            }
        });

        sync.apply(List.of(new Line("c", ""), new Line("a", "")), rows);

        assertThat(rows).extracting(r -> r.id).containsExactly("c", "a");
        assertThat(rows.get(0)).isSameAs(c);
        assertThat(sync.row("b")).isNull();
        assertThat(changes).containsExactly("removal", "permutation");
    }
}
