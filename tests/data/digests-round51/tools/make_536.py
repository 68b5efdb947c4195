#!/usr/bin/env python3
"""536 (NEGATIVE): a CSL 1.0.2 citation style (.csl) a Czech machine-learning lab keeps for Zotero: a modified
numeric IEEE-like style with Czech comments, <info> (links to the template and the lab wiki, authors, categories,
rights), a Czech <locale> override, macros for authors, titles, access dates, arXiv preprints (archive / number
variables), the <citation> and <bibliography> layouts. It is from the citation world but references no paper: no
catalogue title, no arXiv-shaped number."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F536

text = """<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" demote-non-dropping-particle="sort-only" initialize-with-hyphen="false" page-range-format="expanded" default-locale="cs-CZ">
  <!--
    Citační styl Laboratoře strojového učení (FIT, Vysoká škola Vltava).
    Vychází ze stylu IEEE v repozitáři Zotero, změny:
      * české termíny (viz <locale> níže), "et al." ponecháváme latinsky
      * u preprintů vypisujeme archiv a číslo (proměnné archive + number), ne DOI
      * konference: zkratka v závorce za názvem sborníku, pokud je v poli "event-title"
      * u webových stránek vždy datum citování
    Instalace: Zotero > Nastavení > Citace > "+" a vybrat tento soubor.
    Chyby hlaste v kanálu #citace nebo přímo P. Novotné.
  -->
  <info>
    <title>Laboratoř strojového učení VŠ Vltava – číselný (upravený IEEE)</title>
    <title-short>LSU Vltava</title-short>
    <id>http://www.zotero.org/styles/lsu-vltava-numeric</id>
    <link href="http://www.zotero.org/styles/lsu-vltava-numeric" rel="self"/>
    <link href="http://www.zotero.org/styles/ieee" rel="template"/>
    <link href="https://wiki.example.cz/lsu/psani/citace" rel="documentation"/>
    <author>
      <name>Petra Novotná</name>
      <email>petra.novotna@example.cz</email>
    </author>
    <contributor>
      <name>Tomáš Dvořák</name>
    </contributor>
    <category citation-format="numeric"/>
    <category field="engineering"/>
    <category field="science"/>
    <summary>Číselný styl pro diplomové práce a interní technické zprávy laboratoře; vychází z IEEE.</summary>
    <updated>2024-02-19T10:24:00+01:00</updated>
    <rights license="http://creativecommons.org/licenses/by-sa/3.0/">This work is licensed under a Creative Commons Attribution-ShareAlike 3.0 License</rights>
  </info>
  <locale xml:lang="cs">
    <terms>
      <term name="accessed">citováno</term>
      <term name="available at">dostupné z</term>
      <term name="edition" form="short">vyd.</term>
      <term name="in">In</term>
      <term name="page" form="short">s.</term>
      <term name="presented at">předneseno na</term>
      <term name="et-al">et al.</term>
      <term name="and">a</term>
    </terms>
  </locale>
  <!-- ===== makra ===== -->
  <macro name="author">
    <names variable="author">
      <name and="text" et-al-min="7" et-al-use-first="1" initialize-with=". "/>
      <label form="short" prefix=", " text-case="capitalize-first"/>
      <substitute>
        <names variable="editor"/>
        <names variable="translator"/>
      </substitute>
    </names>
  </macro>
  <macro name="editor">
    <names variable="editor">
      <name initialize-with=". " delimiter=", " and="text"/>
      <label form="short" prefix=", " text-case="capitalize-first"/>
    </names>
  </macro>
  <macro name="title">
    <choose>
      <if type="book thesis report" match="any">
        <text variable="title" font-style="italic"/>
      </if>
      <else>
        <text variable="title" quotes="true"/>
      </else>
    </choose>
  </macro>
  <macro name="container">
    <choose>
      <if type="paper-conference">
        <group delimiter=" ">
          <text term="in" suffix=" "/>
          <text variable="container-title" font-style="italic"/>
          <text variable="event-title" prefix="(" suffix=")"/>
        </group>
      </if>
      <else-if type="article-journal">
        <text variable="container-title" font-style="italic" form="short"/>
      </else-if>
    </choose>
  </macro>
  <macro name="preprint">
    <!-- archiv + číslo, např. "arXiv" + identifikátor; verzi (v1, v2) nevypisujeme -->
    <choose>
      <if variable="number">
        <group delimiter=":">
          <text variable="archive"/>
          <text variable="number"/>
        </group>
      </if>
      <else>
        <text variable="archive"/>
      </else>
    </choose>
  </macro>
  <macro name="issued">
    <date variable="issued">
      <date-part name="month" form="short" suffix=" "/>
      <date-part name="year"/>
    </date>
  </macro>
  <macro name="access">
    <choose>
      <if variable="URL">
        <group delimiter=" ">
          <text term="accessed" text-case="capitalize-first" prefix="[" suffix=": "/>
          <date variable="accessed" form="numeric" suffix="]"/>
        </group>
        <group delimiter=": ">
          <text term="available at" text-case="capitalize-first"/>
          <text variable="URL"/>
        </group>
      </if>
    </choose>
  </macro>
  <macro name="locators">
    <group delimiter=", ">
      <text macro="edition"/>
      <group delimiter=" ">
        <text term="volume" form="short"/>
        <number variable="volume" form="numeric"/>
      </group>
      <group delimiter=" ">
        <label variable="page" form="short"/>
        <text variable="page"/>
      </group>
    </group>
  </macro>
  <macro name="edition">
    <choose>
      <if is-numeric="edition">
        <group delimiter=" ">
          <number variable="edition" form="ordinal"/>
          <text term="edition" form="short"/>
        </group>
      </if>
      <else>
        <text variable="edition"/>
      </else>
    </choose>
  </macro>
  <!-- ===== citace v textu: [1], [2]–[4] ===== -->
  <citation et-al-min="3" et-al-use-first="1" collapse="citation-number">
    <sort>
      <key variable="citation-number"/>
    </sort>
    <layout delimiter=", ">
      <group prefix="[" suffix="]" delimiter=", ">
        <text variable="citation-number"/>
        <text variable="locator"/>
      </group>
    </layout>
  </citation>
  <!-- ===== seznam literatury ===== -->
  <bibliography entry-spacing="0" second-field-align="flush">
    <layout>
      <text variable="citation-number" prefix="[" suffix="]"/>
      <group delimiter=", " suffix=".">
        <text macro="author"/>
        <text macro="title"/>
        <choose>
          <if type="article" match="any">
            <text macro="preprint"/>
          </if>
          <else>
            <text macro="container"/>
            <text variable="publisher"/>
            <text macro="locators"/>
          </else>
        </choose>
        <text macro="issued"/>
      </group>
      <text macro="access" prefix=" "/>
    </layout>
  </bibliography>
</style>
"""
write(F536, text, negative=True)
