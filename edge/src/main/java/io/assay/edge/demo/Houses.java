package io.assay.edge.demo;

import java.util.List;

/**
 * The designers and collections the demo boutique carries. All invented: the house's own lines, a few
 * independent designers, two watchmakers, and unsigned estate pieces grouped by period. A style number
 * is the collection's code, the category's code and a model number ("LUM-EN-104").
 */
final class Houses {

    /** A collection of a designer; {@code designer} is null for unsigned estate pieces. */
    record Line(String designer, String collection, String code) {

        String style(String categoryCode, int model) {
            return code + "-" + categoryCode + "-" + model;
        }
    }

    static final Line LUMIERE = new Line("House", "Lumiere", "LUM");
    static final Line HERITAGE = new Line("House", "Heritage", "HER");
    static final Line EVERYDAY = new Line("House", "Everyday Gold", "EVD");
    static final Line HALO_GARDEN = new Line("Celia Rowan", "Halo Garden", "HLG");
    static final Line THREAD = new Line("Celia Rowan", "Thread", "THR");
    static final Line ETOILE = new Line("Théo Varennes", "Étoile Polaire", "ETP");
    static final Line DECO_REVIVAL = new Line("Théo Varennes", "Deco Revival", "DRV");
    static final Line MAREAS = new Line("Isaura Belmonte", "Mareas", "MAR");
    static final Line CORAL_GARDEN = new Line("Isaura Belmonte", "Jardín de Coral", "JDC");
    static final Line KUMO = new Line("Kenji Aramaki", "Kumo", "KUM");
    static final Line HANABI = new Line("Kenji Aramaki", "Hanabi", "HNB");
    static final Line FIORI = new Line("Odile Marchetti", "Fiori di Campo", "FDC");
    static final Line NODO = new Line("Odile Marchetti", "Nodo", "NOD");
    static final Line SAVANNA = new Line("Amara Oduya", "Savanna", "SAV");
    static final Line SAHEL = new Line("Amara Oduya", "Sahel Light", "SHL");
    static final Line REGULATEUR = new Line("Aubertin Frères", "Régulateur", "REG");
    static final Line MAREE = new Line("Aubertin Frères", "Marée Chronograph", "MCH");
    static final Line FJORD = new Line("Halvorsen & Kade", "Fjord GMT", "FGM");
    static final Line TONNEAU = new Line("Halvorsen & Kade", "Tonneau Classique", "TON");
    static final Line ART_DECO = new Line(null, "Estate Art Deco", "EAD");
    static final Line EDWARDIAN = new Line(null, "Estate Edwardian", "EED");
    static final Line VICTORIAN = new Line(null, "Estate Victorian", "EVI");
    static final Line RETRO = new Line(null, "Estate Retro", "ERE");

    static final List<Line> BRIDAL = List.of(LUMIERE, LUMIERE, HERITAGE, HALO_GARDEN, ETOILE);
    static final List<Line> DIAMOND = List.of(LUMIERE, ETOILE, HALO_GARDEN, THREAD, DECO_REVIVAL);
    static final List<Line> GOLD = List.of(EVERYDAY, EVERYDAY, NODO, FIORI, SAVANNA, SAHEL, THREAD);
    static final List<Line> COLOUR = List.of(MAREAS, CORAL_GARDEN, FIORI, HERITAGE, DECO_REVIVAL);
    static final List<Line> PEARL = List.of(KUMO, HANABI, HERITAGE);
    static final List<Line> WATCH = List.of(REGULATEUR, MAREE, FJORD, TONNEAU);
    static final List<Line> ESTATE_EARLY = List.of(ART_DECO, EDWARDIAN);
    static final List<Line> ESTATE_LATE = List.of(VICTORIAN, RETRO);

    private Houses() {
    }
}
