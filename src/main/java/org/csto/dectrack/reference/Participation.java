package org.csto.dectrack.reference;

/** Whether a member state takes part in the Organization's work (Armenia froze its participation in 2024). */
public enum Participation {
    ACTIVE, SUSPENDED
}
