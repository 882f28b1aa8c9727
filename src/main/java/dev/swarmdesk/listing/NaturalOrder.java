package dev.swarmdesk.listing;

import java.util.Comparator;

/**
 * Compares names the way people read them, as the docker CLI sorts (sortorder.NaturalLess):
 * "web.2" before "web.10" (digit runs as numbers), and a digit before any other character.
 */
public final class NaturalOrder implements Comparator<String> {

    public static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int ei = runEnd(a, i);
                int ej = runEnd(b, j);
                int c = compareNumbers(a.substring(i, ei), b.substring(j, ej));
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
            } else if (Character.isDigit(ca) != Character.isDigit(cb)) {
                // like the CLI's sortorder.NaturalLess: a digit sorts before any other character
                return Character.isDigit(ca) ? -1 : 1;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** Leading zeros to skip, keeping the last digit ("000" reads as "0"). */
    private static int leadingZeros(String digits) {
        int k = 0;
        while (k < digits.length() - 1 && digits.charAt(k) == '0') {
            k++;
        }
        return k;
    }

    private static int runEnd(String s, int from) {
        int k = from;
        while (k < s.length() && Character.isDigit(s.charAt(k))) {
            k++;
        }
        return k;
    }

    private static int compareNumbers(String x, String y) {
        String a = x.substring(leadingZeros(x));
        String b = y.substring(leadingZeros(y));
        if (a.length() != b.length()) {
            return Integer.compare(a.length(), b.length());
        }
        int c = a.compareTo(b);
        return c != 0 ? c : Integer.compare(x.length(), y.length());
    }
}
