#!/usr/bin/env python3
"""1135: an OpenTelemetry Collector `file` exporter output (OTLP/JSON, one ExportLogsServiceRequest per line),
Italian: the log of a Padua seminar series' scheduler ("seminario ML per le scienze") as it assembles the spring
programme. resourceLogs → resource.attributes / scopeLogs → scope, logRecords; timeUnixNano and
observedTimeUnixNano as decimal strings (observed ≥ time); severityNumber matches severityText (DEBUG 5, INFO 9,
WARN 13, ERROR 17); traceId 32 and spanId 16 lower-case hex, one trace per line; attribute values typed
(stringValue / intValue as a string / boolValue) — all computed here."""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F1135, keys, ALPHAFOLD

SEV = {"DEBUG": 5, "INFO": 9, "WARN": 13, "ERROR": 17}
RES = {"attributes": [{"key": "service.name", "value": {"stringValue": "seminari-scheduler"}},
                      {"key": "service.version", "value": {"stringValue": "0.9.4"}},
                      {"key": "host.name", "value": {"stringValue": "sem-pd-02"}},
                      {"key": "deployment.environment", "value": {"stringValue": "prod"}}]}


def av(v):
    if isinstance(v, bool): return {"boolValue": v}
    if isinstance(v, int): return {"intValue": str(v)}
    return {"stringValue": v}


def batch(n, t0, recs):
    trace = hashlib.sha256(f"trace{n}".encode()).hexdigest()[:32]
    lr = []
    for i, (dt_ms, sev, body, attrs) in enumerate(recs):
        t = t0 + dt_ms * 1_000_000
        lr.append({"timeUnixNano": str(t), "observedTimeUnixNano": str(t + 310_000 + i * 47_000),
                   "severityNumber": SEV[sev], "severityText": sev, "body": {"stringValue": body},
                   "attributes": [{"key": k, "value": av(v)} for k, v in attrs.items()],
                   "traceId": trace, "spanId": hashlib.sha256(f"span{n}.{i}".encode()).hexdigest()[:16]})
    return json.dumps({"resourceLogs": [{"resource": RES, "scopeLogs": [
        {"scope": {"name": "seminari.programma", "version": "0.9.4"}, "logRecords": lr}]}]},
        ensure_ascii=False, separators=(",", ":"))


T0 = 1710151200_000_000_000   # 2024-03-11 10:00 UTC
lines = [
 batch(1, T0, [
  (0, "INFO", "Avvio composizione programma primavera 2024", {"programma.id": "prim-2024", "sessioni.previste": 8}),
  (412, "INFO", "Proposta registrata: " + T("2010.08895"), {"proposta.relatore": "Chiara Benedetti", "proposta.link": "https://arxiv.org/abs/2010.08895", "seminario.data": "2024-03-21"}),
  (530, "INFO", "Proposta registrata: " + T("2010.03409"), {"proposta.relatore": "Tommaso Ferri", "proposta.link": "https://arxiv.org/abs/2010.03409", "seminario.data": "2024-03-28"}),
  (688, "WARN", "Proposta senza link né identificativo: " + ALPHAFOLD, {"proposta.relatore": "Giulia Rinaldi", "proposta.nota": "Nature 596 (2021), non su arXiv: allegare il PDF", "seminario.data": "2024-04-04"}),
 ]),
 batch(2, T0 + 3_600_000_000_000, [
  (0, "INFO", "Proposta registrata: " + T("2106.05234"), {"proposta.relatore": "Luca Marchetti", "proposta.ref": "arXiv:2106.05234", "seminario.data": "2024-04-11", "proposta.nota": "Graphormer, vincitore OGB-LSC 2021"}),
  (95, "INFO", "Proposta registrata: " + T("2006.16668"), {"proposta.relatore": "Sara Colombo", "proposta.link": "https://arxiv.org/pdf/2006.16668.pdf", "seminario.data": "2024-04-18"}),
  (240, "DEBUG", "dedup: nessun duplicato su 6 proposte", {"proposte.totali": 6}),
 ]),
 batch(3, T0 + 7_200_000_000_000, [
  (0, "WARN", "Proposta senza link: " + T("2010.00554"), {"proposta.relatore": "Davide Gallo", "seminario.data": "2024-05-02", "proposta.nota": "EigenGame (" + au("2010.00554", 2) + "), ICLR 2021"}),
  (120, "WARN", "Proposta senza link: " + T("2111.04263"), {"proposta.relatore": "Chiara Benedetti", "seminario.data": "2024-05-09", "proposta.nota": "FedDyn; per il progetto ospedaliero"}),
  (233, "WARN", "Proposta senza link: " + T("2007.01434"), {"proposta.relatore": "Tommaso Ferri", "seminario.data": "2024-05-16", "proposta.nota": "DomainBed; portare i risultati su PACS"}),
  (871, "ERROR", "Invio calendario fallito: SMTP 550 mailbox unavailable", {"smtp.destinatario": "seminari@dip.example.it", "retry": True}),
  (1904, "INFO", "Programma pubblicato: 9 sessioni (1 tutorial: corso PyTorch Geometric, non un articolo)", {"programma.id": "prim-2024", "sessioni.totali": 9, "pubblicato": True}),
 ]),
]
write_only(F1135, "\n".join(lines) + "\n", keys(F1135))
