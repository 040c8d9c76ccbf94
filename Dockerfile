# reflectbot: a first image. Data lives in the /data volume; the bot runs as a non-root user.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    REFLECTBOT_DATA_DIR=/data

WORKDIR /app
COPY pyproject.toml README.md LICENSE babel.cfg ./
COPY bot ./bot
COPY dialogues ./dialogues
COPY locales ./locales
RUN pip install "babel>=2.14" \
    && pybabel compile -d locales -D reflectbot \
    && pip install . \
    && reflectbot dialogue check \
    && useradd --system --uid 10001 --home /data reflectbot \
    && mkdir -p /data && chown reflectbot /data && chmod 0700 /data

USER reflectbot
VOLUME ["/data"]
ENTRYPOINT ["reflectbot"]
CMD ["run"]
