package org.csto.dectrack.document;

/** What a member state did with a document. */
public enum PositionKind {
    SIGNED, JOINED_LATER, REFRAINED_NO_OBJECTION, OBJECTED;

    public boolean isSignature() {
        return this == SIGNED || this == JOINED_LATER;
    }
}
