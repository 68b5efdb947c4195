#!/usr/bin/env python3
"""856 (negative): an OpenSSH client configuration (`~/.ssh/config`, OpenSSH 9.x) shared in a Ukrainian lab's
onboarding repository: `Include`, `Host` / `Match` blocks (first obtained value wins, so the catch-all `Host *` comes
last), keywords indented by four spaces, `HostName`, `User`, `Port`, `IdentityFile` with `~` and `%d` / `%r` / `%h` /
`%p` tokens, `ProxyJump` chains, `LocalForward` for Jupyter / TensorBoard, `ControlMaster` / `ControlPath` /
`ControlPersist`, `ServerAliveInterval`, `# comments` in Ukrainian. Research-adjacent (compute clusters, datasets,
software); no paper, no arXiv-shaped id."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write

F = "856_negative_openssh_client_config_ukrainian_comments_lab_clusters_and_jump_hosts.ssh_config"

text = """# ~/.ssh/config — спільна конфігурація лабораторії машинного навчання
# Кафедра інтелектуальних систем, Наддніпрянський політехнічний університет (навчальний приклад)
#
# Як користуватися:
#   1. Скопіюйте цей файл у ~/.ssh/config (або додайте рядок Include, див. нижче).
#   2. Замініть YOUR_LOGIN на свій логін у кластері (той самий, що в обліковому записі університету).
#   3. Згенеруйте ключ: ssh-keygen -t ed25519 -C "login@lab.example.edu.ua"
#      і надішліть ПУБЛІЧНУ частину (*.pub) адміністраторові — Олексію Дорошенку.
#   4. Перевірте: ssh -v gpu-a01  (має пройти через шлюз без пароля)
#
# Важливо: OpenSSH бере ПЕРШЕ знайдене значення кожного параметра,
# тому конкретні хости стоять угорі, а загальний блок "Host *" — у самому кінці.
# Останні зміни: 2024-03-18, перехід шлюзу на новий порт.

Include ~/.ssh/config.d/*.conf

# ---------------------------------------------------------------------------
# Поза мережею університету (вдома, у гуртожитку) — шлюз доступний лише через VPN.
# Якщо VPN не піднято, ця умова перенаправляє через резервний шлюз.
# Стоїть ВИЩЕ за блок "Host brama", бо перше значення HostName/Port перемагає.
# ---------------------------------------------------------------------------
Match host brama !exec "ip route get 10.40.0.1 >/dev/null 2>&1"
    HostName gate-backup.lab.example.edu.ua
    Port 443

# ---------------------------------------------------------------------------
# Шлюз (bastion). Напряму до вузлів кластера доступу ззовні немає.
# ---------------------------------------------------------------------------
Host brama
    HostName gate.lab.example.edu.ua
    User YOUR_LOGIN
    Port 2222
    IdentityFile ~/.ssh/id_ed25519_lab
    IdentitiesOnly yes
    # Шлюз рве з'єднання після 10 хв тиші — тримаємо його живим
    ServerAliveInterval 60
    ServerAliveCountMax 5

# ---------------------------------------------------------------------------
# Вузли входу кластера (Slurm). Тут НЕ запускайте навчання — лише sbatch/srun.
# ---------------------------------------------------------------------------
Host login1 login2
    HostName %h.cluster.lab.example.edu.ua
    User YOUR_LOGIN
    ProxyJump brama
    IdentityFile ~/.ssh/id_ed25519_lab
    # Мультиплексування: одне TCP-з'єднання на кілька сесій (scp, rsync, VS Code)
    ControlMaster auto
    ControlPath ~/.ssh/cm-%r@%h:%p
    ControlPersist 2h

# ---------------------------------------------------------------------------
# GPU-вузли для інтерактивної роботи (лише за бронюванням у спільному календарі).
# gpu-a01..a04: по 4 карти на 80 ГБ; gpu-b01..b02: по 8 карт на 24 ГБ (старіші).
# ---------------------------------------------------------------------------
Host gpu-a0? gpu-b0?
    HostName %h.cluster.lab.example.edu.ua
    User YOUR_LOGIN
    ProxyJump brama
    IdentityFile ~/.ssh/id_ed25519_lab
    # Jupyter і TensorBoard на своєму вузлі: відкрийте http://localhost:8888 та :6006
    LocalForward 8888 localhost:8888
    LocalForward 6006 localhost:6006
    ExitOnForwardFailure no
    ControlMaster auto
    ControlPath ~/.ssh/cm-%r@%h:%p
    ControlPersist 30m

# Сховище даних. Звідси rsync-ом беремо датасети (ImageNet-1k, Common Voice uk,
# корпус UberText) — не копіюйте їх у домашній каталог, квота лише 50 ГБ.
Host sxovyshche
    HostName nas.lab.example.edu.ua
    User YOUR_LOGIN
    ProxyJump brama
    IdentityFile ~/.ssh/id_ed25519_lab
    # Для великих передач вимикаємо стиснення: дані вже стиснені
    Compression no
    IPQoS throughput

# Сервер з анотаційним інструментом (Label Studio) для студентських проєктів.
Host anotatsiia
    HostName annot.lab.example.edu.ua
    User annot-ops
    ProxyJump brama
    IdentityFile ~/.ssh/id_ed25519_lab
    LocalForward 8080 localhost:8080

# Сервер семінару: там лежать слайди та записи зустрічей читацького гуртка.
# (Посилань на статті тут немає — вони в репозиторії reading-group.)
Host seminar
    HostName seminar.lab.example.edu.ua
    User YOUR_LOGIN
    ProxyJump brama

# ---------------------------------------------------------------------------
# Git-хостинги. Для університетського GitLab окремий ключ (вимога безпеки).
# ---------------------------------------------------------------------------
Host gitlab.lab.example.edu.ua
    User git
    Port 2224
    ProxyJump brama
    IdentityFile ~/.ssh/id_ed25519_gitlab
    IdentitiesOnly yes

Host github.com
    User git
    IdentityFile ~/.ssh/id_ed25519_github
    IdentitiesOnly yes

# Обчислювальний кластер партнерського університету (за угодою; лише для проєкту ЧАС-2).
# Там інше ім'я користувача — пишіть у чат лабораторії, щоб отримати доступ.
Host partner-hpc
    HostName hpc.partner.example.org
    User YOUR_PARTNER_LOGIN
    IdentityFile ~/.ssh/id_ed25519_partner
    # Їхній шлюз підтримує лише старіші алгоритми ключів — увімкнено лише для цього хоста
    HostKeyAlgorithms +ssh-rsa
    PubkeyAcceptedAlgorithms +ssh-rsa

# ---------------------------------------------------------------------------
# Загальні налаштування для всіх хостів — ЗАВЖДИ останнім блоком.
# ---------------------------------------------------------------------------
Host *
    AddKeysToAgent yes
    HashKnownHosts yes
    ServerAliveInterval 120
    ForwardAgent no
    # Не вмикайте ForwardX11 на кластері: графіки зберігайте у файли (matplotlib Agg)
    ForwardX11 no
    StrictHostKeyChecking ask
    UserKnownHostsFile ~/.ssh/known_hosts ~/.ssh/known_hosts_lab
"""
write(F, text, negative=True)
