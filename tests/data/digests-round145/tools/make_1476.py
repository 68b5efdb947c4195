#!/usr/bin/env python3
"""1476 (negative): SaltStack on a Georgian university's deep-learning course servers: `salt 'gpu0*' state.apply
ml-course` (the highstate outputter: per minion a `minion:` line, one block per state with right-aligned labels,
Name only where it differs from the ID, changes through the nested outputter — dicts under `----------`, keys sorted,
four more spaces per level, lists as `- item` — and the Summary block) and `salt 'gpu0*' cmd.run 'cat /etc/motd'`.
Counts, `changed=`, total run time (the sum of durations) and the motd lines are computed from the modelled states.
Near-misses only: packages and versions, the course repository, CIFAR-10 and wikitext downloads, a leaderboard sync
job, lectures and a seminar, docs, student accounts, commit hashes, dates. No paper, no catalogue title, nothing
arXiv-shaped (the builder refuses them)."""
import hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write

M = ["gpu01.ml-lab.example.ge", "gpu02.ml-lab.example.ge"]
MOTD_OLD = ["ღრმა სწავლება 2024 — სასწავლო სერვერი", "ლექციები: ორშაბათი 18:00, აუდიტორია 107",
            "კითხვები: ml-course@ml-lab.example.ge"]
MOTD_NEW = ["ღრმა სწავლება 2024 — სასწავლო სერვერი", "ლექციები: ორშაბათი 18:00, აუდიტორია 107",
            "სემინარი „ტრანსფორმერები პრაქტიკაში“ — ოთხშაბათი 17:00, მომხსენებელი: ლევან გელაშვილი",
            "ლიდერბორდი: https://course.ml-lab.example.ge/leaderboard (განახლება ყოველ საათში)",
            "რეპოზიტორია: https://git.ml-lab.example.ge/course/dl-2024",
            "დოკუმენტაცია: https://pytorch.org/docs/stable/ და https://huggingface.co/docs/transformers",
            "დავალება 3-ის ვადა: 2024-06-03 23:59",
            "კითხვები: ml-course@ml-lab.example.ge"]


def sha(s):
    return hashlib.sha1(s.encode()).hexdigest()


def diff(old, new):
    keep = [l for l in old if l in new]
    body = [(" " if l in keep else "+") + l for l in new] + ["-" + l for l in old if l not in new]
    return "--- \n+++ \n" + f"@@ -1,{len(old)} +1,{len(new)} @@\n" + "\n".join(body)


def states(mi):
    fresh = mi == 1  # gpu02 was re-imaged last week
    S = []
    S.append(("course-apt-packages", "pkg.installed", None, "The following packages were installed/updated: ffmpeg" if fresh else "All specified packages are already installed",
              {"ffmpeg": {"new": "7:4.4.2-0ubuntu0.22.04.1", "old": ""}} if fresh else {}, 812.411 if not fresh else 21877.305))
    S.append(("course-venv", "virtualenv.managed", "/opt/ml-course/venv", "virtualenv exists" if not fresh else "Created new virtualenv",
              {"new": "/opt/ml-course/venv"} if fresh else {}, 64.118 if not fresh else 3120.559))
    pkgs = ["torch==2.3.0", "torchvision==0.18.0", "transformers==4.40.2", "datasets==2.19.1", "timm==0.9.16", "accelerate==0.30.1"]
    S.append(("course-pip", "pip.installed", None, "All packages were successfully installed" if fresh else "Python packages are already installed: " + ", ".join(pkgs),
              {p: "Installed" for p in pkgs} if fresh else {}, 1804.226 if not fresh else 98311.47))
    old, new = sha("dl-2024@week10"), sha("dl-2024@week11")
    S.append(("course-repo", "git.latest", "https://git.ml-lab.example.ge/course/dl-2024.git",
              "Repository /srv/ml-course/dl-2024 updated" if not fresh else "Repository /srv/ml-course/dl-2024 cloned to /srv/ml-course/dl-2024",
              {"revision": {"new": new, "old": old}} if not fresh else {"new": "https://git.ml-lab.example.ge/course/dl-2024.git => /srv/ml-course/dl-2024", "revision": {"new": new, "old": None}},
              2210.734 if not fresh else 4410.082))
    S.append(("cifar10-dataset", "archive.extracted", "/data/datasets/cifar-10",
              "All files in archive are already present" if not fresh else "https://www.cs.toronto.edu/~kriz/cifar-10-python.tar.gz extracted to /data/datasets/cifar-10/",
              {"directories_created": ["/data/datasets/cifar-10/"], "extracted_files": ["cifar-10-batches-py"]} if fresh else {},
              140.51 if not fresh else 15893.2))
    S.append(("wikitext-103", "cmd.run", "huggingface-cli download Salesforce/wikitext --repo-type dataset --include 'wikitext-103-raw-v1/*' --local-dir /data/datasets/wikitext",
              "unless condition is true" if not fresh else 'Command "huggingface-cli download Salesforce/wikitext --repo-type dataset --include \'wikitext-103-raw-v1/*\' --local-dir /data/datasets/wikitext" run',
              {} if not fresh else {"pid": 48213, "retcode": 0, "stderr": "", "stdout": "/data/datasets/wikitext"}, 33.902 if not fresh else 27660.815))
    S.append(("/etc/motd", "file.managed", None, "File /etc/motd updated", {"diff": diff(MOTD_OLD, MOTD_NEW)}, 55.61 if not fresh else 48.207))
    S.append(("leaderboard-sync", "cron.present", "/opt/ml-course/bin/sync-leaderboard.sh",
              "Cron /opt/ml-course/bin/sync-leaderboard.sh already present" if not fresh else "Cron /opt/ml-course/bin/sync-leaderboard.sh added to mlcourse's crontab",
              {} if not fresh else {"mlcourse": "/opt/ml-course/bin/sync-leaderboard.sh"}, 21.37 if not fresh else 30.004))
    for u, full, uid in (("nino.beridze", "ნინო ბერიძე", 2041), ("giorgi.kapanadze", "გიორგი კაპანაძე", 2042)):
        S.append((f"student-{u.split('.')[0]}", "user.present", u, f"User {u} is present and up to date" if not fresh else f"New user {u} created",
                  {} if not fresh else {"fullname": full, "gid": 2000, "groups": ["mlcourse"], "home": f"/home/{u}", "name": u,
                                        "shell": "/bin/bash", "uid": uid, "workphone": "", "homephone": "", "other": "", "roomnumber": ""},
                  18.44 + uid % 7 if not fresh else 402.118 + uid % 5))
    S.append(("jupyterhub", "service.running", None, "The service jupyterhub is already running" if not fresh else "Service jupyterhub has been enabled, and is running",
              {} if not fresh else {"jupyterhub": True}, 44.95 if not fresh else 1802.371))
    return S


def nested(v, ind):
    pad = " " * ind
    if isinstance(v, dict):
        out = [pad + "----------"]
        for k in sorted(v):
            out.append(f"{pad}{k}:")
            out += nested(v[k], ind + 4)
        return out
    if isinstance(v, list):
        return [f"{pad}- {x}" for x in v]
    if v is None: return [pad + "None"]
    if isinstance(v, str):
        return [pad + l for l in v.split("\n")]
    return [pad + str(v)]


def fmt_ms(d):
    return f"{d:.3f}".rstrip("0").rstrip(".") if d != int(d) else f"{d:.1f}"


def block(mi, host):
    lines = [f"{host}:"]
    t = [10, 14, 2, 118204 + 97531 * mi]
    tot = 0.0
    S = states(mi)
    for sid, fn, name, com, ch, dur in S:
        us = t[3] % 1000000
        lines += ["----------", f"          ID: {sid}", f"    Function: {fn}"]
        if name: lines.append(f"        Name: {name}")
        lines += ["      Result: True", f"     Comment: {com}", f"     Started: {t[0]:02d}:{t[1]:02d}:{t[2]:02d}.{us:06d}",
                  f"    Duration: {fmt_ms(dur)} ms", "     Changes:   "]
        if ch: lines += nested(ch, 14)
        tot += dur
        adv = int(t[2] * 1000000 + us + dur * 1000 + 1733)
        t = [t[0], t[1] + adv // 60000000, (adv // 1000000) % 60, adv % 1000000]
        if t[1] >= 60: t = [t[0] + 1, t[1] - 60, t[2], t[3]]
    changed = sum(1 for s in S if s[4])
    lines += ["", f"Summary for {host}", "-" * 12, f"Succeeded: {len(S)} (changed={changed})", "Failed:    0", "-" * 12,
              f"Total states run: {len(S):>5}",
              f"Total run time: {tot / 1000:>7.3f} s" if tot >= 1000 else f"Total run time: {tot:>7.3f} ms"]
    return "\n".join(lines) + "\n"


P = "levan@salt-master:~$ "
out = P + "sudo salt 'gpu0*' state.apply ml-course\n" + "".join(block(i, h) for i, h in enumerate(M))
out += P + "sudo salt 'gpu0*' cmd.run 'cat /etc/motd'\n"
out += "".join(f"{h}:\n" + "".join(f"    {l}\n" for l in MOTD_NEW) for h in M)
out += P + "\n"
write("1476_negative_saltstack_state_apply_highstate_output_georgian_ml_course_minions_no_papers.txt", out, negative=True)
