#!/usr/bin/env python3
"""656 (negative): a Grafana 10.4 dashboard exported "for sharing externally" (Export → Save to file): JSON with indent 2
and sorted keys, __inputs / __elements / __requires, annotations, panels (row, stat, timeseries, gauge, table, text) with
gridPos on the 24-column grid, Prometheus targets (DCGM exporter, node exporter, a Slurm exporter), templating
variables, time / timepicker, uid and version. Hebrew titles, descriptions and a Markdown text panel about a lab's GPU
cluster; no papers (the builder refuses any catalogue title and anything arXiv-shaped)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F656

DS = {"type": "prometheus", "uid": "${DS_PROMETHEUS}"}
pid = [0]


def panel(typ, title, x, y, w, h, targets=(), desc="", unit=None, extra=None, thresholds=None, decimals=None):
    pid[0] += 1
    p = {"datasource": DS, "gridPos": {"h": h, "w": w, "x": x, "y": y}, "id": pid[0], "title": title, "type": typ}
    if desc: p["description"] = desc
    if targets:
        p["targets"] = [{"datasource": DS, "editorMode": "code", "expr": e, "legendFormat": lf, "range": True, "refId": chr(65 + i)}
                        for i, (e, lf) in enumerate(targets)]
    dflt = {"color": {"mode": "palette-classic" if typ == "timeseries" else "thresholds"}, "mappings": [],
            "thresholds": {"mode": "absolute", "steps": thresholds or [{"color": "green", "value": None}, {"color": "red", "value": 80}]}}
    if unit: dflt["unit"] = unit
    if decimals is not None: dflt["decimals"] = decimals
    if typ == "timeseries":
        dflt["custom"] = {"axisBorderShow": False, "axisCenteredZero": False, "axisColorMode": "text", "axisLabel": "",
                          "axisPlacement": "auto", "barAlignment": 0, "drawStyle": "line", "fillOpacity": 10, "gradientMode": "none",
                          "hideFrom": {"legend": False, "tooltip": False, "viz": False}, "insertNulls": False, "lineInterpolation": "linear",
                          "lineWidth": 1, "pointSize": 5, "scaleDistribution": {"type": "linear"}, "showPoints": "never",
                          "spanNulls": False, "stacking": {"group": "A", "mode": "none"}, "thresholdsStyle": {"mode": "off"}}
    if typ != "text":
        p["fieldConfig"] = {"defaults": dflt, "overrides": []}
    opts = {"timeseries": {"legend": {"calcs": ["mean", "max"], "displayMode": "table", "placement": "right", "showLegend": True},
                           "tooltip": {"mode": "multi", "sort": "desc"}},
            "stat": {"colorMode": "value", "graphMode": "area", "justifyMode": "auto", "orientation": "auto",
                     "reduceOptions": {"calcs": ["lastNotNull"], "fields": "", "values": False}, "showPercentChange": False,
                     "textMode": "auto", "wideLayout": True},
            "gauge": {"minVizHeight": 75, "minVizWidth": 75, "orientation": "auto",
                      "reduceOptions": {"calcs": ["lastNotNull"], "fields": "", "values": False}, "showThresholdLabels": False,
                      "showThresholdMarkers": True, "sizing": "auto"},
            "table": {"cellHeight": "sm", "footer": {"countRows": False, "fields": "", "reducer": ["sum"], "show": False}, "showHeader": True}}
    if typ in opts: p["options"] = opts[typ]
    p["pluginVersion"] = "10.4.1"
    if extra: p.update(extra)
    return p


def row(title, y, collapsed=False):
    pid[0] += 1
    return {"collapsed": collapsed, "gridPos": {"h": 1, "w": 24, "x": 0, "y": y}, "id": pid[0], "panels": [], "title": title, "type": "row"}


NODE = 'instance=~"$node"'
md = """### לוח ניטור – אשכול ה־GPU של המעבדה

**לפני שמגישים עבודה:** לבדוק כאן שיש GPU פנויים בצומת המבוקש.

* מדריך שימוש באשכול (עברית): [ויקי המעבדה](https://wiki.galil-lab.example.org.il/cluster)
* תור ברירת מחדל: `gpu-short` (עד 4 שעות). עבודות ארוכות: `gpu-long`, באישור מראש.
* בעיות? לפנות לנועה (מנהלת מערכת) בערוץ ‎#cluster‎ או במייל admin@galil-lab.example.org.il
* תחזוקה מתוכננת: יום שלישי הראשון בכל חודש, 07:00–09:00.

> המדדים מגיעים מ־DCGM exporter ומ־node exporter; נתוני התורים מ־prometheus-slurm-exporter."""
panels = [
 panel("text", "מידע למשתמשים", 0, 0, 8, 9, extra={"options": {"code": {"language": "plaintext", "showLineNumbers": False, "showMiniMap": False},
                                                              "content": md, "mode": "markdown"}}),
 panel("stat", "GPU פנויים", 8, 0, 4, 5, [('count(DCGM_FI_DEV_GPU_UTIL{%s} < 5)' % NODE, "")],
       desc="מספר ה־GPU שניצולתם מתחת ל־5% בדקה האחרונה", unit="none",
       thresholds=[{"color": "red", "value": None}, {"color": "orange", "value": 2}, {"color": "green", "value": 4}]),
 panel("stat", "עבודות בתור", 12, 0, 4, 5, [("slurm_queue_pending", "")], desc="עבודות שממתינות בתור (כל המחיצות)", unit="none",
       thresholds=[{"color": "green", "value": None}, {"color": "orange", "value": 10}, {"color": "red", "value": 30}]),
 panel("gauge", "ניצולת ממוצעת", 16, 0, 8, 5, [('avg(DCGM_FI_DEV_GPU_UTIL{%s})' % NODE, "")], unit="percent",
       thresholds=[{"color": "green", "value": None}, {"color": "orange", "value": 70}, {"color": "red", "value": 90}]),
 panel("stat", "צריכת חשמל כוללת", 8, 5, 8, 4, [('sum(DCGM_FI_DEV_POWER_USAGE{%s})' % NODE, "")], unit="watt", decimals=0),
 panel("stat", "דיסק /scratch", 16, 5, 8, 4,
       [('1 - node_filesystem_avail_bytes{mountpoint="/scratch"} / node_filesystem_size_bytes{mountpoint="/scratch"}', "")],
       unit="percentunit", thresholds=[{"color": "green", "value": None}, {"color": "orange", "value": 0.8}, {"color": "red", "value": 0.95}]),
 row("ניצולת לפי GPU", 9),
 panel("timeseries", "ניצולת GPU", 0, 10, 12, 9, [('DCGM_FI_DEV_GPU_UTIL{%s}' % NODE, "{{Hostname}} GPU{{gpu}}")], unit="percent"),
 panel("timeseries", "זיכרון GPU בשימוש", 12, 10, 12, 9,
       [('DCGM_FI_DEV_FB_USED{%s} / (DCGM_FI_DEV_FB_USED{%s} + DCGM_FI_DEV_FB_FREE{%s})' % (NODE, NODE, NODE), "{{Hostname}} GPU{{gpu}}")],
       unit="percentunit"),
 panel("timeseries", "טמפרטורה", 0, 19, 24, 8, [('DCGM_FI_DEV_GPU_TEMP{%s}' % NODE, "{{Hostname}} GPU{{gpu}}")], unit="celsius",
       desc="מעל 83 מעלות – להודיע לנועה (בעיה במיזוג בחדר השרתים)",
       thresholds=[{"color": "green", "value": None}, {"color": "red", "value": 83}]),
 row("תורים ומשתמשים", 27),
 panel("table", "עבודות רצות לפי משתמש", 0, 28, 24, 8, [("sum by (user) (slurm_user_jobs_running)", "")], unit="none",
       extra={"transformations": [{"id": "reduce", "options": {"reducers": ["lastNotNull"]}},
                                  {"id": "organize", "options": {"renameByName": {"Field": "משתמש", "Last *": "עבודות"}}}]}),
]
dash = {
 "__elements": {},
 "__inputs": [{"description": "", "label": "Prometheus", "name": "DS_PROMETHEUS", "pluginId": "prometheus", "pluginName": "Prometheus", "type": "datasource"}],
 "__requires": [{"id": "gauge", "name": "Gauge", "type": "panel", "version": ""},
                {"id": "grafana", "name": "Grafana", "type": "grafana", "version": "10.4.1"},
                {"id": "prometheus", "name": "Prometheus", "type": "datasource", "version": "1.0.0"},
                {"id": "stat", "name": "Stat", "type": "panel", "version": ""},
                {"id": "table", "name": "Table", "type": "panel", "version": ""},
                {"id": "text", "name": "Text", "type": "panel", "version": ""},
                {"id": "timeseries", "name": "Time series", "type": "panel", "version": ""}],
 "annotations": {"list": [{"builtIn": 1, "datasource": {"type": "grafana", "uid": "-- Grafana --"}, "enable": True, "hide": True,
                           "iconColor": "rgba(0, 211, 255, 1)", "name": "Annotations & Alerts", "type": "dashboard"},
                          {"datasource": DS, "enable": True, "expr": "changes(slurm_node_state_drain[5m]) > 0", "iconColor": "red",
                           "name": "צומת הוצא משירות (drain)", "titleFormat": "drain", "textFormat": "{{node}}"}]},
 "description": "ניטור אשכול ה־GPU של מעבדת הגליל ללמידה חישובית",
 "editable": True, "fiscalYearStartMonth": 0, "graphTooltip": 1, "id": None,
 "links": [{"asDropdown": False, "icon": "external link", "includeVars": False, "keepTime": False, "tags": [], "targetBlank": True,
            "title": "ויקי האשכול", "tooltip": "", "type": "link", "url": "https://wiki.galil-lab.example.org.il/cluster"}],
 "liveNow": False, "panels": panels, "refresh": "1m", "schemaVersion": 39, "tags": ["gpu", "slurm", "מעבדה"],
 "templating": {"list": [
   {"current": {}, "datasource": DS, "definition": "label_values(DCGM_FI_DEV_GPU_UTIL, instance)", "hide": 0, "includeAll": True,
    "label": "צומת", "multi": True, "name": "node", "options": [],
    "query": {"qryType": 1, "query": "label_values(DCGM_FI_DEV_GPU_UTIL, instance)", "refId": "PrometheusVariableQueryEditor-VariableQuery"},
    "refresh": 1, "regex": "", "skipUrlSync": False, "sort": 1, "type": "query"}]},
 "time": {"from": "now-6h", "to": "now"}, "timepicker": {}, "timezone": "Asia/Jerusalem", "title": "אשכול GPU – מעבדת הגליל",
 "uid": "gpu-galil-7c2e", "version": 17, "weekStart": "sunday"}
text = json.dumps(dash, indent=2, sort_keys=True, ensure_ascii=False)
write(F656, text, negative=True)
