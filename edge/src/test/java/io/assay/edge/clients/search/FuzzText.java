package io.assay.edge.clients.search;

import java.util.Random;

/** Text no associate would type: any chars, from any plane, lone surrogates, separators, digits and '@'. */
final class FuzzText {

    private static final String PIECES = " \t\n@.-_'’+()0123456789aeéßæøñ中文Ωж\u0301\u200B\uFEFF\uD83D\uDE00\uD800";

    private FuzzText() {
    }

    static String any(Random random) {
        int length = random.nextInt(20) == 0 ? random.nextInt(5_000) : random.nextInt(30);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(3)) {
                case 0 -> text.append(PIECES.charAt(random.nextInt(PIECES.length())));
                case 1 -> text.append((char) random.nextInt(0x10000));
                default -> text.append((char) ('a' + random.nextInt(26)));
            }
        }
        return text.toString();
    }
}
