package dev.swarmdesk.cli;

/** How list commands print: an aligned table like the docker CLI, or one JSON array. */
public enum OutputFormat { table, json }
