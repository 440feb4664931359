package org.csto.dectrack.session;

public enum SessionKind {
    REGULAR, EXTRAORDINARY
}
