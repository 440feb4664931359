package org.csto.dectrack.support;

import java.util.UUID;

/** Values no other test (and no demo row) can hold, to tell a test's own rows from everyone else's. */
public final class Unique {
    private Unique() {
    }

    /** Eight letters and digits: a word for titles, tags and {@code q} searches. */
    public static String word() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /** A body code ("ZT" and six capital letters); demo bodies never start with "ZT". */
    public static String bodyCode() {
        StringBuilder code = new StringBuilder(BODY_PREFIX);
        for (char c : word().substring(0, 6).toCharArray()) {
            code.append((char) ('A' + Character.digit(c, 16)));
        }
        return code.toString();
    }

    public static final String BODY_PREFIX = "ZT";
}
