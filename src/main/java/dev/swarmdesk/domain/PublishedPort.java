package dev.swarmdesk.domain;

/** A port a service publishes; publishMode is "ingress" or "host". */
public record PublishedPort(String protocol, long targetPort, long publishedPort, String publishMode) {
}
