package dev.swarmdesk.listing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class ImageNamesTest {

    private static final String DIGEST = "sha256:2d5c1a4b6f3e8e9c0d7a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6";

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // tagged: the digest goes
            "nginx:1.25@" + DIGEST + ",nginx:1.25",
            "docker.io/library/nginx:1.25@" + DIGEST + ",nginx:1.25",
            "127.0.0.1:5999/lab/busybox:1@" + DIGEST + ",127.0.0.1:5999/lab/busybox:1",
            "localhost:5000/team/app:v2@" + DIGEST + ",localhost:5000/team/app:v2",
            // the default registry goes, other registries stay
            "docker.io/library/redis:7,redis:7",
            "docker.io/bitnami/redis:7@" + DIGEST + ",bitnami/redis:7",
            "ghcr.io/org/app:v2,ghcr.io/org/app:v2",
            "127.0.0.1:5999/lab/busybox:1,127.0.0.1:5999/lab/busybox:1",
            // untagged: the digest is all that names the image, so it stays
            "busybox@" + DIGEST + ",busybox@" + DIGEST,
            "localhost:5000/app@" + DIGEST + ",localhost:5000/app@" + DIGEST,
            "127.0.0.1:5999/lab/busybox,127.0.0.1:5999/lab/busybox",
    })
    void displaysLikeTheCli(String image, String expected) {
        assertThat(ImageNames.display(image)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void nothingGivesNothing(String image) {
        assertThat(ImageNames.display(image)).isEmpty();
    }
}
