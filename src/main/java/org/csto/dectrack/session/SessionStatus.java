package org.csto.dectrack.session;

public enum SessionStatus {
    PLANNED, HELD, POSTPONED, CANCELLED
}
