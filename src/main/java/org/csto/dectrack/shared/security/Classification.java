package org.csto.dectrack.shared.security;

/**
 * How widely a document (and with it its measures and reports) may be read, in increasing order; also a caller's
 * clearance: a caller sees what is classified at or below its clearance.
 */
public enum Classification {
    PUBLIC, RESTRICTED, CONFIDENTIAL;

    /** Whether a caller with this clearance may see what is classified {@code classification}. */
    public boolean clears(Classification classification) {
        return classification.ordinal() <= ordinal();
    }
}
