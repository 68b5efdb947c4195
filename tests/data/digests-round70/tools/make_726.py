#!/usr/bin/env python3
"""726 (negative): a Caddy v2 Caddyfile as `caddy fmt` leaves it (TAB indentation, one directive per line, `}` on its own
line): a global options block, snippets `(name)` imported with `import`, site blocks for a lab's research services
(wiki, JupyterHub, MLflow, Label Studio, a dataset mirror with `file_server browse`, Grafana, a static reading-group
site), named matchers `@name`, `handle` / `handle_path`, `reverse_proxy`, `basic_auth` with bcrypt hashes, `log` blocks,
`header`, `redir`, `respond`, `tls internal`. Comments in Thai. No paper in it."""
import hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/"


def bcrypt_like(seed):
    h = hashlib.sha256(seed.encode()).digest() + hashlib.sha256(seed.encode() + b"2").digest()
    return "$2a$14$" + "".join(B64[b % 63] for b in h[:53])


text = f"""# Caddyfile ของห้องปฏิบัติการ — เซิร์ฟเวอร์ svc01 (ห้อง 704 อาคารวิจัย)
# แก้ไขไฟล์นี้แล้วให้รัน: caddy fmt --overwrite /etc/caddy/Caddyfile && systemctl reload caddy
# ผู้ดูแล: ธนพล (it-lab@ailab.example.ac.th) — อย่าแก้ใบรับรองเองโดยไม่แจ้งก่อน
{{
	email it-lab@ailab.example.ac.th
	admin localhost:2019
	servers {{
		timeouts {{
			read_body 30s
			idle 5m
		}}
	}}
	log default {{
		output file /var/log/caddy/access.log {{
			roll_size 100MiB
			roll_keep 10
		}}
		format json
	}}
}}

# ชุดคำสั่งที่ใช้ซ้ำ: บีบอัด + ส่วนหัวความปลอดภัย
(common) {{
	encode zstd gzip
	header {{
		Strict-Transport-Security "max-age=31536000; includeSubDomains"
		X-Content-Type-Options nosniff
		Referrer-Policy strict-origin-when-cross-origin
		-Server
	}}
}}

# จำกัดให้เข้าได้เฉพาะเครือข่ายของคณะและ VPN
(lab_only) {{
	@outside not remote_ip 10.20.0.0/16 172.16.40.0/24
	respond @outside "เข้าถึงได้เฉพาะเครือข่ายคณะหรือผ่าน VPN เท่านั้น" 403
}}

# วิกิของแล็บ: คู่มือการใช้คลัสเตอร์ ตารางกลุ่มอ่านเปเปอร์ บันทึกการประชุม
wiki.ailab.example.ac.th {{
	import common
	reverse_proxy 127.0.0.1:6875
}}

# JupyterHub สำหรับวิชาเรียนและนักศึกษาปริญญาโท (ต้องส่ง websocket ผ่านได้)
jupyter.ailab.example.ac.th {{
	import common
	import lab_only
	reverse_proxy 127.0.0.1:8000 {{
		header_up X-Real-IP {{remote_host}}
		flush_interval -1
	}}
}}

# MLflow — ติดตามการทดลองและเก็บโมเดล; ใส่รหัสผ่านไว้เพราะตัว MLflow ไม่มีระบบล็อกอิน
mlflow.ailab.example.ac.th {{
	import common
	import lab_only
	basic_auth {{
		thanapon {bcrypt_like("thanapon")}
		student {bcrypt_like("student")}
	}}
	reverse_proxy 127.0.0.1:5000
}}

# Label Studio — งานติดป้ายข้อมูลภาพถ่ายทางอากาศและข้อความภาษาไทย
label.ailab.example.ac.th {{
	import common
	import lab_only
	request_body {{
		max_size 2GB
	}}
	reverse_proxy 127.0.0.1:8080
}}

# มิเรอร์ชุดข้อมูล (อ่านอย่างเดียว): คลังข้อความภาษาไทย ชุดภาพ และไฟล์เช็กซัม
data.ailab.example.ac.th {{
	import common
	import lab_only
	root * /srv/datasets
	handle_path /raw/* {{
		root * /srv/datasets/raw
		file_server browse
	}}
	handle /checksums/* {{
		file_server
	}}
	handle {{
		file_server browse {{
			hide .git .DS_Store lost+found
		}}
	}}
	log {{
		output file /var/log/caddy/datasets.log {{
			roll_size 50MiB
			roll_keep 5
		}}
	}}
}}

# Grafana — ดูการใช้ GPU ของแต่ละเครื่อง (gpu01–gpu06)
grafana.ailab.example.ac.th {{
	import common
	import lab_only
	reverse_proxy 127.0.0.1:3000
}}

# เว็บกลุ่มอ่านเปเปอร์ (ไฟล์ static จาก Hugo) — ตารางนัด ห้อง ลิงก์สไลด์ ไม่มีรายชื่อเปเปอร์ในไฟล์นี้
reading.ailab.example.ac.th {{
	import common
	root * /srv/www/reading-group/public
	file_server
	handle_errors {{
		rewrite * /404.html
		file_server
	}}
}}

# วิดีโอบันทึกสัมมนาประจำสัปดาห์ (ไฟล์ mp4) — เปิดให้ดูได้ทั้งคณะ
video.ailab.example.ac.th {{
	import common
	import lab_only
	root * /srv/recordings
	@mp4 path *.mp4
	header @mp4 Cache-Control "public, max-age=86400"
	file_server browse
}}

# เกตเวย์โมเดลภาษาสำหรับรายวิชา: ส่งต่อไปยังเซิร์ฟเวอร์อนุมาน 2 เครื่อง (สลับกันรับโหลด)
llm-api.ailab.example.ac.th {{
	import common
	import lab_only
	@noauth not header Authorization "Bearer *"
	respond @noauth "ต้องใช้โทเคนของรายวิชา ขอได้ที่ผู้สอน" 401
	reverse_proxy gpu03.ailab.internal:8000 gpu04.ailab.internal:8000 {{
		lb_policy least_conn
		health_uri /health
		health_interval 30s
	}}
}}

# ที่อยู่เก่า เปลี่ยนมาใช้วิกิแทนตั้งแต่ภาคเรียนที่แล้ว
docs.ailab.example.ac.th {{
	redir https://wiki.ailab.example.ac.th{{uri}} permanent
}}

# ใช้ภายในเท่านั้น: หน้าสถานะสำหรับตรวจว่าเซิร์ฟเวอร์ยังทำงาน
svc01.ailab.internal {{
	tls internal
	respond /healthz "ok" 200
	respond "svc01 — caddy" 200
}}
"""
write("726_negative_caddyfile_reverse_proxy_config_thai_lab_research_services.caddyfile", text, negative=True)
