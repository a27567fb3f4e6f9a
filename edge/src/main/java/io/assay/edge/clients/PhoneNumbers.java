package io.assay.edge.clients;

/** Phone numbers as people write them: compared by their digits only. */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    /** The digits of {@code phone}, in order: "+1 (212) 555-0147" gives "12125550147". */
    public static String digits(String phone) {
        StringBuilder digits = new StringBuilder(phone.length());
        for (int i = 0; i < phone.length(); i++) {
            char c = phone.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    /** The last seven digits: the line, whether or not a country or area code was written before it. */
    public static String line(String phone) {
        String digits = digits(phone);
        return digits.length() <= 7 ? digits : digits.substring(digits.length() - 7);
    }

    /** Whether two numbers are the same line: equal digits, or one the other with a country code before it. */
    public static boolean same(String a, String b) {
        String x = digits(a);
        String y = digits(b);
        if (x.length() < 7 || y.length() < 7) {
            return x.equals(y) && !x.isEmpty();
        }
        return x.endsWith(y) || y.endsWith(x);
    }
}
