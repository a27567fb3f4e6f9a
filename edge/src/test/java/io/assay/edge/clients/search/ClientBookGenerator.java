package io.assay.edge.clients.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A believable client book of an international boutique, the same for the same seed: given and family
 * names of twenty origins as they are written (accents, particles, hyphens, apostrophes, some in
 * Greek, Cyrillic, Chinese or Japanese script), a long tail of rarer family names built from each
 * origin's syllables, phone numbers of the origin's country in the formats people write them in, and
 * email addresses made from the names.
 */
public final class ClientBookGenerator {

    /** A generated client: the entry, and its phone numbers in parts so they can be written differently. */
    public record GeneratedClient(ClientEntry entry, List<Phone> phones, Origin origin) {
    }

    /** How a phone number is written. */
    public enum PhoneStyle { INTERNATIONAL, INTERNATIONAL_COMPACT, NATIONAL, NATIONAL_COMPACT, NATIONAL_DOTTED, NATIONAL_DASHED }

    /** A phone number: country code, trunk prefix dialled at home ("0" in France, "8" in Russia), national number in groups. */
    public record Phone(String countryCode, String trunk, int[] groups, String national) {

        public String format(PhoneStyle style) {
            return switch (style) {
                case INTERNATIONAL -> "+" + countryCode + " " + grouped(" ");
                case INTERNATIONAL_COMPACT -> "+" + countryCode + national;
                case NATIONAL -> countryCode.equals("1") ? northAmerican() : trunk + grouped(" ");
                case NATIONAL_COMPACT -> trunk + national;
                case NATIONAL_DOTTED -> trunk + grouped(".");
                case NATIONAL_DASHED -> trunk + grouped("-");
            };
        }

        private String grouped(String separator) {
            StringBuilder out = new StringBuilder();
            int at = 0;
            for (int g : groups) {
                if (at > 0) {
                    out.append(separator);
                }
                out.append(national, at, at + g);
                at += g;
            }
            return out.toString();
        }

        private String northAmerican() {
            return "(" + national.substring(0, 3) + ") " + national.substring(3, 6) + "-" + national.substring(6);
        }
    }

    /**
     * Where a client's name comes from. Names are "written|romanised" when written in another script;
     * '_' is a space within a name, and a family name ending in '+' is a particle or prefix that takes
     * another name after it ("de_la_+", "O'+").
     */
    public enum Origin {
        FRENCH(18, "33", "0", new int[] {1, 2, 2, 2, 2},
                "Amélie Hélène Zoé Chloé Léa Noémie Jérôme François Gaël Anaïs Maëlle Inès Clémence Benoît Thérèse Édouard Camille Aurélien Mathéo Solène",
                "Durand Lefèvre Bérenger Gauthier Dupré Thébault Mérieux Écuyer Lévêque Moreau Rousseau Girard Faure Mercier Blanchard Chevalier Brûlé Lemaître Saint-Exupéry Le_Goff de_la_+ de_+ du_+",
                "Beau Char Mont Ver Roch Lan Gir Bel Mar Fon Bour Ros Pell Cour Lav", "ier and ault elle on ot eau in ard ès ière ac oux enne et"),
        ITALIAN(8, "39", "", new int[] {3, 3, 4},
                "Niccolò Lucia Giulia Matteo Francesca Lorenzo Chiara Alessandro Elisa Tommaso Beatrice Raffaele",
                "Rossi Bianchi Ferrari Esposito Galli Romano Colombo Ricci Marino Greco Bruno Conti De_+ Di_+ Lo_+ Dell'+",
                "Bel Ca Fio Mar Cas Ros Ser Val Lom Pag Ven", "ini etti ucci ardi oni ello one ari azzi otti"),
        GERMAN(9, "49", "0", new int[] {3, 8},
                "Jürgen Björn Käthe Lukas Maximilian Sophie Jörg Anneliese Günther Lena Tobias Hannelore Wolfgang",
                "Müller Schröder Weiß Groß Köhler Bäcker Schäfer Hoffmann Krüger Meißner Schmidt Wagner Fußmann von_+ zu_+",
                "Wald Stein Berg Hof Lind Brun Eich Kirch Roth Schön Alt", "mann er bach hausen berger ecker inger feld horst"),
        SWISS(4, "41", "0", new int[] {2, 3, 2, 2},
                "Urs Reto Corinne Beat Mélanie Ursula Dario Nadine Luca Seraina",
                "Zürcher Brändli Gerber Frey Huber Keller Rüegg Bühler Favre Studer de_+",
                "Zum Wid Gass Mett Hal Sut", "li er egger ler mann ach"),
        SPANISH(7, "34", "", new int[] {3, 2, 2, 2},
                "José María Ángel Íñigo Begoña Nuria Ignacio Lucía Álvaro Pilar Mercedes Sebastián",
                "García Núñez Peña Muñoz Ibáñez Gómez Fernández López Martínez Sánchez García-Márquez Ortega de_la_+ del_+",
                "Al Bel Car Es Gon Mar Ro Val Ver", "ado ero ez illa ón ares uela anes"),
        PORTUGUESE(3, "351", "", new int[] {3, 3, 3},
                "João Conceição Gonçalo Inês Tomás Leonor Duarte Beatriz",
                "Gonçalves Magalhães Pereira Rodrigues Ferreira Carvalho da_+ dos_+",
                "Al Bar Cor Fal Mon Sal", "eiro ão ães ada inho"),
        ENGLISH(10, "44", "0", new int[] {4, 6},
                "James Olivia Emily Charlotte Henry Amelia George Harriet Oliver Imogen Edward Victoria",
                "Smith Taylor Thompson Wright Walker Hughes Edwards Clarke Harrison Fitzgerald Ashworth Pemberton-Hale",
                "Ash Brad Chad Hal Kings Lang Whit Wood Pem Red", "ford ley ton worth wick field shaw more by"),
        AMERICAN(8, "1", "", new int[] {3, 3, 4},
                "Michael Jennifer Ashley Christopher Madison Tyler Brittany Jordan Kayla Brandon Megan",
                "Johnson Williams Brown Jones Miller Davis Anderson Jackson White Harris Robinson Lewis",
                "Black Hart Stan Gold Wash Carl Mor Dal", "son ton well man berg wood stone ley"),
        IRISH(3, "353", "0", new int[] {2, 3, 4},
                "Siobhán Seán Niamh Aoife Pádraig Caoimhe Eoin Ciarán Róisín",
                "Brennan Doyle Kavanagh Byrne O'+ Mc+ Mac+",
                "Neil Brien Carthy Leod Sullivan Donnell Connor Kenna Grath Mahon", ""),
        DUTCH(3, "31", "0", new int[] {1, 8},
                "Sanne Daan Joost Maartje Femke Sjoerd Anouk Thijs Eline",
                "Janssen Bakker Visser Smit Meijer Mulder de_+ van_+ van_der_+ van_den_+",
                "Berg Dijk Vries Heuvel Bos Kamp Hof Veen Wijk Brink", ""),
        NORDIC(3, "46", "0", new int[] {2, 3, 2, 2},
                "Søren Åsa Björn Øystein Mikael Ingrid Siv Märta Åke Sigrún Þóra",
                "Nørgaard Åberg Lindqvist Sjöberg Halvorsen Ødegaard Ægidius Bjørnstad Håkansson Þórsdóttir",
                "Lund Sand Ny Berg Holm Fors Dahl Strand", "gren qvist ström berg lund sen dal"),
        POLISH_CZECH(3, "48", "", new int[] {3, 3, 3},
                "Łukasz Agnieszka Małgorzata Jiří Tomáš Zuzana Wojciech Kateřina",
                "Wiśniewski Kowalczyk Dvořák Nováková Łapiński Černý Wójcik Procházka",
                "Kra Wol Now Dąb Sad Ost Bor", "owski ewska iak czyk ek ová"),
        TURKISH(2, "90", "0", new int[] {3, 3, 2, 2},
                "Şule Gökhan Çağla İbrahim Ayşe Mehmet Elif Barış",
                "Yılmaz Öztürk Çelik Şahin Doğan Kılıç Aydın Özdemir",
                "Kara Ak Yıl Er Gül Tun", "oğlu han demir can soy"),
        GREEK(2, "30", "", new int[] {3, 3, 4},
                "Nikos Eleni Dimitrios Sofia Ελένη|Eleni Γιώργος|Giorgos Κατερίνα|Katerina",
                "Papadopoulos Georgiou Konstantinidis Oikonomou Παπαδόπουλος|Papadopoulos Αλεξίου|Alexiou",
                "Papa Kosta Vla Mano", "poulos akis idis ou"),
        RUSSIAN(3, "7", "8", new int[] {3, 3, 2, 2},
                "Ivan Natalia Olga Dmitri Svetlana Иван|Ivan Ольга|Olga Наталья|Natalya Алексей|Aleksei",
                "Ivanov Petrova Smirnov Sokolova Volkov Петров|Petrov Соколова|Sokolova Кузнецов|Kuznetsov",
                "Bel Gor Zam Kras Lebed Mor", "ov ova in ina sky enko"),
        GULF(5, "971", "0", new int[] {2, 3, 4},
                "Mohammed Fatima Aisha Khalid Noura Omar Hessa Rashid Mariam Saeed",
                "Haddad Khoury Nasser Mansour Al-Farsi El-Amin Al_+ Al-+ bin_+",
                "Mazrouei Suwaidi Hashimi Qasimi Ketbi Shamsi Mheiri Dhaheri Falasi Marri", ""),
        CHINESE(5, "86", "", new int[] {3, 4, 4},
                "Wei Xiaoming Mei Jing Hao Yifan Lan 伟|Wei 敏|Min 静|Jing",
                "Wang Li Zhang Liu Chen Yang Zhao Huang Zhou 王|Wang 李|Li 张|Zhang 陈|Chen",
                "", ""),
        JAPANESE(3, "81", "0", new int[] {2, 4, 4},
                "Yuki Haruto Sakura Ren Aiko Hiroshi Yūto Ōka さくら|Sakura",
                "Satō Suzuki Takahashi Tanaka Watanabe Itō Yamamoto Nakamura Ōno 佐藤|Sato 鈴木|Suzuki",
                "Yama Naka Kawa Mori Taka Ishi", "moto mura da saki hara kawa"),
        INDIAN(2, "91", "0", new int[] {5, 5},
                "Aarav Priya Ananya Rohan Vikram Lakshmi Arjun Kavya",
                "Sharma Patel Iyer Reddy Gupta Menon Chatterjee Nair",
                "Bala Krish Ragh Subra Venk", "avan aman an ish amurthy"),
        VIETNAMESE(2, "84", "0", new int[] {2, 3, 4},
                "Minh Anh Thu Ngọc Hương Quốc Thị Đức",
                "Nguyễn Trần Lê Phạm Hoàng Phan Vũ Đặng",
                "", "");

        final int weight;
        final String countryCode;
        final String trunk;
        final int[] groups;
        final String[] given;
        final String[] family;
        final String[] heads;
        final String[] tails;

        Origin(int weight, String countryCode, String trunk, int[] groups, String given, String family, String heads, String tails) {
            this.weight = weight;
            this.countryCode = countryCode;
            this.trunk = trunk;
            this.groups = groups;
            this.given = given.split(" ");
            this.family = family.split(" ");
            this.heads = heads.isEmpty() ? new String[0] : heads.split(" ");
            this.tails = tails.isEmpty() ? new String[] {""} : tails.split(" ");
        }
    }

    private static final String[] DOMAINS = {"gmail.com", "outlook.com", "icloud.com", "yahoo.fr", "orange.fr", "gmx.de",
        "web.de", "libero.it", "hotmail.co.uk", "proton.me", "bluewin.ch", "qq.com", "yandex.ru", "family-office.ch"};

    private final Random random;
    private final int totalWeight;
    private int next;

    public ClientBookGenerator(long seed) {
        this.random = new Random(seed);
        int total = 0;
        for (Origin o : Origin.values()) {
            total += o.weight;
        }
        this.totalWeight = total;
    }

    public List<GeneratedClient> clients(int count) {
        List<GeneratedClient> clients = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            clients.add(next());
        }
        return clients;
    }

    public GeneratedClient next() {
        Origin origin = origin();
        String[] given = split(pick(origin.given));
        String[] family = familyName(origin);
        List<Phone> phones = new ArrayList<>();
        int phoneCount = random.nextInt(10) < 1 ? 0 : random.nextInt(10) < 7 ? 1 : 2;
        for (int i = 0; i < phoneCount; i++) {
            phones.add(phone(random.nextInt(8) == 0 ? origin() : origin));
        }
        List<String> phoneTexts = phones.stream().map(p -> p.format(pick(PhoneStyle.values()))).toList();
        List<String> emails = new ArrayList<>();
        int emailCount = random.nextInt(10) < 2 ? 0 : random.nextInt(10) < 8 ? 1 : 2;
        for (int i = 0; i < emailCount; i++) {
            emails.add(email(given[1], family[1]));
        }
        // A few clients are known by one name only (an old card, a celebrity's assistant).
        boolean familyOnly = random.nextInt(100) == 0;
        ClientEntry entry = new ClientEntry(String.format(Locale.ROOT, "c-%07d", ++next), familyOnly ? null : given[0], family[0],
                phoneTexts, emails);
        return new GeneratedClient(entry, phones, origin);
    }

    private Origin origin() {
        int r = random.nextInt(totalWeight);
        for (Origin o : Origin.values()) {
            r -= o.weight;
            if (r < 0) {
                return o;
            }
        }
        throw new AssertionError();
    }

    /** [written, romanised] of a family name: a common one, or a rarer one made of the origin's syllables. */
    private String[] familyName(Origin origin) {
        String picked = pick(origin.family).replace('_', ' ');
        if (picked.endsWith("+")) {
            String particle = picked.substring(0, picked.length() - 1);
            String name = particle + (origin.heads.length == 0 ? split(plainFamilyName(origin))[1] : tailName(origin));
            return new String[] {name, name};
        }
        if (origin.tails.length > 1 && random.nextInt(100) < 45) {
            String name = tailName(origin);
            return new String[] {name, name};
        }
        return split(picked);
    }

    private String plainFamilyName(Origin origin) {
        String picked;
        do {
            picked = pick(origin.family).replace('_', ' ');
        } while (picked.endsWith("+"));
        return picked;
    }

    /** One of the origin's name heads, or heads and a tail ("Char" "oux" gives "Charoux", "Beauroch" "ier" "Beaurochier"). */
    private String tailName(Origin origin) {
        if (origin.tails.length == 1) {
            return pick(origin.heads);
        }
        String name = pick(origin.heads) + (random.nextInt(3) == 0 ? pick(origin.heads).toLowerCase(Locale.ROOT) : "") + pick(origin.tails);
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    private Phone phone(Origin origin) {
        int length = 0;
        for (int g : origin.groups) {
            length += g;
        }
        StringBuilder national = new StringBuilder();
        national.append(1 + random.nextInt(9));
        while (national.length() < length) {
            national.append(random.nextInt(10));
        }
        return new Phone(origin.countryCode, origin.trunk, origin.groups, national.toString());
    }

    private String email(String given, String family) {
        String g = ascii(given);
        String f = ascii(family);
        String local = switch (random.nextInt(6)) {
            case 0 -> g + "." + f;
            case 1 -> g.charAt(0) + f;
            case 2 -> g + "." + f + (60 + random.nextInt(40));
            case 3 -> g + "_" + f;
            case 4 -> f + "." + g;
            default -> g.charAt(0) + "." + f;
        };
        String address = local + "@" + pick(DOMAINS);
        return random.nextInt(20) == 0 ? address.substring(0, 1).toUpperCase(Locale.ROOT) + address.substring(1) : address;
    }

    /** What a name becomes in an address: folded, letters only. */
    private static String ascii(String name) {
        String letters = NameFolding.fold(name).replaceAll("[^a-z]", "");
        return letters.isEmpty() ? "client" : letters;
    }

    /** [written, romanised] of "written|romanised" or of a name written in Latin letters. */
    private static String[] split(String name) {
        int bar = name.indexOf('|');
        return bar < 0 ? new String[] {name, name} : new String[] {name.substring(0, bar), name.substring(bar + 1)};
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
