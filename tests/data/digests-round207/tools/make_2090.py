#!/usr/bin/env python3
"""2090: a PsychoPy Builder experiment (.psyexp, XML) of an invented image-caption rating study, Dutch texts: links
(`/abs/`, `/pdf/…v2`, `http://`, `/abs/…v1`) in a Code component's `#` comments (newlines stored as `&#10;`), one
`(arXiv:NNNN.NNNNN)`, titles alone in a Text component and the experiment info; non-papers (the PsychoPy docs, a
book, a dataset, the repository, a talk). The builder checks the parsed attribute values too. LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only, write, OR
from make_expected import keys, by_num, GLOROT, DBN

F = by_num(2090)
TXT = fill(r'''<?xml version="1.0" ?>
<PsychoPy2experiment encoding="utf-8" version="2023.2.3">
  <Settings>
    <Param val="beeldbijschrift_oordeel" valType="str" updates="None" name="expName"/>
    <Param val="{'participant': 'f&quot;{randint(0, 999999):06.0f}&quot;', 'sessie': '001'}" valType="code" updates="None" name="Experiment info"/>
    <Param val="[1920, 1080]" valType="list" updates="None" name="Window size (pixels)"/>
    <Param val="True" valType="bool" updates="None" name="Full-screen window"/>
    <Param val="pix" valType="str" updates="None" name="Units"/>
    <Param val="Deelnemers beoordelen hoe goed een bijschrift bij een afbeelding past.&#10;Achtergrond: [[T:2011.04419]]; [[T:2010.04592]].&#10;Contact: Sanne de Vries &lt;sanne.devries@beeldtaal.example.nl&gt;" valType="extendedStr" updates="None" name="expInfo notes"/>
  </Settings>
  <Routines>
    <Routine name="instructie">
      <TextComponent name="instr_tekst">
        <Param val="Welkom! Je ziet telkens een foto met een bijschrift.&#10;Geef met de toetsen 1-5 aan hoe goed ze bij elkaar passen.&#10;&#10;(Stimuli gekozen met de methode uit &quot;[[T:2103.03230]]&quot;.)&#10;Druk op spatie om te beginnen." valType="str" updates="constant" name="text"/>
        <Param val="0.03" valType="num" updates="constant" name="letterHeight"/>
        <Param val="white" valType="color" updates="constant" name="color"/>
      </TextComponent>
      <KeyboardComponent name="instr_toets">
        <Param val="'space'" valType="list" updates="constant" name="allowedKeys"/>
        <Param val="True" valType="bool" updates="constant" name="forceEndRoutine"/>
      </KeyboardComponent>
    </Routine>
    <Routine name="trial">
      <CodeComponent name="lijst_code">
        <Param val="# Leeslijst voor het labgesprek (niet weghalen, Sanne):&#10;# [[T:2102.05918]]&#10;#   https://arxiv.org/abs/2102.05918&#10;# [[T:2303.15343]]&#10;#   https://arxiv.org/pdf/2303.15343v2&#10;# [[T:2304.08485]] -- http://arxiv.org/abs/2304.08485&#10;# [[T:2204.14198]] -- https://arxiv.org/abs/2204.14198v1&#10;# [[T:2004.11362]] (arXiv:2004.11362)&#10;# Boek: Goldstein, &quot;Sensation and Perception&quot;&#10;# Stimuli: COCO Captions 2017 val; docs: https://www.psychopy.org/builder/&#10;# Repo: https://github.com/beeldtaal/bijschrift-oordeel&#10;# Praatje: https://video.beeldtaal.example.nl/lezing/2024-06&#10;scores = []" valType="extendedCode" updates="constant" name="Begin Experiment"/>
        <Param val="scores.append(oordeel.keys)" valType="extendedCode" updates="constant" name="End Routine"/>
      </CodeComponent>
      <ImageComponent name="foto">
        <Param val="$afbeelding" valType="file" updates="set every repeat" name="image"/>
        <Param val="(0, 120)" valType="list" updates="constant" name="pos"/>
      </ImageComponent>
      <TextComponent name="bijschrift">
        <Param val="$tekst" valType="str" updates="set every repeat" name="text"/>
        <Param val="0.035" valType="num" updates="constant" name="letterHeight"/>
        <Param val="white" valType="color" updates="constant" name="color"/>
      </TextComponent>
      <KeyboardComponent name="oordeel">
        <Param val="'1','2','3','4','5'" valType="list" updates="constant" name="allowedKeys"/>
        <Param val="True" valType="bool" updates="constant" name="forceEndRoutine"/>
      </KeyboardComponent>
    </Routine>
    <Routine name="einde">
      <TextComponent name="dank_tekst">
        <Param val="Bedankt voor je deelname!" valType="str" updates="constant" name="text"/>
        <Param val="0.03" valType="num" updates="constant" name="letterHeight"/>
        <Param val="white" valType="color" updates="constant" name="color"/>
      </TextComponent>
    </Routine>
  </Routines>
  <Flow>
    <Routine name="instructie"/>
    <LoopInitiator loopType="TrialHandler" name="trials">
      <Param name="conditionsFile" updates="None" val="stimuli/paren_v3.csv" valType="file"/>
      <Param name="loopType" updates="None" val="random" valType="str"/>
      <Param name="nReps" updates="None" val="1" valType="num"/>
    </LoopInitiator>
    <Routine name="trial"/>
    <LoopTerminator name="trials"/>
    <Routine name="einde"/>
  </Flow>
</PsychoPy2experiment>
''', {})


def attr_values(text):
    import xml.etree.ElementTree as ET
    return '\n'.join(v for el in ET.fromstring(text.encode('utf-8')).iter() for v in el.attrib.values())


if __name__ == "__main__":
    write_only(F, TXT, keys(F), forms=[attr_values(TXT)])
