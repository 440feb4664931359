package org.csto.dectrack.session;

public enum SessionFormat {
    IN_PERSON, VIDEO, HYBRID
}
