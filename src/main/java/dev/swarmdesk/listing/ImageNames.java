package dev.swarmdesk.listing;

/** Image references as the docker CLI displays them in lists. */
public final class ImageNames {

    private static final String DEFAULT_DOMAIN = "docker.io/";
    private static final String OFFICIAL = "docker.io/library/";
    private static final String LIBRARY = "library/";

    private ImageNames() {
    }

    /**
     * Drops the digest of a tagged reference and the default registry, like the CLI's
     * `reference.FamiliarString` on a NamedTagged: "docker.io/library/nginx:1@sha256:.." gives
     * "nginx:1". A reference without a tag is shown as it is.
     */
    public static String display(String image) {
        if (image == null || image.isEmpty()) {
            return "";
        }
        int at = image.indexOf('@');
        String nameTag = at >= 0 ? image.substring(0, at) : image;
        int slash = nameTag.lastIndexOf('/');
        boolean tagged = nameTag.lastIndexOf(':') > slash;
        if (!tagged) {
            // the CLI shortens only tagged references; others are shown as the spec has them
            return image;
        }
        String ref = nameTag;
        if (ref.startsWith(OFFICIAL)) {
            return ref.substring(OFFICIAL.length());
        }
        if (ref.startsWith(DEFAULT_DOMAIN)) {
            return ref.substring(DEFAULT_DOMAIN.length());
        }
        if (ref.startsWith(LIBRARY) && domainless(ref)) {
            return ref.substring(LIBRARY.length());
        }
        return ref;
    }

    /** The short digest of a pinned reference ("sha256:0123456789ab"), or "" when unpinned. */
    public static String shortDigest(String image) {
        int at = image == null ? -1 : image.indexOf("@sha256:");
        if (at < 0) {
            return "";
        }
        String hex = image.substring(at + "@sha256:".length());
        return "sha256:" + hex.substring(0, Math.min(12, hex.length()));
    }

    /** A reference whose first part is not a registry host (no dot, no port, not localhost). */
    private static boolean domainless(String ref) {
        String first = ref.substring(0, ref.indexOf('/'));
        return !first.contains(".") && !first.contains(":") && !first.equals("localhost");
    }
}
