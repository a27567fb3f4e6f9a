package io.assay.edge.clients.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What an associate sees when searching the client book. */
class ClientSearchTest {

    private final ClientSearch search = new ClientSearch();

    private static ClientEntry client(String id, String given, String family, List<String> phones, List<String> emails) {
        return new ClientEntry(id, given, family, phones, emails);
    }

    private static ClientEntry named(String id, String given, String family) {
        return client(id, given, family, List.of(), List.of());
    }

    private List<String> ids(String query) {
        return search.search(query, 50).stream().map(ClientHit::id).toList();
    }

    // --- names: folding ---

    @ParameterizedTest
    @ValueSource(strings = {"Amélie", "amelie", "AMELIE", "AMÉLIE", "aMéLiE"})
    void accentsAndCapitalsDoNotMatter(String typed) {
        search.upsert(named("a-1", "Amélie", "Durand"));

        assertThat(search.search(typed, 10)).containsExactly(new ClientHit("a-1", ClientHit.WHOLE_WORDS + 2, ClientHit.NAME));
    }

    @ParameterizedTest(name = "{0} is found by {1}")
    @CsvSource({
        "Müller, Muller", "Muller, Müller", "Núñez, Nunez", "Nunez, ÑÚÑEZ", "Lætitia, Laetitia", "Weiß, Weiss",
        "Søren, Soren", "Łukasz, Lukasz", "Œuvray, Oeuvray", "Þóra, Thora", "Yılmaz, Yilmaz", "Đặng, Dang",
        "Ελένη, ελενη", "Наталья, наталья", "ﬁlippo, Filippo"})
    void lettersFoldToWhatAnyKeyboardTypes(String written, String typed) {
        search.upsert(named("c-1", "Claire", written));

        assertThat(ids(typed)).containsExactly("c-1");
    }

    // --- names: words, beginnings, order ---

    @Test
    void eachQueryWordMustBeginSomeWordOfTheName() {
        search.upsertAll(List.of(named("a-1", "Amélie", "Durand"), named("a-2", "Amélie", "Martin"), named("a-3", "Ambre", "Dupont")));

        assertThat(ids("ame dur")).containsExactly("a-1");
        assertThat(ids("dur ame")).containsExactly("a-1");
        assertThat(ids("am du")).containsExactly("a-3", "a-1");
        assertThat(ids("ame xyz")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Amélie", "Durand", "Amélie Durand", "Durand Amélie", "durand  AMELIE"})
    void theGivenNameTheFamilyNameOrBothInAnyOrderFindTheClient(String typed) {
        search.upsertAll(List.of(named("a-1", "Amélie", "Durand"), named("b-1", "Bruno", "Lefèvre")));

        assertThat(ids(typed)).containsExactly("a-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fontaine", "de la fontaine", "delafontaine", "jean fontaine", "la font", "Jean de La Fontaine"})
    void aFamilyNameWithParticlesMatchesByEachWordAndRunTogether(String typed) {
        search.upsertAll(List.of(named("f-1", "Jean", "de la Fontaine"), named("x-1", "Jeanne", "Moreau")));

        assertThat(ids(typed)).containsExactly("f-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"saint-exupery", "Saint Exupéry", "exupery", "saintexupery", "saint ex", "antoine exu"})
    void aHyphenatedNameMatchesByEachPartAndRunTogether(String typed) {
        search.upsert(named("s-1", "Antoine", "Saint-Exupéry"));

        assertThat(ids(typed)).containsExactly("s-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"O'Neil", "o’neil", "oneil", "neil", "o neil", "Patrick O'Ne"})
    void anApostropheSplitsANameAndRunsItTogether(String typed) {
        search.upsert(named("o-1", "Patrick", "O'Neil"));

        assertThat(ids(typed)).containsExactly("o-1");
    }

    @Test
    void aFullNameWrittenAsTheBookHasItIsExactWhicheverWayTheWordsAreCut() {
        search.upsertAll(List.of(named("f-1", "Jean", "de la Fontaine"), named("o-1", "Patrick", "O'Neil")));

        assertThat(search.search("jean delafontaine", 5)).extracting(ClientHit::score).containsExactly(ClientHit.EXACT + 4);
        assertThat(search.search("Jean de la Fontaine", 5)).extracting(ClientHit::score).containsExactly(ClientHit.EXACT + 8);
        assertThat(search.search("patrick oneil", 5)).extracting(ClientHit::score).containsExactly(ClientHit.EXACT + 4);
        assertThat(search.search("jean fontaine", 5)).extracting(ClientHit::score).containsExactly(ClientHit.WHOLE_WORDS + 4);
    }

    // --- names: typos ---

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Durnad", "Duarnd", "Durrand", "Duand", "Dirand", "Amelei Durand", "amelei durnad"})
    void oneTypoInAWordOfFourLettersOrMoreStillFindsTheClient(String typed) {
        search.upsertAll(List.of(named("a-1", "Amélie", "Durand"), named("b-1", "Bruno", "Lefèvre")));

        assertThat(search.search(typed, 10)).singleElement().satisfies(hit -> {
            assertThat(hit.id()).isEqualTo("a-1");
            assertThat(hit.score()).isBetween(ClientHit.TYPO, ClientHit.PARTIAL - 1);
        });
    }

    @Test
    void aTypoThatShortensAFourLetterNameStillFindsIt() {
        search.upsertAll(List.of(named("f-1", "Nadine", "Frey"), named("s-1", "Joost", "Smit")));

        assertThat(ids("Fry")).containsExactly("f-1");
        assertThat(ids("Smt")).containsExactly("s-1");
    }

    @Test
    void wordsOfThreeLettersMustBeTypedRight() {
        search.upsert(named("l-1", "Léa", "Roy"));

        assertThat(ids("Lee")).isEmpty();
        assertThat(ids("Rpy")).isEmpty();
        assertThat(ids("Lea")).containsExactly("l-1");
    }

    @Test
    void twoTyposAreForgivenInWordsOfEightLettersOrMoreOnly() {
        search.upsertAll(List.of(named("f-1", "Jean", "Fontaine"), named("m-1", "Claire", "Mercier")));

        assertThat(ids("Fonatien")).containsExactly("f-1");
        assertThat(ids("Mreceir")).isEmpty();
        assertThat(ids("Mrecier")).containsExactly("m-1");
    }

    // --- ranking ---

    @Test
    void theExactFullNameComesFirstThenWholeWordsThenBeginningsThenTypos() {
        search.upsertAll(List.of(
                named("typo", "Marie", "Matrin"),
                named("begun-both", "Mariette", "Martineau"),
                named("begun-one", "Marie", "Martinez"),
                named("whole-words", "Marie-Anne", "Martin"),
                named("exact", "Marie", "Martin"),
                named("other", "Paul", "Martin")));

        assertThat(search.search("marie martin", 10)).containsExactly(
                new ClientHit("exact", ClientHit.EXACT + 4, ClientHit.NAME),
                new ClientHit("whole-words", ClientHit.WHOLE_WORDS + 4, ClientHit.NAME),
                new ClientHit("begun-one", ClientHit.PARTIAL + 3, ClientHit.NAME),
                new ClientHit("begun-both", ClientHit.PARTIAL + 2, ClientHit.NAME),
                new ClientHit("typo", ClientHit.TYPO + 2, ClientHit.NAME));
    }

    @Test
    void equalScoresAreOrderedByFamilyNameThenGivenNameThenIdWhateverTheOrderOfAdding() {
        search.upsertAll(List.of(named("z", "Zoé", "Bernard"), named("b-2", "Anna", "Bernard"), named("y", "Anna", "Bernard Zola"),
                named("b-1", "Anna", "Bernard"), named("x", "Édith", "Bernard")));

        assertThat(ids("bernard")).containsExactly("b-1", "b-2", "x", "z", "y");
    }

    @Test
    void theLimitKeepsTheBestAndZeroOrLessFindsNothing() {
        search.upsertAll(List.of(named("c", "Anna", "Colin"), named("a", "Anna", "Arnaud"), named("b", "Anna", "Blanc")));

        assertThat(ids("anna")).containsExactly("a", "b", "c");
        assertThat(search.search("anna", 2)).extracting(ClientHit::id).containsExactly("a", "b");
        assertThat(search.search("anna", 0)).isEmpty();
        assertThat(search.search("anna", -1)).isEmpty();
    }

    // --- phones ---

    @ParameterizedTest
    @ValueSource(strings = {"+1 212 555 0147", "(212) 555-0147", "212.555.0147", "2125550147", "212-555-0147", "+12125550147", "1 (212) 555 01 47"})
    void aPhoneNumberIsFoundHoweverItIsWritten(String typed) {
        search.upsertAll(List.of(client("p-1", "Amélie", "Durand", List.of("+1 212 555 0147"), List.of()),
                client("p-2", "Bruno", "Lefèvre", List.of("+1 212 555 0148"), List.of())));

        assertThat(search.search(typed, 10)).extracting(ClientHit::id, ClientHit::matchedOn).containsExactly(
                org.assertj.core.groups.Tuple.tuple("p-1", ClientHit.PHONE));
    }

    @Test
    void aNumberTypedWithOrWithoutItsCountryCodeIsTheSameNumber() {
        search.upsertAll(List.of(client("us", "Amy", "Stone", List.of("(212) 555-0147"), List.of()),
                client("fr", "Léa", "Roux", List.of("06 12 34 56 78"), List.of())));

        assertThat(search.search("+1 212 555 0147", 5)).containsExactly(new ClientHit("us", ClientHit.EXACT + 10, ClientHit.PHONE));
        // The French trunk 0 is not part of +33: the last nine digits agree, the numbers are not identical.
        assertThat(search.search("+33 6 12 34 56 78", 5)).containsExactly(new ClientHit("fr", ClientHit.PARTIAL + 9, ClientHit.PHONE));
        assertThat(search.search("0612345678", 5)).containsExactly(new ClientHit("fr", ClientHit.EXACT + 10, ClientHit.PHONE));
    }

    @Test
    void aFewLastDigitsFindEveryNumberEndingSoAndSevenMustAgree() {
        search.upsertAll(List.of(client("a", "Amy", "Stone", List.of("+1 212 555 0147"), List.of()),
                client("b", "Ben", "Hart", List.of("+44 20 7946 0147"), List.of()),
                client("c", "Cal", "Ross", List.of("+1 646 555 0147"), List.of())));

        assertThat(ids("0147")).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(ids("55 0147")).containsExactlyInAnyOrder("a", "c");
        // Seven agreeing digits match whatever comes before them, below the number typed in full.
        assertThat(search.search("212 555 0147", 5)).containsExactly(new ClientHit("a", ClientHit.EXACT + 10, ClientHit.PHONE),
                new ClientHit("c", ClientHit.PARTIAL + 7, ClientHit.PHONE));
        assertThat(ids("212 556 0147")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"147", "47", "7", "+1", "0-1-4"})
    void fewerThanFourDigitsSearchNoPhone(String typed) {
        search.upsert(client("a", "Amy", "Stone", List.of("147"), List.of()));

        assertThat(search.search(typed, 10)).isEmpty();
    }

    // --- emails ---

    @ParameterizedTest
    @ValueSource(strings = {"amelie.durand@example.com", "AMELIE.DURAND@EXAMPLE.COM", "Amelie.Durand@Example.com"})
    void anAddressIsFoundExactlyWhateverItsCapitals(String typed) {
        search.upsert(client("e-1", "Jean", "Roux", List.of(), List.of("Amelie.Durand@Example.com")));

        assertThat(search.search(typed, 5)).containsExactly(new ClientHit("e-1", ClientHit.EXACT, ClientHit.EMAIL));
    }

    @Test
    void theBeginningOfAnAddressFindsItsClients() {
        // A household's shared addresses: the names tell nothing.
        search.upsertAll(List.of(client("long", "Jean", "Roux", List.of(), List.of("amelie.durand@example.com")),
                client("short", "Paul", "Roux", List.of(), List.of("amelie@example.com"))));

        assertThat(search.search("amelie@", 5)).containsExactly(new ClientHit("short", ClientHit.PARTIAL + 1, ClientHit.EMAIL));
        assertThat(search.search("amelie.d", 5)).containsExactly(new ClientHit("long", ClientHit.PARTIAL + 1, ClientHit.EMAIL));
        assertThat(ids("amelie")).containsExactly("long", "short");
        assertThat(ids("amelie durand")).isEmpty();
    }

    @Test
    void aClientFoundByNameAndAddressIsListedOnceForTheBetterReason() {
        search.upsert(client("a-1", "Amélie", "Durand", List.of(), List.of("amelie.durand@example.com")));

        assertThat(search.search("amelie", 5)).containsExactly(new ClientHit("a-1", ClientHit.WHOLE_WORDS + 2, ClientHit.NAME));
        assertThat(search.search("amelie.durand@example.com", 5)).containsExactly(new ClientHit("a-1", ClientHit.EXACT, ClientHit.EMAIL));
    }

    // --- odd queries ---

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n", "\u00A0\u2003", "-", "'", "..."})
    void aBlankOrWordlessQueryFindsNothing(String typed) {
        search.upsert(client("a-1", "Amélie", "Durand", List.of("+1 212 555 0147"), List.of("amelie@example.com")));

        assertThat(search.search(typed, 10)).isEmpty();
        assertThat(search.search(null, 10)).isEmpty();
    }

    @Test
    void onlyTheFirst200CharsOfAQueryAreRead() {
        search.upsert(named("a-1", "Amélie", "Durand"));

        assertThat(ids("durand" + " ".repeat(194) + "zzzz")).containsExactly("a-1");
        assertThat(ids("durand" + " ".repeat(190) + "zzzz")).isEmpty();
        assertThat(ids("durand " + "x".repeat(1_000_000))).isEmpty();
    }

    @Test
    void noTextMakesASearchThrowAndEveryHitIsAClientOfTheBook() {
        Random random = new Random(20_250_611L);
        List<ClientEntry> book = new ClientBookGenerator(7).clients(2_000).stream().map(ClientBookGenerator.GeneratedClient::entry).toList();
        search.upsertAll(book);
        java.util.Set<String> ids = new java.util.HashSet<>(book.stream().map(ClientEntry::id).toList());

        int found = 0;
        for (int i = 0; i < 5_000; i++) {
            String typed = FuzzText.any(random);
            List<ClientHit> hits = search.search(typed, 20);
            assertThat(hits).as("hits for \"%s\"", typed).hasSizeLessThanOrEqualTo(20)
                    .allSatisfy(hit -> assertThat(ids).contains(hit.id()));
            found += hits.isEmpty() ? 0 : 1;
        }
        assertThat(found).as("random queries that found someone").isPositive();
    }

    // --- changes ---

    @Test
    void anUpsertReplacesEveryFieldOfTheClient() {
        search.upsert(client("a-1", "Amélie", "Durand", List.of("+1 212 555 0147"), List.of("amelie@example.com")));

        search.upsert(client("a-1", "Amélie", "Lefèvre", List.of("+33 6 12 34 56 78"), List.of("amelie.lefevre@example.fr")));

        assertThat(ids("durand")).isEmpty();
        assertThat(ids("2125550147")).isEmpty();
        assertThat(ids("amelie@")).isEmpty();
        assertThat(ids("lefevre")).containsExactly("a-1");
        assertThat(ids("0612345678")).containsExactly("a-1");
        assertThat(ids("amelie.lefevre@example.fr")).containsExactly("a-1");
        assertThat(search.size()).isEqualTo(1);
    }

    @Test
    void aRemovedClientIsNoLongerFoundAndItsPlaceIsReused() {
        search.upsertAll(List.of(client("a-1", "Amélie", "Durand", List.of("+1 212 555 0147"), List.of("amelie@example.com")),
                named("b-1", "Bruno", "Durand")));

        search.remove("a-1");
        search.remove("no-such-client");

        assertThat(ids("durand")).containsExactly("b-1");
        assertThat(ids("amelie")).isEmpty();
        assertThat(ids("0147")).isEmpty();
        assertThat(search.size()).isEqualTo(1);

        search.upsert(named("c-1", "Chloé", "Durand"));
        assertThat(ids("durand")).containsExactly("b-1", "c-1");
    }

    @Test
    void aClientNeedsAnIdAndNothingElse() {
        assertThatThrownBy(() -> named(" ", "Amélie", "Durand")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> named(null, "Amélie", "Durand")).isInstanceOf(IllegalArgumentException.class);

        search.upsert(new ClientEntry("bare", null, null, null, null));

        assertThat(search.size()).isEqualTo(1);
        assertThat(search.search("a", 10)).isEmpty();
    }
}
