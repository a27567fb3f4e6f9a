package io.assay.edge.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntryListTest {

    @Test
    void stonesAsAJewelerTypesThemAreReadIntoEntries() throws Exception {
        List<Map<String, String>> entries = EntryList.parse(
                " type = diamond, shape=round ,caratWeight=1.01;type=ruby,count=2 ; ");

        assertThat(entries).containsExactly(
                ordered("type", "diamond", "shape", "round", "caratWeight", "1.01"),
                ordered("type", "ruby", "count", "2"));
    }

    @Test
    void valuesWithSeparatorsBackslashesAndEdgeSpacesRoundTrip() throws Exception {
        List<Map<String, String>> entries = List.of(
                ordered("origin", "Ratnapura, Sri Lanka; \"Ceylon\"", "note", "a=b \\ c"),
                ordered("grades.cut grade", " very good ", "x", "trailing\\"));

        String cell = EntryList.format(entries);

        assertThat(EntryList.parse(cell)).isEqualTo(entries);
    }

    @Test
    void formattedCellsAreReadable() {
        String cell = EntryList.format(List.of(ordered("type", "diamond", "caratWeight", "1.01"), ordered("type", "ruby")));

        assertThat(cell).isEqualTo("type=diamond, caratWeight=1.01; type=ruby");
    }

    @Test
    void emptyValuesAndEmptyEntriesAreLeftOut() throws Exception {
        assertThat(EntryList.parse("type=ruby, shape=;;")).containsExactly(ordered("type", "ruby"));
        assertThat(EntryList.parse("")).isEmpty();
    }

    @Test
    void aPairWithoutEqualsSignNamesTheEntry() {
        assertThatThrownBy(() -> EntryList.parse("type=diamond; type=ruby, oval"))
                .isInstanceOf(EntryList.MalformedException.class)
                .hasMessage("entry 2: 'oval' has no value; write key=value");
    }

    @Test
    void aKeyGivenTwiceOrMissingIsRefused() {
        assertThatThrownBy(() -> EntryList.parse("type=diamond, type=ruby"))
                .hasMessage("entry 1: 'type' is given twice");
        assertThatThrownBy(() -> EntryList.parse("=ruby"))
                .hasMessage("entry 1: a value 'ruby' has no key; write key=value");
        assertThatThrownBy(() -> EntryList.parse("type=ruby\\"))
                .hasMessage("entry 1 ends with a lone '\\'");
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
