package dev.swarmdesk.ui.shell;

/**
 * What the connect dialog asks for. Empty strings mean "not given".
 *
 * @param hosts one or more engine addresses of one cluster's managers, comma-separated
 * @param context a docker context name, instead of hosts
 */
public record ConnectionForm(String name, String hosts, String context, boolean tlsVerify, String caCert,
                             String cert, String key) {
}
