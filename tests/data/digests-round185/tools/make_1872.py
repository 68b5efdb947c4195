#!/usr/bin/env python3
"""1872: a Czech NLP reading circle's web app migration as a Liquibase XML changelog
(`src/main/resources/db/changelog/2024/letni-semestr.xml`, included from the master changelog): changeSets with
`id` / `author` (a precondition, an addColumn, a createTable, `context="seed"` inserts with `<rollback>`, an update
with `<where>`, a raw `<sql>` insert whose title has its apostrophe doubled as SQL wants, inserts of non-paper
resources, a tagDatabase). Papers are `nazev` values of `clanek` rows, with `odkaz` links (arXiv `/abs/`, `/pdf/….pdf`,
an OpenReview forum; one added later by an update as `http://…/abs/…v3`), one row with only `arxiv_id` (arxiv-text) and
rows with only a note (title-only). Non-papers in `zdroj`: a repository, a book, a corpus, a course, a talk recording.
Liquibase's documented style: four-space indentation; UTF-8, LF, a final newline."""
import html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1872)
NS = ('<databaseChangeLog\n'
      '        xmlns="http://www.liquibase.org/xml/ns/dbchangelog"\n'
      '        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n'
      '        xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog\n'
      '            http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.20.xsd">')

# clanek rows inserted by the seed changeSet: id, title, year, link, arxiv_id, week, presenter, note
ROWS = [
 (101, T("1301.3781"), 2013, None, "1301.3781", 1, "Tomáš", "odkaz doplnit"),
 (102, T("1802.05365"), 2018, None, "1802.05365", 1, "Tomáš", "NAACL 2018; PDF ve sdílené složce kruhu"),
 (103, T("1508.07909"), 2016, None, None, 2, "Markéta", "ACL 2016; PDF ve sdílené složce kruhu"),
 (104, T("1910.13461"), 2020, "https://arxiv.org/pdf/1910.13461.pdf", "1910.13461", 3, "Jakub", None),
 (105, T("2010.06040"), 2020, f"https://openreview.net/forum?id={OR('2010.06040')}", None, 4, "Markéta", "recenze na OpenReview stojí za přečtení"),
 (106, T("2012.08561"), 2020, None, None, 4, "Jakub", "EMNLP 2020; PDF ve sdílené složce kruhu"),
 (107, T("2008.07905"), 2021, None, None, 5, "Tomáš", "ACL 2021; neautoregresivní překlad jako odbočka, PDF ve složce"),
]
HF = T("1910.03771")
ZDROJE = [
 ("facebookresearch/fastText (kód a předtrénované vektory)", "software", "https://github.com/facebookresearch/fastText"),
 ("Natural Language Processing with Transformers (Tunstall, von Werra, Wolf), kniha", "kniha", None),
 ("Český národní korpus – SYN v9", "data", "https://www.korpus.cz/"),
 ("Hugging Face NLP Course, kapitoly 1–4", "kurz", "https://huggingface.co/learn/nlp-course/chapter1/1"),
 ("Záznam: seminář kruhu 12. 3. (tokenizace a BPE v praxi)", "prednaska", "https://video.kruh-nlp.example.cz/2024-03-12"),
]


def a(s):
    return html.escape(s, quote=True).replace("&#x27;", "'")


def col(name, value, kind="value"):
    return f'            <column name="{name}" {kind}="{a(str(value))}"/>'


def build():
    L = ['<?xml version="1.0" encoding="UTF-8"?>', NS, "",
         "    <!--",
         "        Čtenářský kruh NLP – aplikace „Kruh“ (Spring Boot), seznam článků na letní semestr 2024.",
         "        Načítá se z db.changelog-master.xml přes <include>. Kontext seed jen pro vývoj a staging:",
         "        ./mvnw liquibase:update -Dliquibase.contexts=seed",
         "        Správce: Tomáš Novák (novak@kruh-nlp.example.cz)",
         "    -->", "",
         '    <changeSet id="2024-02-20-1" author="tnovak">',
         '        <preConditions onFail="MARK_RAN">',
         '            <tableExists tableName="clanek"/>',
         '            <not>',
         '                <columnExists tableName="clanek" columnName="arxiv_id"/>',
         '            </not>',
         "        </preConditions>",
         "        <comment>Sloupec arxiv_id u článků (dosud se psal do poznámky)</comment>",
         '        <addColumn tableName="clanek">',
         '            <column name="arxiv_id" type="varchar(16)"/>',
         "        </addColumn>",
         "    </changeSet>", "",
         '    <changeSet id="2024-02-20-2" author="tnovak">',
         "        <comment>Zdroje, které nejsou články (kód, knihy, data, kurzy, záznamy)</comment>",
         '        <createTable tableName="zdroj">',
         '            <column name="id" type="bigint" autoIncrement="true">',
         '                <constraints primaryKey="true" nullable="false"/>',
         "            </column>",
         '            <column name="nazev" type="varchar(300)">',
         '                <constraints nullable="false"/>',
         "            </column>",
         '            <column name="druh" type="varchar(20)"/>',
         '            <column name="odkaz" type="varchar(500)"/>',
         "        </createTable>",
         "    </changeSet>", "",
         '    <changeSet id="2024-02-21-1" author="tnovak" context="seed">',
         "        <comment>Články letního semestru 2024, týdny 1–5</comment>"]
    for id_, t, rok, link, aid, tyden, ref, note in ROWS:
        L += ['        <insert tableName="clanek">',
              col("id", id_, "valueNumeric"),
              col("nazev", t),
              col("rok", rok, "valueNumeric")]
        if link:
            L.append(col("odkaz", link))
        if aid:
            L.append(col("arxiv_id", aid))
        L.append(col("tyden", tyden, "valueNumeric"))
        L.append(col("referuje", ref))
        if note:
            L.append(col("poznamka", note))
        L.append("        </insert>")
    L += ["        <rollback>",
          '            <delete tableName="clanek">',
          f"                <where>id BETWEEN {ROWS[0][0]} AND {ROWS[-1][0]}</where>",
          "            </delete>",
          "        </rollback>",
          "    </changeSet>", "",
          '    <changeSet id="2024-03-04-1" author="mdvorakova" context="seed">',
          "        <comment>Doplněn odkaz u word2vec (verze v3 na arXivu)</comment>",
          '        <update tableName="clanek">',
          col("odkaz", "http://arxiv.org/abs/1301.3781v3"),
          '            <column name="poznamka" valueComputed="NULL"/>',
          "            <where>id = 101</where>",
          "        </update>",
          "        <rollback>",
          '            <update tableName="clanek">',
          '                <column name="odkaz" valueComputed="NULL"/>',
          '                <column name="poznamka" value="odkaz doplnit"/>',
          "                <where>id = 101</where>",
          "            </update>",
          "        </rollback>",
          "    </changeSet>", "",
          '    <changeSet id="2024-03-04-2" author="mdvorakova" context="seed">',
          "        <comment>Týden 6: knihovna Transformers (vloženo ručně, v insertu vadil apostrof v názvu)</comment>",
          '        <sql splitStatements="false">',
          "            INSERT INTO clanek (id, nazev, rok, odkaz, arxiv_id, tyden, referuje)",
          "            VALUES (108, '" + HF.replace("'", "''") + "', 2020,",
          "                    'https://arxiv.org/abs/1910.03771', '1910.03771', 6, 'Markéta');",
          "        </sql>",
          "        <rollback>DELETE FROM clanek WHERE id = 108;</rollback>",
          "    </changeSet>", "",
          '    <changeSet id="2024-03-05-1" author="tnovak" context="seed">',
          "        <comment>Zdroje k semestru</comment>"]
    for nazev, druh, odkaz in ZDROJE:
        L += ['        <insert tableName="zdroj">', col("nazev", nazev), col("druh", druh)]
        if odkaz:
            L.append(col("odkaz", odkaz))
        L.append("        </insert>")
    L += ["        <rollback>",
          '            <delete tableName="zdroj"/>',
          "        </rollback>",
          "    </changeSet>", "",
          '    <changeSet id="2024-03-05-2" author="tnovak">',
          '        <tagDatabase tag="letni-2024"/>',
          "    </changeSet>", "",
          "</databaseChangeLog>"]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    text = build()
    write_only(F, text, keys(F), forms=[html.unescape(text).replace("''", "'")])
