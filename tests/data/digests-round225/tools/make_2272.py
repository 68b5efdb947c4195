#!/usr/bin/env python3
"""2272: a procmail configuration (`~/.procmailrc`: variable assignments, recipes `:0` with flags and lock files,
`*` conditions, Maildir folders, a forward, a pipe and a nested block, `#` comments) of an invented Israeli systems
engineer who files arXiv listings, Google Scholar citation alerts and her reading group's list mail, and keeps in the
comments the papers whose citation alerts she follows: an OpenReview forum link and arXiv links (`/abs/`, `/pdf/…v2`,
`http://`) beside the titles, `(arXiv:2208.07339)` beside a title, titles alone; non-papers (procmail's man pages, a
book, a repository, the group's page and a talk recording). Hebrew comments mixed with English. LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2272)
TXT = fill(r'''# ~/.procmailrc -- נועה בן-דוד <noa.bendavid@maarachot-lab.example.co.il>
# procmail 3.24 מאחורי fetchmail, תיקיות Maildir (שם שמסתיים ב-"/").
# תיעוד: man procmailrc, man procmailex, man procmailsc
SHELL=/bin/sh
PATH=/usr/local/bin:/usr/bin:/bin
MAILDIR=$HOME/Mail
DEFAULT=$MAILDIR/inbox/
LOGFILE=$MAILDIR/procmail.log
VERBOSE=off
LOGABSTRACT=all

# --- ספאם (SpamAssassin כבר סימן בשרת) ---
:0
* ^X-Spam-Flag: YES
.spam/

# --- רשימות arXiv היומיות ---
:0
* ^From:.*no-reply@arxiv\.org
* ^Subject:.*(cs\.LG|cs\.CL|cs\.DC)
.arxiv/

# --- התראות ציטוט מ-Google Scholar ---
# אני עוקבת אחרי ציטוטים חדשים של המאמרים שהמערכת שלנו מממשת (Subject: "New citations to ..."):
#   [[T:1710.03740]]
#     https://openreview.net/forum?id=r1gs9JgRZ
#   [[T:2210.17323]]
#     https://arxiv.org/abs/2210.17323
#   [[T:2205.14135]]
#     https://arxiv.org/pdf/2205.14135v2
#   [[T:2211.17192]]
#     http://arxiv.org/abs/2211.17192
#   [[T:2208.07339]] (arXiv:2208.07339)
# ההתראה על הקוד של FlashAttention מגיעה מ-GitHub (watch על github.com/Dao-AILab/flash-attention), לא מכאן.
:0
* ^From:.*scholaralerts-noreply@google\.com
* ^Subject:.*(citations|ציטוטים)
.scholar.citations/

:0
* ^From:.*scholaralerts-noreply@google\.com
.scholar.other/

# --- קבוצת הקריאה (רשימת תפוצה) ---
# עותק לעומר כשאני בחופשה (הקובץ ~/.vacation-on קיים)
:0
* ^List-Id:.*reading-group\.maarachot-lab\.example\.co\.il
{
  :0 c
  * ? test -f $HOME/.vacation-on
  ! omer.levi@maarachot-lab.example.co.il

  :0 bc:
  | grep -oE 'arxiv\.org/(abs|pdf)/[0-9.]+' >> $HOME/papers/queue.txt

  :0
  .reading-group/
}

# --- לקרוא בחופש (עדיין בלי התראות) ---
#   [[T:2402.09353]]
#   [[T:2006.03236]]
#   [[T:2105.06548]]
# ספר: Sze, Chen, Yang & Emer, "Efficient Processing of Deep Neural Networks" (Morgan & Claypool).
# דף הקבוצה: https://maarachot-lab.example.co.il/reading-group
# הקלטה של המפגש האחרון: https://video.maarachot-lab.example.co.il/reading-group/2024-11

# כל השאר נופל ל-$DEFAULT.
''', {})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
