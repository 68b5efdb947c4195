#!/usr/bin/env python3
"""716 (negative): `systemctl cat` output for a training timer / service and a dataset-sync service: each file
preceded by `# /path/to/unit`, drop-ins after their unit, a blank line between files; INI-style sections [Unit] /
[Service] / [Timer] / [Install], `Key=Value` lines, `#` comments (Hebrew), absolute ExecStart paths, systemd
specifiers (%i, %h) and OnCalendar expressions. No paper, no arXiv-shaped id."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F716

files = [
("/etc/systemd/system/train-nightly@.service", """# אימון לילי של מודלי הבסיס של המעבדה (מופע לכל קונפיגורציה: train-nightly@small, train-nightly@base)
# אחראי: נעמה ברקוביץ' — לא לשנות בלי לעדכן בערוץ #תשתיות
[Unit]
Description=Nightly training run (%i) for the Galil lab models
Documentation=https://wiki.galil-lab.example.org/infra/nightly-training
Wants=network-online.target dataset-sync.service
After=network-online.target dataset-sync.service remote-fs.target
RequiresMountsFor=/srv/datasets /srv/checkpoints
ConditionPathExists=/srv/configs/%i.yaml

[Service]
Type=exec
User=trainer
Group=gpu
WorkingDirectory=/srv/code/lab-trainer
EnvironmentFile=-/etc/default/train-nightly
Environment=PYTHONUNBUFFERED=1
Environment=NCCL_DEBUG=WARN
Environment=OMP_NUM_THREADS=8
# הרצה עם torchrun על כל ארבעת הכרטיסים; הקונפיגורציה נקבעת לפי שם המופע
ExecStartPre=/usr/bin/nvidia-smi --query-gpu=index,memory.used --format=csv
ExecStartPre=/srv/code/lab-trainer/scripts/check_disk.sh /srv/checkpoints 200G
ExecStart=/srv/venvs/trainer/bin/torchrun --standalone --nproc_per_node=4 train.py --config /srv/configs/%i.yaml --resume auto
ExecStopPost=/srv/code/lab-trainer/scripts/notify.sh %i $SERVICE_RESULT $EXIT_STATUS
# עצירה רכה: נותנים לסקריפט לשמור נקודת ביקורת לפני הריגה
KillSignal=SIGINT
TimeoutStopSec=15min
Restart=on-failure
RestartSec=10min
StartLimitIntervalSec=6h
StartLimitBurst=3
Nice=5
IOSchedulingClass=best-effort
IOSchedulingPriority=6
LimitNOFILE=1048576
StandardOutput=append:/var/log/lab-trainer/%i.log
StandardError=inherit

[Install]
WantedBy=multi-user.target
"""),
("/etc/systemd/system/train-nightly@.service.d/override.conf", """# נוסף ב־2024-02: הגבלת זיכרון אחרי שהשרת נתקע פעמיים בגלל דליפה ב־dataloader
[Service]
MemoryHigh=400G
MemoryMax=440G
Environment=TORCH_NCCL_ASYNC_ERROR_HANDLING=1
"""),
("/etc/systemd/system/train-nightly@.timer", """# מפעיל את האימון בלילה, אחרי סנכרון הנתונים. בסופי שבוע — ריצה ארוכה יותר (ראו train-weekend)
[Unit]
Description=Start nightly training (%i)

[Timer]
OnCalendar=Sun..Thu *-*-* 01:30:00
RandomizedDelaySec=10min
Persistent=true
AccuracySec=1min
Unit=train-nightly@%i.service

[Install]
WantedBy=timers.target
"""),
("/etc/systemd/system/dataset-sync.service", """# סנכרון קורפוסים ונקודות ביקורת מהאחסון המרכזי של הפקולטה
# הערה: קבצי הרישיון של כל קורפוס נשמרים ליד הנתונים; לא להפיץ מחוץ למעבדה
[Unit]
Description=Sync datasets and shared checkpoints from the faculty storage
After=network-online.target
Wants=network-online.target

[Service]
Type=oneshot
User=trainer
Nice=10
IOSchedulingClass=idle
ExecStart=/usr/bin/rsync -a --delete --partial --bwlimit=400M storage.faculty.example.org::corpora/ /srv/datasets/
ExecStart=/usr/bin/rsync -a --partial storage.faculty.example.org::checkpoints/shared/ /srv/checkpoints/shared/
ExecStartPost=/srv/code/lab-trainer/scripts/verify_manifests.sh /srv/datasets
TimeoutStartSec=3h
"""),
("/etc/systemd/system/dataset-sync.timer", """# כל לילה בחצות; האימון מחכה לסיום (After= בקובץ השירות)
[Unit]
Description=Nightly dataset sync

[Timer]
OnCalendar=*-*-* 00:05:00
Persistent=true

[Install]
WantedBy=timers.target
"""),
("/etc/systemd/system/tensorboard@.service", """# לוח TensorBoard לכל משתמש/ת, נגיש רק דרך מנהרת SSH (מאזין ל־localhost בלבד)
[Unit]
Description=TensorBoard for %i
After=network.target

[Service]
Type=simple
User=%i
ExecStart=/srv/venvs/trainer/bin/tensorboard --logdir /srv/checkpoints/%i --host 127.0.0.1 --port 6006 --reload_interval 120
Restart=on-failure
RestartSec=30s

[Install]
WantedBy=multi-user.target
"""),
("/etc/systemd/system/srv-datasets.mount", """# כונן הנתונים המשותף (NFS של הפקולטה). קריאה בלבד — כתיבה רק דרך dataset-sync
[Unit]
Description=Faculty dataset share (read-only)
After=network-online.target
Wants=network-online.target

[Mount]
What=storage.faculty.example.org:/export/corpora
Where=/srv/datasets
Type=nfs4
Options=ro,noatime,nconnect=8,rsize=1048576,wsize=1048576,_netdev
TimeoutSec=2min

[Install]
WantedBy=remote-fs.target
"""),
("/etc/systemd/system/checkpoint-upload.path", """# כשסקריפט האימון כותב קובץ DONE בתיקיית הריצה — מעלים את נקודת הביקורת האחרונה לאחסון
[Unit]
Description=Watch for finished training runs

[Path]
PathExistsGlob=/srv/checkpoints/runs/*/DONE
MakeDirectory=yes
Unit=checkpoint-upload.service

[Install]
WantedBy=multi-user.target
"""),
("/etc/systemd/system/checkpoint-upload.service", """# העלאה + ניקוי: שומרים מקומית רק את שלוש הריצות האחרונות של כל קונפיגורציה
[Unit]
Description=Upload finished checkpoints and prune local copies

[Service]
Type=oneshot
User=trainer
ExecStart=/srv/code/lab-trainer/scripts/upload_ckpt.sh --dest storage.faculty.example.org::checkpoints/galil/ --keep 3
ExecStartPost=/usr/bin/find /srv/checkpoints/runs -name DONE -delete
"""),
]
text = "\n".join(f"# {p}\n{body}" for p, body in files)
write(F716, text, negative=True)
