package org.csto.dectrack.activity;

/** What kind of event an activity is. */
public enum ActivityKind {
    /** Joint operational and combat training of the Collective Forces (exercises such as "Interaction-2024"). */
    JOINT_TRAINING,
    /** A special permanent operation run each year ("Channel", "Illegal", "PROXY"). */
    SPECIAL_OPERATION,
    /** An event of cooperation with a partner organisation (UN, CIS, SCO). */
    COOPERATION_EVENT,
    /** A conference, such as the Minsk Conference on Eurasian Security. */
    CONFERENCE,
    /** A working meeting, consultation or summing-up. */
    MEETING,
    OTHER
}
