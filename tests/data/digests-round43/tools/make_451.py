#!/usr/bin/env python3
"""451: an OpenAPI 3.0 specification in YAML (openapi.yaml) of an internal evaluation service for LLM agents, with
German descriptions: info (block-scalar description, contact, licence), servers, tags with externalDocs, paths with
operationIds, parameters, request bodies and responses, and components (schemas with enums and $refs, a security
scheme). Papers are cited in descriptions and externalDocs: arXiv abs / pdf URLs (link), an OpenReview forum URL
(link), "arXiv:ID" (arxiv-text), the title alone in „…" quotes, after a colon, in lower case (title-only). Not papers:
the MT-Bench / AgentBench repositories' data, the Chatbot Arena leaderboard, the team's Confluence pages, the
Gymnasium and MuJoCo documentation, the OpenAPI specification itself."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F451, keys

text = """openapi: 3.0.3
info:
  title: Agentenbewertung – Bewertungsdienst für LLM-Agenten
  version: 1.4.0
  description: |
    Interner Dienst der Arbeitsgruppe Sprachmodelle zum reproduzierbaren Bewerten von LLMs und LLM-Agenten.
    Ein *Lauf* (`Run`) verbindet ein Modell-Endpoint, eine Agenten-Strategie und eine Benchmark-Suite; die
    Ergebnisse landen in der Ergebnisdatenbank und im wöchentlichen Bericht.

    **Wichtig:** Die Suiten sind Nachbauten. Zahlen aus diesem Dienst sind untereinander vergleichbar, aber nicht
    mit den Tabellen der Originalarbeiten. Welche Arbeit welcher Suite zugrunde liegt, steht jeweils in der
    Beschreibung des Schemas `BenchmarkId`.

    Änderungen seit 1.3: neues Feld `judge` in `RunRequest`, Endpunkt `/runs/{runId}/urteile`, Suite
    `robotik-planung` (nur Textsimulation, keine echten Roboter).
  contact:
    name: Team Evaluation (Jonas Brettschneider, Aylin Koç)
    email: eval-team@example.de
    url: https://confluence.example.de/display/SPRACH/Agentenbewertung
  license:
    name: intern – nicht weitergeben
servers:
  - url: https://eval.example.de/api/v1
    description: Produktion
  - url: https://eval-staging.example.de/api/v1
    description: Staging (Daten werden jeden Sonntag gelöscht)
tags:
  - name: Benchmarks
    description: Verfügbare Suiten und ihre Aufgaben.
  - name: Läufe
    description: Bewertungsläufe starten, abfragen und abbrechen.
  - name: Urteile
    description: |
      Paarweise Urteile durch ein Richter-Modell. Vorgehen, Positions-Bias und Prompt-Vorlage wie in
      „""" + T("2306.05685") + """“ (Zheng et al., NeurIPS 2023 Datasets and Benchmarks; arXiv:2306.05685).
      Die 80 Fragen der Suite `mt-bench` stammen aus dem Repository der Autoren.
  - name: Agenten
    description: Agenten-Strategien (Prompting-Schemata), die ein Lauf verwenden kann.
    externalDocs:
      description: AgentBench, nach dessen Aufteilung die Umgebungen `os`, `db` und `kg` gebaut sind
      url: https://arxiv.org/abs/2308.03688
paths:
  /benchmarks:
    get:
      tags: [Benchmarks]
      operationId: listBenchmarks
      summary: Alle Suiten auflisten
      parameters:
        - name: kategorie
          in: query
          required: false
          schema:
            type: string
            enum: [wissen, agenten, dialog, robotik, rl]
      responses:
        '200':
          description: Liste der Suiten
          content:
            application/json:
              schema:
                type: array
                items:
                  $ref: '#/components/schemas/Benchmark'
  /benchmarks/{benchmarkId}:
    get:
      tags: [Benchmarks]
      operationId: getBenchmark
      summary: Eine Suite mit Aufgabenliste abrufen
      parameters:
        - $ref: '#/components/parameters/BenchmarkIdParam'
      responses:
        '200':
          description: Die Suite
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Benchmark'
        '404':
          $ref: '#/components/responses/NichtGefunden'
  /runs:
    post:
      tags: [Läufe]
      operationId: createRun
      summary: Bewertungslauf starten
      description: |
        Startet einen Lauf. Few-Shot-Beispiele werden im Format von „""" + T("2005.14165") + """“ (Brown et al.,
        2020) in den Prompt gesetzt: k Beispiele, jeweils Frage und Antwort, getrennt durch eine Leerzeile. Für
        `k = 0` entfällt der Block.
      requestBody:
        required: true
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/RunRequest'
      responses:
        '202':
          description: Lauf angenommen und eingereiht
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Run'
        '422':
          description: Ungültige Kombination (z. B. `react` mit einer Suite ohne Werkzeuge)
  /runs/{runId}:
    get:
      tags: [Läufe]
      operationId: getRun
      summary: Status und Ergebnisse eines Laufs
      parameters:
        - $ref: '#/components/parameters/RunIdParam'
      responses:
        '200':
          description: Der Lauf
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Run'
        '404':
          $ref: '#/components/responses/NichtGefunden'
    delete:
      tags: [Läufe]
      operationId: cancelRun
      summary: Lauf abbrechen
      parameters:
        - $ref: '#/components/parameters/RunIdParam'
      responses:
        '204':
          description: Abgebrochen
  /runs/{runId}/urteile:
    get:
      tags: [Urteile]
      operationId: listJudgements
      summary: Richter-Urteile eines Laufs
      parameters:
        - $ref: '#/components/parameters/RunIdParam'
        - name: nur_uneinig
          in: query
          required: false
          description: Nur Paare, bei denen sich das Urteil nach Vertauschen der Reihenfolge ändert.
          schema:
            type: boolean
            default: false
      responses:
        '200':
          description: Urteile
          content:
            application/json:
              schema:
                type: array
                items:
                  $ref: '#/components/schemas/Urteil'
components:
  parameters:
    BenchmarkIdParam:
      name: benchmarkId
      in: path
      required: true
      schema:
        $ref: '#/components/schemas/BenchmarkId'
    RunIdParam:
      name: runId
      in: path
      required: true
      schema:
        type: string
        pattern: '^run_[0-9a-f]{8}$'
  responses:
    NichtGefunden:
      description: Nicht gefunden
      content:
        application/json:
          schema:
            $ref: '#/components/schemas/Fehler'
  schemas:
    BenchmarkId:
      type: string
      description: |
        Kennung einer Suite. Grundlage der einzelnen Suiten:

        - `mmlu` – 57 Fächer, Multiple Choice; Nachbau von „""" + T("2009.03300") + """“ (Hendrycks et al.,
          ICLR 2021), 5-shot.
        - `big-bench-lite` – die 24 Aufgaben der Lite-Auswahl aus
          """ + T("2206.04615") + """ (Srivastava et al., TMLR 2023).
        - `agentbench-os`, `agentbench-db`, `agentbench-kg` – drei der acht Umgebungen aus
          """ + T("2308.03688") + """ (Liu et al., ICLR 2024), siehe https://arxiv.org/abs/2308.03688.
        - `mt-bench` – 80 mehrstufige Fragen, bewertet durch ein Richter-Modell (siehe Tag `Urteile`).
        - `robotik-planung` – Küchenaufgaben in Textform: Das Modell wählt aus einer Liste von Fähigkeiten, die
          Auswahl wird mit Affordanz-Werten gewichtet wie in „""" + T("2204.01691") + """“ (Ahn et al., 2022).
          Die Aktions-Tokenisierung der Variante `robotik-vla` folgt
          """ + T("2307.15818") + """, https://arxiv.org/abs/2307.15818.
        - `rl-kontrolle` – PPO-Baselines auf fünf MuJoCo-Aufgaben mit den Hyperparametern aus
          """ + T("2006.05990").lower() + """ (Andrychowicz et al., ICLR 2021; arXiv:2006.05990).
        - `rl-offline` – Trajektorien-Modellierung mit Beam Search wie in
          """ + T("2106.02039") + """ (Janner, Li, Levine; https://arxiv.org/pdf/2106.02039.pdf).
      enum:
        - mmlu
        - big-bench-lite
        - agentbench-os
        - agentbench-db
        - agentbench-kg
        - mt-bench
        - robotik-planung
        - robotik-vla
        - rl-kontrolle
        - rl-offline
    Benchmark:
      type: object
      required: [id, name, kategorie, aufgaben]
      properties:
        id:
          $ref: '#/components/schemas/BenchmarkId'
        name:
          type: string
          example: MMLU (Nachbau, 5-shot)
        kategorie:
          type: string
          enum: [wissen, agenten, dialog, robotik, rl]
        aufgaben:
          type: integer
          minimum: 1
          example: 57
        metrik:
          type: string
          enum: [accuracy, erfolgsrate, gewinnrate, return]
    AgentStrategie:
      type: string
      description: |
        - `direkt` – nur die Antwort, kein Zwischentext.
        - `react` – abwechselnd Gedanke, Aktion und Beobachtung nach
          """ + T("2210.03629") + """ (Yao et al., ICLR 2023), https://openreview.net/forum?id=WE_vluYUL-X.
          Maximal 15 Schritte.
        - `evolviert` – für `rl-*`: Verlustfunktion aus der Suche in
          „""" + T("2101.03958") + """“ (Co-Reyes et al., ICLR 2021), als DQN-Variante fest eingebaut.
      enum: [direkt, react, evolviert]
      default: direkt
    RunRequest:
      type: object
      required: [modell, benchmark]
      properties:
        modell:
          type: string
          description: Name eines registrierten Modell-Endpoints
          example: llama-3-8b-instruct@vllm-a100-03
        benchmark:
          $ref: '#/components/schemas/BenchmarkId'
        strategie:
          $ref: '#/components/schemas/AgentStrategie'
        k:
          type: integer
          minimum: 0
          maximum: 10
          default: 5
          description: Anzahl der Few-Shot-Beispiele
        judge:
          type: string
          description: Richter-Modell für `mt-bench` (Standard gpt-4-0613 über den Proxy)
          example: gpt-4-0613
        seed:
          type: integer
          default: 1234
    Run:
      type: object
      properties:
        id:
          type: string
          example: run_3fa85f64
        status:
          type: string
          enum: [eingereiht, läuft, fertig, abgebrochen, fehler]
        ergebnis:
          type: number
          format: float
          nullable: true
        bericht_url:
          type: string
          format: uri
          example: https://eval.example.de/berichte/run_3fa85f64.html
    Urteil:
      type: object
      properties:
        frage_id:
          type: integer
        modell_a:
          type: string
        modell_b:
          type: string
        gewinner:
          type: string
          enum: [a, b, unentschieden]
        begruendung:
          type: string
    Fehler:
      type: object
      properties:
        code:
          type: string
        meldung:
          type: string
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
security:
  - bearerAuth: []
"""
write_only(F451, text, keys(F451))
