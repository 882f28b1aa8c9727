package dev.swarmdesk.bench;

import java.util.Random;

/** Ids shaped like the engine's: 25-character object ids, 64-character hex container ids and digests. */
final class FakeEngineIds {

    private static final String ALPHANUMERIC = "0123456789abcdefghijklmnopqrstuvwxyz";
    private static final String HEX = "0123456789abcdef";

    private FakeEngineIds() {
    }

    static String taskId(Random random) {
        return pick(random, ALPHANUMERIC, 25);
    }

    static String hex(Random random, int length) {
        return pick(random, HEX, length);
    }

    private static String pick(Random random, String alphabet, int length) {
        char[] c = new char[length];
        for (int i = 0; i < length; i++) {
            c[i] = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return new String(c);
    }
}
