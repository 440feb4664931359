package org.csto.dectrack.document;

/** Whether a document has legal effect on a date; always computed, never typed in. */
public enum LegalForce {
    NOT_YET_IN_FORCE, IN_FORCE, PARTIALLY_IN_FORCE, EXPIRED, SUPERSEDED, REPEALED
}
