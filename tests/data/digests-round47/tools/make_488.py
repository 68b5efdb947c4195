#!/usr/bin/env python3
"""488: a PowerShell 7 transcript (Start-Transcript output, PowerShell_transcript.HOST.RANDOM.TIMESTAMP.txt) of a
German PhD student fetching and filing the PDFs for a reading group on memory and recurrence in sequence models:
the transcript header and footer, prompts, German comments, Import-Csv | Format-List of the reading list, Invoke-
WebRequest downloads, Get-ChildItem listings, Select-String over a .bib file, an error record, Get-FileHash.
Papers: arXiv abs URLs (link), OpenReview pdf URLs (link), an arXiv id in a file name and a bib eprint field
(arxiv-text), titles from the CSV with proceedings / ACL Anthology pages (title-only). Not papers: the mamba-ssm and
state-spaces repositories, a talk recording, a Zotero folder, a room booking."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F488, keys

HDR = """**********************
PowerShell transcript start
Start time: 20240611091502
Username: LAB\\jkoch
RunAs User: LAB\\jkoch
Configuration Name: 
Machine: WS-KOCH-07 (Microsoft Windows NT 10.0.22631.0)
Host Application: C:\\Program Files\\PowerShell\\7\\pwsh.dll -NoLogo
Process ID: 11432
PSVersion: 7.4.2
PSEdition: Core
GitCommitId: 7.4.2
OS: Microsoft Windows 10.0.22631
Platform: Win32NT
PSCompatibleVersions: 1.0, 2.0, 3.0, 4.0, 5.0, 5.1, 7.4.2
PSRemotingProtocolVersion: 2.3
SerializationVersion: 1.1.0.1
WSManStackVersion: 3.0
**********************
"""
P = "PS C:\\Users\\jkoch\\Lesegruppe> "
text = HDR + f"""Transcript started, output file is C:\\Users\\jkoch\\Documents\\PowerShell_transcript.WS-KOCH-07.q3Vn8xTe.20240611091502.txt
{P}# Lesegruppe "Gedächtnis & Rekurrenz", Sitzungen 11.–25. Juni. PDFs für den geteilten Ordner holen.
{P}# Liste kommt aus dem Etherpad (exportiert als CSV, Trennzeichen ;)
{P}$liste = Import-Csv .\\lesegruppe_juni.csv -Delimiter ';' -Encoding utf8
{P}$liste | Format-List Nr, Titel, Autoren, Quelle, Termin

Nr      : 1
Titel   : {T("1901.02860")}
Autoren : Dai, Yang, Yang, Carbonell, Le, Salakhutdinov
Quelle  : https://arxiv.org/abs/1901.02860
Termin  : 11.06.

Nr      : 2
Titel   : {T("1906.08237")}
Autoren : Yang, Dai, Yang, Carbonell, Salakhutdinov, Le
Quelle  : NeurIPS 2019, https://proceedings.neurips.cc/paper/2019/hash/dc6a7e655d7e5840e66733e9ee67cc69-Abstract.html
Termin  : 11.06.

Nr      : 3
Titel   : {T("2002.09402")}
Autoren : Fan, Lavril, Grave, Joulin, Sukhbaatar
Quelle  : https://openreview.net/pdf?id={OR("2002.09402")}
Termin  : 13.06.

Nr      : 4
Titel   : {T("2010.06891")}
Autoren : Wu, Lan, Qian, Gu, Geramifard, Yu
Quelle  : Findings of AACL-IJCNLP 2022 (ACL Anthology)
Termin  : 13.06.

Nr      : 5
Titel   : {T("2105.06548")}
Autoren : Sukhbaatar, Ju, Poff, Roller, Szlam, Weston, Fan
Quelle  : https://openreview.net/pdf?id={OR("2105.06548")}
Termin  : 18.06.

Nr      : 6
Titel   : {T("2008.07669")}
Autoren : Gu, Dao, Ermon, Rudra, Ré
Quelle  : NeurIPS 2020 (Proceedings), Code: https://github.com/state-spaces/s4
Termin  : 18.06.

Nr      : 7
Titel   : {T("2312.00752")}
Autoren : Gu, Dao
Quelle  : Zotero (Ordner "SSM")
Termin  : 25.06.

Nr      : 8
Titel   : {T("2307.08621")}
Autoren : Sun, Dong, Huang, Ma, Xia, Xue, Wang, Wei
Quelle  : Microsoft-Research-Preprint, Code im torchscale-Repo
Termin  : 25.06.

{P}New-Item -ItemType Directory -Path .\\pdf -Force | Out-Null
{P}# arXiv/OpenReview direkt, der Rest kommt aus Zotero
{P}Invoke-WebRequest -Uri "https://arxiv.org/pdf/1901.02860" -OutFile .\\pdf\\01_Dai_2019_TransformerXL.pdf
{P}Invoke-WebRequest -Uri "https://openreview.net/pdf?id={OR("2002.09402")}" -OutFile .\\pdf\\03_Fan_FeedbackMemory.pdf
{P}Invoke-WebRequest -Uri "https://openreview.net/pdf?id={OR("2105.06548")}" -OutFile .\\pdf\\05_Sukhbaatar_Expire-Span.pdf
Invoke-WebRequest: Response status code does not indicate success: 429 (Too Many Requests).
{P}Start-Sleep -Seconds 30; Invoke-WebRequest -Uri "https://openreview.net/pdf?id={OR("2105.06548")}" -OutFile .\\pdf\\05_Sukhbaatar_Expire-Span.pdf
{P}Copy-Item "$env:USERPROFILE\\Zotero\\storage\\7KQ2M9XA\\Gu_Dao_2023_arXiv-2312.00752.pdf" .\\pdf\\07_Gu_Dao_Mamba.pdf
{P}Copy-Item "$env:USERPROFILE\\Zotero\\storage\\Q8W1TZ3C\\Sun et al. - Retentive Network.pdf" .\\pdf\\08_Sun_RetNet.pdf
{P}# XLNet, Memformer, HiPPO: PDFs von den Verlagsseiten, hat Lena schon im Teams-Ordner
{P}Copy-Item "\\\\fs01\\ag-sprache\\Lesegruppe\\2024-06\\*.pdf" .\\pdf\\
{P}Get-ChildItem .\\pdf | Sort-Object Name

    Directory: C:\\Users\\jkoch\\Lesegruppe\\pdf

Mode                 LastWriteTime         Length Name
----                 -------------         ------ ----
-a---          11.06.2024    09:16         1298841 01_Dai_2019_TransformerXL.pdf
-a---          07.06.2024    17:40          611920 02_Yang_XLNet_NeurIPS.pdf
-a---          11.06.2024    09:16          829133 03_Fan_FeedbackMemory.pdf
-a---          07.06.2024    17:41          702554 04_Wu_Memformer_AACL.pdf
-a---          11.06.2024    09:17         1577206 05_Sukhbaatar_Expire-Span.pdf
-a---          07.06.2024    17:41         2210471 06_Gu_HiPPO_NeurIPS.pdf
-a---          02.05.2024    11:03         1943002 07_Gu_Dao_Mamba.pdf
-a---          02.05.2024    11:04          978310 08_Sun_RetNet.pdf

{P}# eprint-Felder in der Bib prüfen (für die Folien-Literaturliste)
{P}Select-String -Path .\\lesegruppe.bib -Pattern 'title|eprint' | Select-Object -First 6 LineNumber, Line

LineNumber Line
---------- ----
        41   title         = {{{{{T("2312.00752")}}}}},
        44   eprint        = {{2312.00752}},
        45   archivePrefix = {{arXiv}},
        52   title         = {{{{{T("2307.08621")}}}}},
        57   note          = {{Preprint, Microsoft Research}},
        63   title         = {{{{{T("2008.07669")}}}}},

{P}Get-FileHash .\\pdf\\07_Gu_Dao_Mamba.pdf -Algorithm SHA256 | Format-List

Algorithm : SHA256
Hash      : 6E1F0C2B8D55A3A7C4B9F0E8D2A61C77B3E9054F1D2A8C6B0E7F3A91C5D4B2E8
Path      : C:\\Users\\jkoch\\Lesegruppe\\pdf\\07_Gu_Dao_Mamba.pdf

{P}# Code für die Demo am 25.06.: mamba-ssm läuft nicht unter Windows ohne WSL -> auf dem Cluster zeigen
{P}git clone https://github.com/state-spaces/mamba.git ..\\mamba
Cloning into '..\\mamba'...
{P}Write-Host "Raum 2.014 ist für 11./13./18./25.6. gebucht; Aufzeichnung des Gastvortrags (Rekurrenz vs. Attention) liegt im Teams-Kanal."
Raum 2.014 ist für 11./13./18./25.6. gebucht; Aufzeichnung des Gastvortrags (Rekurrenz vs. Attention) liegt im Teams-Kanal.
{P}Compress-Archive -Path .\\pdf\\* -DestinationPath .\\Lesegruppe_Juni.zip -Force
{P}Stop-Transcript
**********************
PowerShell transcript end
End time: 20240611092148
**********************
"""
text = text.replace("\n", "\r\n")
write_only(F488, text, keys(F488))
