#!/usr/bin/env python3
"""992: a German master's student's TaskJuggler 3 project file (`masterarbeit.tjp`): the `project` header (id, name,
start, `+6m`, timezone, timeformat, now, working hours), a `leaves holiday`, `flags`, two resources, then the task
tree (Literaturarbeit / Experimente / Schreiben) with `effort`, `allocate`, `depends` (relative `!` paths and absolute
ids), `complete`, `flags`, `milestone`, and notes as scissors strings (`-8<-` … `->8-`), then a macro and the reports
(`navigator`, `taskreport`, `resourcereport`). The reading tasks are the papers of the thesis's literature part
(self-supervised pre-training, transfer and continual learning for aerial images); comments and notes in German. The
solo-learn repository, the timm documentation and a recorded lecture are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write_only, fill
from make_expected import by_num, keys

F = by_num(992)
K = dict(byol="2006.07733", barlow="2103.03230", bitune="2011.06182", beit="2106.08254", gpm="2103.09762",
         hardneg="2010.04592", bit="1912.11370", vit="2106.10270")

TJP = r"""/*
 * Masterarbeit Jonas Becker — Zeitplan
 * "Selbstüberwachtes Vortraining für Luftbilder mit wenig Labels"
 * Betreuung: Dr. Katrin Vogel, Lehrstuhl für Fernerkundung
 *
 * Kompilieren: tj3 masterarbeit.tjp  (Berichte landen in ./berichte/)
 */
project ma "Masterarbeit: Selbstüberwachtes Vortraining für Luftbilder" 2024-03-01 +6m {
  timezone "Europe/Berlin"
  timeformat "%d.%m.%Y"
  now 2024-03-11
  workinghours mon - fri 9:00 - 13:00, 14:00 - 18:00
  workinghours sat, sun off
}

leaves holiday "Ostern" 2024-03-29 +4d
leaves holiday "Tag der Arbeit" 2024-05-01

flags lesen, experiment, schreiben, termin

resource jonas "Jonas Becker" {
  email "jonas.becker@stud.tu-example.de"
  limits { dailymax 6h }
}
resource vogel "Dr. Katrin Vogel" {
  email "katrin.vogel@tu-example.de"
  # nur für Besprechungen eingeplant
  limits { weeklymax 2h }
}

task lit "Literaturarbeit" {
  start ${projectstart}
  allocate jonas

  task ssl "Selbstüberwachtes Lernen (Kapitel 2.1)" {
    task byol "Lesen: [[T:byol]]" {
      effort 1.5d
      flags lesen
      complete 100
      note -8<-
        https://arxiv.org/abs/2006.07733
        Online- und Target-Netz (EMA), keine negativen Paare. Frage an Katrin: warum kollabiert das nicht?
        Implementierung zum Nachschauen: solo-learn (github.com/vturrisi/solo-learn) — Repo, kein Paper.
      ->8-
    }
    task barlow "Lesen: [[T:barlow]]" {
      effort 1d
      depends !byol
      flags lesen
      complete 100
      note -8<-
        https://arxiv.org/abs/2103.03230
        Kreuzkorrelationsmatrix → Einheitsmatrix. Viel einfacher als BYOL, Batchgröße egal(er).
      ->8-
    }
    task hardneg "Lesen: [[T:hardneg]]" {
      effort 1d
      depends !barlow
      flags lesen
      complete 40
      note "Robinson et al., ICLR 2021. Nur Abschnitt 3 + Experimente; PDF liegt in Zotero (Sammlung MA/SSL)."
    }
    task beit "Lesen: [[T:beit]]" {
      effort 1.5d
      depends !hardneg
      flags lesen
      note -8<-
        arXiv:2106.08254
        Maskiertes Bild-Modellieren mit visuellen Tokens (dVAE). Für Luftbilder: passt die Tokenisierung überhaupt?
      ->8-
    }
  }

  task transfer "Transfer und Feinabstimmung (Kapitel 2.2)" {
    depends lit.ssl.barlow
    task bit "Lesen: [[T:bit]]" {
      effort 1d
      flags lesen
      note "Kolesnikov et al. — Upstream-Größe vs. Downstream mit wenigen Labels; Abb. 1 in die Einleitung?"
    }
    task bitune "Lesen: [[T:bitune]]" {
      effort 1d
      depends !bit
      flags lesen
      note -8<-
        https://openreview.net/forum?id=3rRgu7OGgBI
        Kontrastiver Kopf + Klassifikator-Kopf beim Feintuning. Gute Baseline für meine 1-%-Label-Experimente.
      ->8-
    }
    task vit "Lesen: [[T:vit]]" {
      effort 1.5d
      depends !bitune
      flags lesen
      note -8<-
        Steiner et al. Rezepte für Augmentierung/Regularisierung; Checkpoints über timm
        (Doku: huggingface.co/docs/timm — keine Publikation).
      ->8-
    }
  }

  task continual "Kontinuierliches Lernen (Kapitel 2.3, optional)" {
    depends lit.transfer
    task gpm "Lesen: [[T:gpm]]" {
      effort 1d
      flags lesen
      note "arXiv 2103.09762 — Gradienten orthogonal zu den Unterräumen alter Aufgaben. Nur falls Zeit bleibt."
    }
  }

  task vl "Vorlesung ansehen: Self-Supervised Learning (Aufzeichnung, YouTube)" {
    effort 0.5d
    # keine Lektüre, nur als Überblick vor Kapitel 2
    complete 100
  }
}

task exp "Experimente" {
  depends lit.ssl
  allocate jonas

  task daten "Datensatz vorbereiten (Orthofotos NRW, 20-cm-Kacheln)" {
    effort 5d
    flags experiment
    complete 60
  }
  task vortrain "Vortraining BYOL / Barlow Twins auf 4×A100" {
    effort 8d
    depends !daten
    flags experiment
  }
  task feintune "Feinabstimmung mit 1 / 10 / 100 % Labels" {
    effort 6d
    depends !vortrain, lit.transfer
    flags experiment
  }
}

task schreiben "Schreiben" {
  allocate jonas
  task kap2 "Kapitel 2 (Grundlagen)" {
    effort 6d
    depends lit
    flags schreiben
  }
  task kap4 "Kapitel 4 (Experimente)" {
    effort 8d
    depends exp.feintune
    flags schreiben
  }
  task abgabe "Abgabe beim Prüfungsamt" {
    milestone
    depends !kap2, !kap4
    flags termin
  }
}

task besprechungen "Besprechungen mit Katrin" {
  allocate vogel
  task b1 "Besprechung Literatur" {
    milestone
    start 2024-03-21
    flags termin
  }
  task b2 "Besprechung erste Ergebnisse" {
    milestone
    depends exp.vortrain
    flags termin
  }
}

macro TaskTip [
  tooltip istask() -8<-
    '''Start: ''' <-query attribute='start'->
    '''Ende: ''' <-query attribute='end'->
  ->8-
]

navigator navbar {
  hidereport 0
}

taskreport uebersicht "berichte/Uebersicht" {
  formats html
  headline "Masterarbeit — Zeitplan"
  navigator navbar
  columns bsi { title "Nr." }, name, start, end, effort, complete, chart { ${TaskTip} }
  timeformat "%a %d.%m."
  loadunit days
  hideresource 1
}

taskreport lektuere "berichte/Lektuere" {
  formats html, csv
  headline "Leseliste (Tasks mit Flag lesen)"
  hidetask ~hasflag(lesen)
  columns name, start, end, complete, note { width 480 }
  hideresource 1
}

resourcereport auslastung "berichte/Auslastung" {
  formats html
  headline "Auslastung"
  columns no, name, effort, weekly
  loadunit hours
  hidetask 1
}
"""
text = fill(TJP, K)
write_only(F, text, keys(F))
