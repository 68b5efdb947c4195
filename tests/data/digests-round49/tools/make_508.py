#!/usr/bin/env python3
"""508: an RDF Turtle file (as rdflib / Apache Jena riot / a triple store read it) in which a German NLP reading group
keeps its reading list as a small graph: @prefix lines, bibo / dcterms / schema.org / foaf terms, blank nodes,
collections, typed literals, language tags, a triple-quoted long literal, German # comments. Papers: arXiv abs IRIs
as subjects or bibo:uri (link), an OpenReview forum IRI (link), a bibo:identifier "arXiv:…" literal (arxiv-text),
ACL Anthology / JMLR IRIs or no IRI at all (title-only). Not papers: the fairseq and transformers repositories,
a course, a talk, the group's meetings and people."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F508, keys, GLOVE

bart = T("1910.13461")
bart_wrapped = bart.replace(" for Natural", "\n        for Natural")

text = f'''# lesekreis-nlp.ttl — Leseliste des NLP-Lesekreises (Sommersemester 2024)
# Pflege: Jonas Weidenfeller <j.weidenfeller@example.de>, Marit Oltmanns <m.oltmanns@example.de>
# Prüfen vor dem Commit:  riot --validate lesekreis-nlp.ttl
# Abfragen: siehe queries/offen.rq (alles mit lk:status lk:offen, sortiert nach lk:sitzung)
# Konvention: Paper-Knoten sind die arXiv-IRI, wenn es eine gibt; sonst ein lokaler Knoten lk:p-<kürzel>.

@prefix rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs:   <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd:    <http://www.w3.org/2001/XMLSchema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix bibo:   <http://purl.org/ontology/bibo/> .
@prefix foaf:   <http://xmlns.com/foaf/0.1/> .
@prefix schema: <https://schema.org/> .
@prefix lk:     <https://lesekreis.example.de/ns#> .
@prefix ses:    <https://lesekreis.example.de/sitzung/> .

# ---------------------------------------------------------------- Vokabular (nur was wir brauchen)
lk:Sitzung   a rdfs:Class ; rdfs:label "Sitzung"@de, "session"@en .
lk:status    a rdf:Property ; rdfs:label "Lesestatus"@de ; rdfs:range lk:Status .
lk:offen     a lk:Status ; rdfs:label "offen"@de .
lk:gelesen   a lk:Status ; rdfs:label "gelesen"@de .
lk:vorstellt a rdf:Property ; rdfs:label "wird vorgestellt von"@de .
lk:sitzung   a rdf:Property ; rdfs:domain bibo:AcademicArticle ; rdfs:range lk:Sitzung .

# ---------------------------------------------------------------- Personen (Lesekreis)
lk:jonas  a foaf:Person ; foaf:name "Jonas Weidenfeller" ; foaf:mbox <mailto:j.weidenfeller@example.de> .
lk:marit  a foaf:Person ; foaf:name "Marit Oltmanns" ; foaf:mbox <mailto:m.oltmanns@example.de> .
lk:deniz  a foaf:Person ; foaf:name "Deniz Albrecht-Yüce" .
lk:svenja a foaf:Person ; foaf:name "Svenja Krohmer" .

# ---------------------------------------------------------------- Sitzungen
ses:01 a lk:Sitzung ; dcterms:date "2024-04-18"^^xsd:date ; rdfs:label "Wortvektoren"@de ;
    schema:location "Raum 3.114, Informatikgebäude" .
ses:02 a lk:Sitzung ; dcterms:date "2024-05-02"^^xsd:date ; rdfs:label "Subwörter und Tokenisierung"@de .
ses:03 a lk:Sitzung ; dcterms:date "2024-05-16"^^xsd:date ; rdfs:label "Encoder-Vortraining"@de .
ses:04 a lk:Sitzung ; dcterms:date "2024-06-06"^^xsd:date ; rdfs:label "Seq2seq-Vortraining"@de .
ses:05 a lk:Sitzung ; dcterms:date "2024-06-20"^^xsd:date ; rdfs:label "Werkzeuge und Abschluss"@de ;
    rdfs:comment "Letzte Sitzung vor der Prüfungsphase, danach Grillen im Innenhof."@de .

# ---------------------------------------------------------------- Papers
# Sitzung 1 — Wortvektoren
lk:p-mikolov13 a bibo:AcademicArticle ;
    dcterms:title "{T("1301.3781")}"@en ;
    bibo:identifier "arXiv:1301.3781" ;
    dcterms:issued "2013"^^xsd:gYear ;
    lk:sitzung ses:01 ; lk:vorstellt lk:deniz ; lk:status lk:gelesen ;
    rdfs:comment "Skip-gram und CBOW; die Analogie-Auswertung in Tabelle 8 nachrechnen."@de .

lk:p-glove a bibo:AcademicArticle ;
    dcterms:title "{GLOVE}"@en ;
    dcterms:isPartOf [ a bibo:Proceedings ; dcterms:title "Proceedings of EMNLP 2014"@en ] ;
    bibo:pages "1532--1543" ;
    bibo:uri <https://aclanthology.org/D14-1162/> ;
    lk:sitzung ses:01 ; lk:vorstellt lk:svenja ; lk:status lk:gelesen .

# Sitzung 2 — Subwörter
<https://arxiv.org/abs/1508.07909> a bibo:AcademicArticle ;
    dcterms:title "{T("1508.07909")}"@en ;
    dcterms:issued "2016"^^xsd:gYear ;   # ACL 2016, wir lesen die arXiv-Fassung
    lk:sitzung ses:02 ; lk:vorstellt lk:jonas ; lk:status lk:gelesen ;
    schema:isBasedOn <https://github.com/rsennrich/subword-nmt> .   # Code, kein Paper

<https://github.com/rsennrich/subword-nmt> a schema:SoftwareSourceCode ;
    schema:name "subword-nmt" ; schema:programmingLanguage "Python" .

# Sitzung 3 — Encoder-Vortraining
lk:p-roberta a bibo:AcademicArticle ;
    dcterms:title "{T("1907.11692")}"@en ;
    rdfs:seeAlso <https://github.com/facebookresearch/fairseq/tree/main/examples/roberta> ;   # nur das Repo
    lk:sitzung ses:03 ; lk:vorstellt lk:marit ; lk:status lk:gelesen ;
    rdfs:comment "Vergleich der Trainingsdauer mit BERT in Tabelle 4 diskutieren."@de .

<https://openreview.net/forum?id={OR("2010.06040")}> a bibo:AcademicArticle ;
    dcterms:title "{T("2010.06040")}"@en ;
    dcterms:isPartOf [ a bibo:Proceedings ; dcterms:title "ICLR 2021 (eingereicht)"@de ] ;
    lk:sitzung ses:03 ; lk:vorstellt lk:deniz ; lk:status lk:offen ;
    rdfs:comment "Die Gutachten im Forum sind lesenswert (Varianz der Gradienten)."@de .

# Sitzung 4 — Seq2seq-Vortraining
<https://arxiv.org/abs/1910.13461> a bibo:AcademicArticle ;
    dcterms:title """{bart_wrapped}"""@en ;
    dcterms:issued "2020"^^xsd:gYear ;   # ACL 2020
    lk:sitzung ses:04 ; lk:vorstellt lk:svenja ; lk:status lk:offen .

lk:p-t5 a bibo:AcademicArticle ;
    dcterms:title "{T("1910.10683")}"@en ;
    dcterms:isPartOf [ a bibo:Journal ; dcterms:title "Journal of Machine Learning Research"@en ] ;
    bibo:volume "21" ; bibo:issue "140" ;
    bibo:uri <https://jmlr.org/papers/v21/20-074.html> ;
    lk:sitzung ses:04 ; lk:vorstellt lk:jonas ; lk:status lk:offen ;
    rdfs:comment "Nur Abschnitte 1–3 und 6; der Rest als Nachschlagewerk."@de .

# Sitzung 5 — Werkzeuge
lk:p-hf a bibo:AcademicArticle ;
    dcterms:title "{T("1910.03771")}"@en ;
    dcterms:isPartOf [ a bibo:Proceedings ; dcterms:title "EMNLP 2020: System Demonstrations"@en ] ;
    bibo:uri <https://aclanthology.org/2020.emnlp-demos.6/> ;
    lk:sitzung ses:05 ; lk:vorstellt lk:marit ; lk:status lk:offen .

# ---------------------------------------------------------------- Kein Paper, aber verlinkt
lk:kurs-hf a schema:Course ;
    schema:name "Hugging Face NLP Course"@en ;
    schema:url <https://huggingface.co/learn/nlp-course> ;
    rdfs:comment "Als Übung zu Sitzung 5, kein Lesestoff."@de .

lk:vortrag-tokenizer a schema:Event ;
    schema:name "Gastvortrag: Tokenisierung für morphologisch reiche Sprachen"@de ;
    schema:performer [ a foaf:Person ; foaf:name "Dr. Henrike Baumstark" ] ;
    schema:startDate "2024-05-23T16:15:00+02:00"^^xsd:dateTime ;
    schema:location "Hörsaal B, Campus Nord" .

lk:repo-transformers a schema:SoftwareSourceCode ;
    schema:name "transformers" ;
    schema:codeRepository <https://github.com/huggingface/transformers> .

# Reihenfolge für die Webseite (rdf:List, von queries/reihenfolge.rq gelesen)
lk:reihenfolge lk:liste ( lk:p-mikolov13 lk:p-glove <https://arxiv.org/abs/1508.07909> lk:p-roberta
    <https://openreview.net/forum?id={OR("2010.06040")}> <https://arxiv.org/abs/1910.13461> lk:p-t5 lk:p-hf ) .
'''
write_only(F508, text, keys(F508))
