#!/usr/bin/env python3
"""1988: an Endless Sky plug-in data file (`plugins/Läsecirkeln/data/uppdrag.txt`: missions with tab indentation,
conversations in backticks), Swedish: an OpenReview link, arXiv links (`/abs/`, `/pdf/…v2`, `http://`) in conversation
text and `#` comments, one id in text, three titles alone, and non-papers (a repository, a blog post, a book, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num, GPT2

F = by_num(1988)
TXT = f'''# Läsecirkeln — Endless Sky-plugin, version 0.4
# Kurirjobb där varje leverans är en artikel ur läsecirkelns lista (agenter och robotar, vårterminen).
# Källkod: https://github.com/lasecirkeln/es-lasecirkeln (repo, ingen artikel)

mission "Läsecirkeln: ReAct"
	name "Leverera kompendium till <destination>"
	description "Professor Lindqvist vill ha en utskrift av en artikel om resonerande agenter till <destination>. Betalning: <payment>."
	minor
	source
		government "Republic"
	destination "Luna"
	cargo "forskningsartiklar" 1
	to offer
		random < 40
	on offer
		conversation
			`En kvinna i labbrock vinkar åt dig i hamnen. "Kapten! Kan du ta med det här till <destination>? Det är {T("2210.03629")}."`
			`	Hon ger dig en mapp märkt https://openreview.net/forum?id={OR("2210.03629")}`
			choice
				`	"Visst, jag tar den."`
					goto accept
				`	"Tyvärr, lastrummet är fullt."`
					decline
			label accept
			`	"Tack! Läs gärna {T("2204.01691")} under resan: https://arxiv.org/abs/2204.01691"`
				accept
	on complete
		payment 18000
		dialog `Du lämnar mappen i <destination>. Mottagaren nämner också "{GPT2}" — ett klassiskt OpenAI-manus.`

# Generativa agenter: http://arxiv.org/abs/2304.03442 ({T("2304.03442")})
mission "Läsecirkeln: minne"
	name "Arkivleverans till <destination>"
	description "Fraktа ett arkiv med anteckningar om agenter med långtidsminne till <destination>."
	minor
	source "Luna"
	destination "Mars"
	cargo "anteckningar" 2
	to offer
		has "Läsecirkeln: ReAct: done"
	on offer
		conversation
			`Lindqvist igen: "Nästa gång: {T("2310.08560")}, https://arxiv.org/pdf/2310.08560v2 — och {T("2304.03442")}."`
			`	Hon lägger till: "Och {T("2307.15818")}, arXiv 2307.15818 — robotarmen i labbet kör den."`
			choice
				`	"Jag är på väg."`
					accept
				`	"Inte nu."`
					defer
	on complete
		payment 24000
		dialog `På Mars frågar en doktorand om "{T("2207.05221")}" och "{T("2306.11644")}". Du lovar att fråga Lindqvist. Hon rekommenderar också Lilian Wengs blogginlägg "LLM Powered Autonomous Agents", boken "Artificial Intelligence: A Modern Approach" och föredraget https://video.lasecirkeln.example.se/seminarium/2024-03.`
'''

if __name__ == "__main__":
    write_only(F, TXT.replace("Fraktа", "Frakta"), keys(F))
