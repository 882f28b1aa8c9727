package dev.swarmdesk.cluster;

/** Which output of a container a log line came from. A TTY service has only STDOUT. */
public enum LogStream {
    STDOUT,
    STDERR
}
