package org.csto.dectrack.document;

/** How one document relates to another, with the name the relation has when seen from the target. */
public enum RelationType {
    APPROVES("APPROVED_BY"),
    IMPLEMENTS("IMPLEMENTED_BY"),
    AMENDS("AMENDED_BY"),
    SUPERSEDES("SUPERSEDED_BY"),
    REPEALS("REPEALED_BY"),
    EXTENDS("EXTENDED_BY"),
    REFERS_TO("REFERRED_TO_BY");

    private final String inverse;

    RelationType(String inverse) {
        this.inverse = inverse;
    }

    public String inverse() {
        return inverse;
    }

    /** Relations that end the target's force; they must never form a cycle. */
    public boolean terminates() {
        return this == SUPERSEDES || this == REPEALS;
    }
}
