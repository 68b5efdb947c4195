#!/usr/bin/env python3
"""1603: a BwMessenger (the Bundeswehr's Matrix-based messenger, an Element derivative) room exported as plain text,
German: a head block (room, room id, members, period, exporter, export time, message count), day separators with
German weekdays and months, `[HH:MM] Name: text` lines, Matrix reply fallbacks (`> <@user:server> …`), an edit, a
deleted message, reactions. The room, its members and the homeserver are invented."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(1603)
HS = "bwm.example.de"
WD = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
MO = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
P = {"Lukas Berger": "l.berger", "Anna Schmitt": "a.schmitt", "Felix Wagner": "f.wagner", "Sophie Neumann": "s.neumann",
     "Jonas Hoffmann": "j.hoffmann"}
# (date, time, author, text lines, reactions)
msgs = [
    ("2025-03-03", "09:12", "Lukas Berger", [
        "Moin zusammen, Vorschlag für den Lesekreis im März (Thema: Agenten und Werkzeugnutzung):",
        f"1) {T('2302.04761')} https://arxiv.org/abs/2302.04761",
        f"2) {T('2305.16291')} https://arxiv.org/pdf/2305.16291",
        f"3) {T('2205.06175')} (Gato, DeepMind – PDF liegt im Teamlaufwerk unter /Lesekreis/2025-03)",
        "Einwände bis Mittwoch?"], "👍 3"),
    ("2025-03-03", "09:40", "Anna Schmitt", [
        "> <@l.berger:bwm.example.de> Einwände bis Mittwoch?", "",
        f"Keine Einwände. Als Grundlage sollten wir vorher {T('2005.14165')} lesen, sonst versteht keiner das In-Context-Learning.",
        "Ich übernehme Toolformer."], ""),
    ("2025-03-03", "11:05", "Felix Wagner", [
        "Ich nehme Voyager. Läuft das Minecraft-Setup eigentlich noch auf der alten Workstation?"], ""),
    ("2025-03-03", "11:07", "Felix Wagner", ["Nachricht gelöscht"], ""),
    ("2025-03-04", "08:55", "Sophie Neumann", [
        "Für unser Assistenzsystem wäre noch wichtig, wie man Modelle auf Anweisungen trimmt:",
        f"{T('2203.02155')} – arXiv:2203.02155",
        "Das ist die InstructGPT-Arbeit, RLHF wird dort gut erklärt. (bearbeitet)"], "👍 2 ✅ 1"),
    ("2025-03-04", "10:21", "Jonas Hoffmann", [
        "Und welches Basismodell nehmen wir für die Versuche? Llama 3.1 8B läuft bei uns mit vLLM auf einer A100.",
        f"Hintergrund dazu: {T('2302.13971')} https://arxiv.org/abs/2302.13971v1"], ""),
    ("2025-03-04", "10:34", "Lukas Berger", [
        "> <@j.hoffmann:bwm.example.de> Und welches Basismodell nehmen wir für die Versuche?", "",
        "Erst mal Llama, ja. LangChain bitte nicht, wir bauen die Werkzeugaufrufe selbst."], ""),
    ("2025-03-05", "14:02", "Anna Schmitt", [
        "Zur Bewertung der Antworten: MT-Bench und die Chatbot-Arena-Rangliste kommen aus",
        f"{T('2306.05685')}",
        "Die Rangliste selbst ist eine Webseite, kein Artikel – zitieren bitte den Artikel."], "👍 1"),
    ("2025-03-05", "14:30", "Felix Wagner", [
        f"Wer sich für große MoE-Modelle interessiert: {T('2006.16668')}. Eher Hintergrund, kein Pflichtartikel."], ""),
    ("2025-03-06", "16:15", "Sophie Neumann", [
        "Raum 2.14 ist für Donnerstag, 13. März, 13:30 gebucht. Beamer vorhanden, Laptops bitte ohne Netzwerk (VS-NfD-Regel)."], "👍 4"),
    ("2025-03-07", "09:03", "Jonas Hoffmann", [
        "> <@s.neumann:bwm.example.de> Raum 2.14 ist für Donnerstag, 13. März, 13:30 gebucht.", "",
        "Danke! Ich bringe Kaffee mit."], "☕ 3"),
    ("2025-03-07", "15:20", "Lukas Berger", [
        "Zusammenfassung: Toolformer (Anna), Voyager (Felix), Gato (Lukas), InstructGPT (Sophie). Jonas macht die Demo."], ""),
]
authors = sorted({m[2] for m in msgs})
days = sorted({m[0] for m in msgs})
last = dt.datetime.fromisoformat(f"{msgs[-1][0]} {msgs[-1][1]}")
exp = last + dt.timedelta(hours=1, minutes=28)
out = ["BwMessenger – Chatverlauf (Export)",
       "Raum: Lesekreis Sprachmodelle",
       f"Raum-ID: !qTzLwPmNbRcDvAkXhF:{HS}",
       f"Mitglieder ({len(authors)}): " + ", ".join(f"{a} (@{P[a]}:{HS})" for a in authors),
       f"Zeitraum: {dt.date.fromisoformat(days[0]):%d.%m.%Y} – {dt.date.fromisoformat(days[-1]):%d.%m.%Y}",
       f"Exportiert von: Lukas Berger (@{P['Lukas Berger']}:{HS})",
       f"Exportiert am: {exp:%d.%m.%Y, %H:%M}",
       f"Nachrichten: {len(msgs)}",
       "Format: Nur Text · Anhänge: nicht enthalten",
       ""]
cur = None
for d, t, a, lines, reac in msgs:
    if d != cur:
        dd = dt.date.fromisoformat(d)
        out += ["", f"--- {WD[dd.weekday()]}, {dd.day}. {MO[dd.month - 1]} {dd.year} ---", ""]
        cur = d
    out.append(f"[{t}] {a}: {lines[0]}")
    out += [f"    {l}" if l else "" for l in lines[1:]]
    if reac:
        out.append(f"    Reaktionen: {reac}")
out += ["", "--- Ende des Exports ---"]
text = "\n".join(out) + "\n"
write_only(F, text, keys(F))
