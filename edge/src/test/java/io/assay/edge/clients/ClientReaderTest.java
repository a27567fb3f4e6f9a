package io.assay.edge.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.assay.edge.domain.FieldError;
import io.assay.edge.domain.InvalidInputException;
import io.assay.edge.json.Json;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The contract's client reads whole; every wrong field is named by its path. */
class ClientReaderTest {

    static final String AMELIE = """
            {"givenName": "Amélie", "familyName": "Durand", "phones": ["+1 212 555 0147"],
             "emails": ["amelie@example.com"], "language": "fr",
             "consents": [{"channel": "email", "given": true, "at": "2026-11-01T10:00:00-05:00"}],
             "ringSizes": [{"hand": "left", "finger": "ring", "value": "6", "system": "US"}],
             "preferences": {"metals": ["platinum"], "stones": ["sapphire"], "designers": ["House"]},
             "relations": [{"kind": "partner", "givenName": "Jules", "familyName": "Durand",
                            "milestones": [{"kind": "birthday", "date": "1988-12-02"}]}],
             "milestones": [{"kind": "anniversary", "date": "2015-12-05", "leadDays": 14}]}
            """;

    private final ClientReader reader = new ClientReader();

    @Test
    void theContractsClientReadsWhole() throws Exception {
        Client client = reader.read(Json.mapper().readTree(AMELIE));

        assertThat(client.displayName()).isEqualTo("Amélie Durand");
        assertThat(client.consents().get(0).at()).hasToString("2026-11-01T15:00:00Z");
        assertThat(client.ringSizes().get(0)).isEqualTo(new FingerSize("left", "ring", "6", "US"));
        assertThat(client.preferences().metals()).containsExactly("platinum");
        assertThat(client.relations().get(0).milestones().get(0).date()).isEqualTo(LocalDate.of(1988, 12, 2));
        assertThat(client.relations().get(0).milestones().get(0).leadDays()).as("by default").isEqualTo(14);
        assertThat(client.milestones().get(0).kind()).isEqualTo("anniversary");
    }

    @Test
    void everyWrongFieldIsNamedByItsPath() throws Exception {
        String bad = """
                {"givenName": "Amélie", "phones": ["12"], "emails": ["not-an-email"], "language": "French",
                 "consents": [{"channel": "pigeon", "given": "yes", "at": "yesterday"}],
                 "ringSizes": [{"hand": "left", "finger": "ring", "value": "6.3", "system": "US"}],
                 "relations": [{"kind": "partner", "milestones": [{"kind": "custom", "date": "1988-13-02"}]}],
                 "favouriteColour": "blue"}
                """;
        InvalidInputException refused = catchThrowableOfType(() -> reader.read(Json.mapper().readTree(bad)), InvalidInputException.class);

        assertThat(refused.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("favouriteColour", "phones[0]", "emails[0]",
                "language", "consents[0].channel", "consents[0].given", "consents[0].at", "ringSizes[0].value", "relations[0].givenName",
                "relations[0].milestones[0].label", "relations[0].milestones[0].date");
    }
}
