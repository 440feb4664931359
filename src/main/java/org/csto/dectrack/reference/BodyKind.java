package org.csto.dectrack.reference;

/** What kind of organ a body is. */
public enum BodyKind {
    SUPREME_COUNCIL, MINISTERIAL_COUNCIL, PERMANENT_COUNCIL, PARLIAMENTARY_ASSEMBLY, WORKING_BODY
}
