package dev.swarmdesk.ui.timeline;

/** What a timeline entry is about. */
public enum TimelineKind {
    /** A task failed (or was lost with its node); completed in place when its replacement runs. */
    FAILURE,
    NODE_DOWN,
    NODE_UP
}
