# reflectbot: a slim, non-root image. Data (database and key file) lives in the /data volume.
# Build: docker build -t reflectbot .   Run: see docs/deploy.md.

FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
COPY pyproject.toml README.md LICENSE babel.cfg requirements.lock ./
COPY bot ./bot
COPY dialogues ./dialogues
COPY locales ./locales
# The catalogs are compiled here (.mo files are not in git), then bundled into the wheel.
RUN python -m venv /opt/reflectbot \
    && /opt/reflectbot/bin/pip install "babel>=2.14" \
    && /opt/reflectbot/bin/pybabel compile -d locales -D reflectbot \
    && /opt/reflectbot/bin/pip install --constraint requirements.lock .

FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PATH=/opt/reflectbot/bin:$PATH \
    REFLECTBOT_DATA_DIR=/data \
    REFLECTBOT_LOG_FORMAT=json
COPY --from=build /opt/reflectbot /opt/reflectbot
RUN useradd --system --uid 10001 --user-group --home-dir /data --shell /usr/sbin/nologin reflectbot \
    && mkdir -p /data && chown reflectbot:reflectbot /data && chmod 0700 /data \
    && reflectbot dialogue check
USER 10001:10001
WORKDIR /data
VOLUME ["/data"]
# /healthz and /metrics (Prometheus); the webhook port (8443) is opened only in webhook mode.
EXPOSE 9100
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:9100/healthz', timeout=4).status != 200)"]
ENTRYPOINT ["reflectbot"]
CMD ["run", "--metrics-port", "9100"]
