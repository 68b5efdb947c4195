#!/usr/bin/env python3
"""826 (negative): an nginx site configuration, /etc/nginx/sites-available/research-services.conf, with Thai
comments: `map` for WebSocket upgrades, `limit_req_zone`, `upstream` blocks, an HTTP→HTTPS redirect server, TLS
servers for JupyterHub, MLflow, Label Studio, Grafana, a Wiki.js lab wiki and a MinIO dataset endpoint, `location`
blocks (prefix, `=`, `~*` regex), proxy headers, `auth_basic`, `allow` / `deny`, `include` snippets. No paper."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num

F = by_num(826)


def proxied(name, host, upstream, comment, extra="", ws=False, body="50m"):
    ws_lines = ("        proxy_http_version 1.1;\n        proxy_set_header Upgrade $http_upgrade;\n"
                "        proxy_set_header Connection $connection_upgrade;\n") if ws else ""
    return f"""# ---------------------------------------------------------------------------
# {comment}
# ---------------------------------------------------------------------------
server {{
    listen 443 ssl http2;
    listen [::]:443 ssl http2;
    server_name {host};

    ssl_certificate     /etc/letsencrypt/live/{host}/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/{host}/privkey.pem;
    include snippets/ssl-params.conf;

    access_log /var/log/nginx/{name}.access.log main_timed;
    error_log  /var/log/nginx/{name}.error.log warn;

    client_max_body_size {body};
{extra}
    location / {{
        proxy_pass http://{upstream};
        include snippets/proxy-headers.conf;
{ws_lines}        proxy_read_timeout 300s;
    }}
}}

"""


text = """# /etc/nginx/sites-available/research-services.conf
# ไฟล์ตั้งค่า reverse proxy สำหรับบริการวิจัยของห้องปฏิบัติการ (เครื่อง gw01)
# ผู้ดูแล: ธนพล ศรีสวัสดิ์ <thanaphon.s@example.ac.th>
# แก้ไขล่าสุด: 2024-03-04 — เพิ่ม Label Studio และจำกัดอัตราคำขอของ MLflow
#
# วิธีใช้:
#   sudo ln -s /etc/nginx/sites-available/research-services.conf /etc/nginx/sites-enabled/
#   sudo nginx -t && sudo systemctl reload nginx
#
# หมายเหตุ: ใบรับรองออกโดย certbot (ต่ออายุอัตโนมัติทุก 60 วัน ผ่าน systemd timer)

# อัปเกรดการเชื่อมต่อเป็น WebSocket เมื่อ client ร้องขอ (จำเป็นสำหรับ Jupyter kernel และ Grafana Live)
map $http_upgrade $connection_upgrade {
    default upgrade;
    ''      close;
}

# จำกัดอัตราคำขอ: MLflow API ถูกสคริปต์ของนักศึกษายิงถี่เกินไปเมื่อเดือนก่อน
limit_req_zone $binary_remote_addr zone=mlflow_api:10m rate=20r/s;
limit_req_status 429;

log_format main_timed '$remote_addr - $remote_user [$time_local] "$request" '
                      '$status $body_bytes_sent "$http_referer" '
                      '"$http_user_agent" rt=$request_time uct=$upstream_connect_time';

upstream jupyterhub   { server 10.20.0.11:8000; }
upstream mlflow       { server 10.20.0.12:5000; keepalive 16; }
upstream labelstudio  { server 10.20.0.13:8080; }
upstream grafana      { server 10.20.0.14:3000; }
upstream wikijs       { server 10.20.0.15:3000; }
upstream minio_api    { server 10.20.0.16:9000; server 10.20.0.17:9000 backup; }

# ---------------------------------------------------------------------------
# HTTP -> HTTPS (ยกเว้น path ของ certbot)
# ---------------------------------------------------------------------------
server {
    listen 80 default_server;
    listen [::]:80 default_server;
    server_name _;

    location ^~ /.well-known/acme-challenge/ {
        root /var/www/certbot;
    }

    location / {
        return 301 https://$host$request_uri;
    }
}

"""
text += proxied("jupyterhub", "jupyter.lab-ai.example.ac.th", "jupyterhub",
                "JupyterHub — สำหรับนักศึกษาและผู้ช่วยวิจัย (ล็อกอินผ่าน LDAP ของคณะ)", ws=True, body="512m")
text += proxied("mlflow", "mlflow.lab-ai.example.ac.th", "mlflow",
                "MLflow tracking server — เก็บผลการทดลอง เมตริก และโมเดล",
                extra="""
    # เปิดให้เฉพาะเครือข่ายภายในและ VPN เท่านั้น
    allow 10.20.0.0/16;
    allow 172.16.40.0/24;
    deny  all;

    location /api/ {
        limit_req zone=mlflow_api burst=40 nodelay;
        proxy_pass http://mlflow;
        include snippets/proxy-headers.conf;
        proxy_http_version 1.1;
        proxy_set_header Connection "";
    }
""", body="2g")
text += proxied("labelstudio", "label.lab-ai.example.ac.th", "labelstudio",
                "Label Studio — งานติดป้ายกำกับข้อมูลเสียงพูดและข้อความภาษาไทย",
                extra="""
    # ไฟล์เสียงขนาดใหญ่: ปิด buffering เพื่อให้อัปโหลดได้เร็วขึ้น
    proxy_request_buffering off;

    location ~* \\.(?:css|js|woff2?|svg|png)$ {
        proxy_pass http://labelstudio;
        expires 7d;
        add_header Cache-Control "public";
    }
""", ws=True, body="1g")
text += proxied("grafana", "monitor.lab-ai.example.ac.th", "grafana",
                "Grafana — แดชบอร์ดการใช้ GPU ของคลัสเตอร์ (ข้อมูลจาก Prometheus + DCGM exporter)",
                extra="""
    # หน้า /metrics ของ Grafana เองไม่ต้องเปิดสู่ภายนอก
    location = /metrics {
        return 404;
    }
""", ws=True, body="10m")
text += proxied("wikijs", "wiki.lab-ai.example.ac.th", "wikijs",
                "Wiki.js — วิกิของแล็บ: คู่มือการใช้คลัสเตอร์, สรุปการประชุม, ตารางจองเครื่อง",
                extra="""
    # หน้า admin ต้องผ่าน basic auth ชั้นที่สองด้วย
    location /a/ {
        auth_basic "Lab wiki admin";
        auth_basic_user_file /etc/nginx/htpasswd.wiki;
        proxy_pass http://wikijs;
        include snippets/proxy-headers.conf;
    }
""", body="100m")
text += proxied("minio", "data.lab-ai.example.ac.th", "minio_api",
                "MinIO (S3 API) — ที่เก็บชุดข้อมูลเสียงพูดและคลังข้อความของโครงการ",
                extra="""
    # S3 client ต้องการ header Host เดิม และห้าม nginx ไปแตะ chunked upload
    ignore_invalid_headers off;
    proxy_buffering off;
    chunked_transfer_encoding off;
""", body="0")
text = text.rstrip("\n") + "\n\n# จบไฟล์ — ถ้าแก้แล้ว nginx -t ไม่ผ่าน ให้ดู /var/log/nginx/error.log ก่อน reload\n"
write(F, text, negative=True)
