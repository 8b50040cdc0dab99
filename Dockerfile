# Build: docker build -t klar .
# Run:   docker run --rm -i --network host klar produce -b localhost:9092 -t t
FROM rust:1-bookworm AS build
WORKDIR /src
COPY .ci/build-packages .ci/build-packages
RUN apt-get update \
 && apt-get install -y --no-install-recommends $(grep -v '^#' .ci/build-packages) \
 && rm -rf /var/lib/apt/lists/*
COPY Cargo.toml Cargo.lock ./
COPY src src
RUN cargo build --release --locked && strip target/release/klar

FROM debian:bookworm-slim
# Only the shared libraries the binary links: libssl, libsasl2, zlib.
RUN apt-get update \
 && apt-get install -y --no-install-recommends libssl3 libsasl2-2 zlib1g ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --create-home klar
COPY --from=build /src/target/release/klar /usr/local/bin/klar
USER klar
ENTRYPOINT ["klar"]
