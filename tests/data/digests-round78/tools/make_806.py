#!/usr/bin/env python3
"""806 (negative): a Docker Compose file (`compose.yml`, Compose Specification, no `version:` key) for a Turkish lab's
annotation and experiment-tracking stack: `x-` extension fields with YAML anchors (`&default-logging`) and `<<:` merge
keys, `${VAR:-default}` / `${VAR:?error}` interpolation and `$$` escapes, services with image / build, environment as a
map and as a list, short- and long-syntax ports and volumes, healthchecks (`CMD-SHELL`), `depends_on` with conditions,
profiles, deploy GPU reservations, named volumes and networks, secrets. Turkish comments; software and datasets only,
no paper."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num

F = by_num(806)
text = r'''# compose.yml — Görüntü İşleme ve Örüntü Tanıma Laboratuvarı (GİÖTL) etiketleme + deney takip yığını
#
# Kullanım:
#   cp .env.ornek .env          # şifreleri doldurun, .env dosyasını ASLA depoya göndermeyin
#   docker compose up -d         # temel servisler (etiketleme, veritabanı, nesne deposu, MLflow)
#   docker compose --profile gpu up -d   # + GPU'lu ön-etiketleme (ML backend) servisi
#
# Sorumlu: Elif Karaca (elif.karaca@example.edu.tr) — değişiklik yapmadan önce #altyapi kanalına yazın.
# Son güncelleme: 2024-03-04 (MinIO sürümü yükseltildi, MLflow artefakt deposu S3'e taşındı)

x-varsayilan-log: &default-logging
  driver: json-file
  options:
    max-size: "20m"
    max-file: "5"

x-ortak-ortam: &common-env
  TZ: Europe/Istanbul
  # Proxy yalnızca üniversite ağı içinden dışarı çıkarken gerekli
  HTTP_PROXY: ${HTTP_PROXY:-}
  HTTPS_PROXY: ${HTTPS_PROXY:-}
  NO_PROXY: localhost,127.0.0.1,postgres,minio,mlflow

services:
  postgres:
    image: postgres:15.6-alpine
    restart: unless-stopped
    logging: *default-logging
    environment:
      <<: *common-env
      POSTGRES_USER: ${PG_USER:-giotl}
      POSTGRES_PASSWORD: ${PG_PASSWORD:?PG_PASSWORD .env icinde tanimlanmali}
      POSTGRES_DB: labelstudio
    volumes:
      - pg-veri:/var/lib/postgresql/data
      # İlk açılışta MLflow için ikinci veritabanını oluşturan betik
      - ./initdb/10-mlflow.sql:/docker-entrypoint-initdb.d/10-mlflow.sql:ro
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U $${POSTGRES_USER} -d labelstudio"]
      interval: 10s
      timeout: 5s
      retries: 6
    networks: [arka]

  minio:
    image: minio/minio:RELEASE.2024-02-26T09-33-48Z
    restart: unless-stopped
    logging: *default-logging
    command: server /data --console-address ":9001"
    environment:
      <<: *common-env
      MINIO_ROOT_USER: ${MINIO_USER:-giotl-admin}
      MINIO_ROOT_PASSWORD: ${MINIO_PASSWORD:?MINIO_PASSWORD eksik}
    ports:
      - "127.0.0.1:9000:9000"   # S3 API — dışarıya yalnızca nginx üzerinden açılır
      - "127.0.0.1:9001:9001"   # yönetim konsolu
    volumes:
      - type: bind
        source: /srv/giotl/minio
        target: /data
    healthcheck:
      test: ["CMD-SHELL", "curl -fsS http://localhost:9000/minio/health/live || exit 1"]
      interval: 30s
      timeout: 10s
      retries: 3
    networks: [arka]

  # Kovaları (bucket) oluşturan tek seferlik iş: etiketleme görüntüleri, dışa aktarımlar, MLflow artefaktları
  minio-kurulum:
    image: minio/mc:RELEASE.2024-02-24T01-33-20Z
    depends_on:
      minio:
        condition: service_healthy
    entrypoint: >
      /bin/sh -c "
      mc alias set yerel http://minio:9000 $${MINIO_ROOT_USER} $${MINIO_ROOT_PASSWORD} &&
      mc mb --ignore-existing yerel/etiket-goruntuleri &&
      mc mb --ignore-existing yerel/etiket-disari-aktarim &&
      mc mb --ignore-existing yerel/mlflow-artefakt &&
      mc anonymous set none yerel/etiket-goruntuleri
      "
    environment:
      MINIO_ROOT_USER: ${MINIO_USER:-giotl-admin}
      MINIO_ROOT_PASSWORD: ${MINIO_PASSWORD:?MINIO_PASSWORD eksik}
    restart: "no"
    networks: [arka]

  label-studio:
    image: heartexlabs/label-studio:1.11.0
    restart: unless-stopped
    logging: *default-logging
    depends_on:
      postgres:
        condition: service_healthy
      minio-kurulum:
        condition: service_completed_successfully
    environment:
      - TZ=Europe/Istanbul
      - DJANGO_DB=default
      - POSTGRE_NAME=labelstudio
      - POSTGRE_USER=${PG_USER:-giotl}
      - POSTGRE_PASSWORD=${PG_PASSWORD}
      - POSTGRE_HOST=postgres
      - POSTGRE_PORT=5432
      - LABEL_STUDIO_HOST=https://etiket.giotl.example.edu.tr
      # Kayıt kapalı: yeni etiketleyiciler davet bağlantısıyla eklenir
      - LABEL_STUDIO_DISABLE_SIGNUP_WITHOUT_LINK=true
      - LABEL_STUDIO_LOCAL_FILES_SERVING_ENABLED=true
      - LABEL_STUDIO_LOCAL_FILES_DOCUMENT_ROOT=/veri
    volumes:
      - ls-veri:/label-studio/data
      # Salt okunur veri kümeleri: trafik işaretleri (kendi topladığımız), tarım dronu görüntüleri, COCO alt kümesi
      - /srv/giotl/veri-kumeleri:/veri:ro
    expose:
      - "8080"
    networks: [arka, on]

  # Ön-etiketleme: etiketleyicilere öneri kutuları üreten ML backend. Yalnızca GPU sunucusunda çalışır.
  ml-backend:
    build:
      context: ./ml-backend
      dockerfile: Dockerfile
      args:
        TORCH_VERSION: "2.2.1"
        CUDA_TAG: cu121
    profiles: [gpu]
    restart: unless-stopped
    logging: *default-logging
    environment:
      <<: *common-env
      LABEL_STUDIO_URL: http://label-studio:8080
      LABEL_STUDIO_API_KEY: ${LS_API_KEY:?LS_API_KEY eksik}
      # Model ağırlıkları MinIO'dan indirilir; dosya adı sürüm etiketini içerir
      MODEL_URI: s3://mlflow-artefakt/modeller/trafik-isaret-dedektor/v7/model.pt
      SKOR_ESIGI: "0.35"
      AWS_ACCESS_KEY_ID: ${MINIO_USER:-giotl-admin}
      AWS_SECRET_ACCESS_KEY: ${MINIO_PASSWORD}
      AWS_S3_ENDPOINT_URL: http://minio:9000
    deploy:
      resources:
        reservations:
          devices:
            - driver: nvidia
              count: 1
              capabilities: [gpu]
    networks: [arka]

  mlflow:
    build:
      context: ./mlflow
    image: giotl/mlflow:2.10.2
    restart: unless-stopped
    logging: *default-logging
    depends_on:
      postgres:
        condition: service_healthy
      minio-kurulum:
        condition: service_completed_successfully
    command: >
      mlflow server
      --backend-store-uri postgresql://${PG_USER:-giotl}:${PG_PASSWORD}@postgres:5432/mlflow
      --artifacts-destination s3://mlflow-artefakt
      --serve-artifacts
      --host 0.0.0.0 --port 5000
    environment:
      <<: *common-env
      MLFLOW_S3_ENDPOINT_URL: http://minio:9000
      AWS_ACCESS_KEY_ID: ${MINIO_USER:-giotl-admin}
      AWS_SECRET_ACCESS_KEY: ${MINIO_PASSWORD}
    expose:
      - "5000"
    networks: [arka, on]

  nginx:
    image: nginx:1.25-alpine
    restart: unless-stopped
    logging: *default-logging
    depends_on: [label-studio, mlflow]
    ports:
      - target: 443
        published: 443
        protocol: tcp
        mode: host
      - "80:80"   # yalnızca HTTPS'e yönlendirme
    volumes:
      - ./nginx/conf.d:/etc/nginx/conf.d:ro
      - /etc/letsencrypt:/etc/letsencrypt:ro
    secrets:
      - mlflow_htpasswd
    networks: [on]

  # Gece yedeği: veritabanı dökümü + MinIO senkronu, 14 gün saklanır
  yedek:
    image: giotl/yedek:2024-02
    profiles: [yedek]
    environment:
      <<: *common-env
      PGHOST: postgres
      PGUSER: ${PG_USER:-giotl}
      PGPASSWORD: ${PG_PASSWORD}
      SAKLAMA_GUN: "14"
      HEDEF: /yedek
      ZAMANLAMA: "30 2 * * *"
    volumes:
      - /mnt/nas/giotl-yedek:/yedek
    networks: [arka]

volumes:
  pg-veri:
  ls-veri:
    # Etiketleme projelerinin dışa aktarımları burada birikir; ayda bir temizleyin
    driver: local

networks:
  arka:
    internal: true
  on:
    driver: bridge

secrets:
  mlflow_htpasswd:
    file: ./nginx/mlflow.htpasswd
'''
write(F, text, negative=True)
