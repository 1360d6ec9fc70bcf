# clock-preflight's CLI as a container image, for CI jobs whose own image has no Node (terraform,
# aws-cli): GitLab, Jenkins, CircleCI, Buildkite, CodeBuild. The bundle in dist/cli needs no
# node_modules, so the image is a Node runtime plus that one folder, run as a non-root user.
#
# The runtime keeps a shell (an Alpine Node image, not distroless): GitLab, Jenkins, CircleCI and
# Buildkite run a job's commands through /bin/sh inside the image. A container shares the host's
# clock, so the check measures the machine the job runs on.
#
#   docker build -t clock-preflight .
#   docker run --rm clock-preflight check --aws off

ARG NODE_IMAGE=node:22-alpine

FROM ${NODE_IMAGE} AS bundle
WORKDIR /opt/clock-preflight
COPY package.json LICENSE README.md ./
COPY dist/cli/ dist/cli/
# Source maps stay out of the image; the bundle must start with nothing else installed.
RUN find dist -name '*.map' -type f -delete && chmod 755 dist/cli/index.js && node dist/cli/index.js --version

FROM ${NODE_IMAGE}
LABEL org.opencontainers.image.title="clock-preflight" \
      org.opencontainers.image.description="Checks the machine's clock against NTP, NTS and AWS before anything is signed" \
      org.opencontainers.image.licenses="MIT" \
      org.opencontainers.image.source="https://github.com/clock-preflight/clock-preflight"
COPY --from=bundle /opt/clock-preflight /opt/clock-preflight
RUN ln -s /opt/clock-preflight/dist/cli/index.js /usr/local/bin/clock-preflight
# Measuring needs no privilege; resync inside a container cannot work anyway (the clock is the host's).
USER 1000:1000
ENTRYPOINT ["node", "/opt/clock-preflight/dist/cli/index.js"]
CMD ["check"]
