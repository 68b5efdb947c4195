#!/usr/bin/env python3
"""1196 (negative): papertrail-cli output saved to a file (Greek): an Athens lab's weekly paper bot (`paper-bot`, a
systemd timer on `bot-ath-01`) found nothing to post; a member ran
`papertrail --min-time '2024-05-17 08:00' --max-time '2024-05-17 08:10' 'bot-ath-01' > papertrail-2024-05-17.txt`.
One event a line, `%b %e %H:%M:%S host program: message` (papertrail-cli's default); programs paper-bot and systemd;
times not decreasing. The bot's feeds bring no new entries, a seminar notice and a software release are skipped as not
papers, one feed times out, the summary counts are computed. No paper title, no arXiv id."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write

H = "bot-ath-01"
ev = [
 ("08:00:01", "systemd", "Starting paper-bot.service - Εβδομαδιαία ενημέρωση άρθρων..."),
 ("08:00:02", "paper-bot", "[INFO] εκκίνηση paper-bot 3.2.0 (Python 3.11.9), εβδομάδα 20"),
 ("08:00:02", "paper-bot", "[INFO] λέξεις-κλειδιά: διάχυση, μετασχηματιστές, ενισχυτική μάθηση, ελληνικά NLP"),
 ("08:00:03", "paper-bot", "[INFO] ροή lab-blog: 200 OK, 4 εγγραφές, 0 νέες"),
 ("08:00:05", "paper-bot", "[INFO] ροή reading-sheet: 200 OK, 37 γραμμές, 0 νέες"),
 ("08:00:05", "paper-bot", "[INFO] παράλειψη: «Σεμινάριο Μαΐου: πρακτική άσκηση σε εταιρεία ΤΝ» — ανακοίνωση, όχι άρθρο"),
 ("08:00:06", "paper-bot", "[INFO] παράλειψη: «greek-tokenizer v1.4 κυκλοφόρησε» — έκδοση λογισμικού, όχι άρθρο"),
 ("08:00:36", "paper-bot", "[WARNING] ροή preprint-mirror: χρονικό όριο 30 s (https://mirror.lab.example.gr/listing/cs.LG/new), νέα προσπάθεια την επόμενη εβδομάδα"),
 ("08:00:36", "paper-bot", "[INFO] έλεγχος διπλοτύπων: 198 γνωστά, 0 υποψήφια"),
]
new = sum(int(m.split(", ")[-1].split()[0]) for t, p, m in ev if m.startswith("[INFO] ροή "))
skipped = sum(1 for t, p, m in ev if m.startswith("[INFO] παράλειψη:"))
failed = sum(1 for t, p, m in ev if m.startswith("[WARNING] ροή "))
ev.append(("08:00:37", "paper-bot", f"[INFO] σύνοψη: {new} νέα άρθρα, {skipped} παραλείψεις, {failed} ροή απέτυχε — δεν στάλθηκε μήνυμα στο κανάλι #diavasma"))
ev.append(("08:00:37", "paper-bot", "[INFO] τέλος"))
ev.append(("08:00:37", "systemd", "paper-bot.service: Deactivated successfully."))
ev.append(("08:00:37", "systemd", "Finished paper-bot.service - Εβδομαδιαία ενημέρωση άρθρων."))
text = "".join(f"May 17 {t} {H} {p}: {m}\n" for t, p, m in ev)
write("1196_negative_papertrail_cli_log_search_greek_paper_bot_no_papers.txt", text, negative=True)
