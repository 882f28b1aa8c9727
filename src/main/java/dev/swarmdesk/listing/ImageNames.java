package dev.swarmdesk.listing;

/** Image references as the docker CLI displays them in lists. */
public final class ImageNames {

    private static final String DEFAULT_DOMAIN = "docker.io/";
    private static final String OFFICIAL = "docker.io/library/";

    private ImageNames() {
    }

    /**
     * Drops the digest of a tagged reference and the default registry, like the CLI's
     * `reference.FamiliarString` on a NamedTagged: "docker.io/library/nginx:1@sha256:.." gives
     * "nginx:1". A reference with a digest but no tag keeps its digest.
     */
    public static String display(String image) {
        if (image == null || image.isEmpty()) {
            return "";
        }
        String ref = image;
        int at = ref.indexOf('@');
        String nameTag = at >= 0 ? ref.substring(0, at) : ref;
        boolean tagged = nameTag.lastIndexOf(':') > nameTag.lastIndexOf('/');
        if (at >= 0 && tagged) {
            ref = nameTag;
        }
        if (ref.startsWith(OFFICIAL)) {
            return ref.substring(OFFICIAL.length());
        }
        if (ref.startsWith(DEFAULT_DOMAIN)) {
            return ref.substring(DEFAULT_DOMAIN.length());
        }
        return ref;
    }
}
