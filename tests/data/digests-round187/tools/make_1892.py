#!/usr/bin/env python3
"""1892: a Russian student's WPF window (`MainWindow.xaml` of a small reading-list app, "ЧиталкаНЛП"): the WPF
presentation and x namespaces, d / mc for the designer, x:Class, Window.Resources with a style, a Grid with
RowDefinitions, a TextBlock header, a ListBox of ListBoxItems — each paper's title in a TextBlock with a Hyperlink
(NavigateUri: arXiv `/abs/`, `/pdf/…v3`, `http://…/abs/`, `/abs/…v2`) and RequestNavigate handlers — an item whose
text carries "arXiv: 1802.05365" without a link (arxiv-text), an Expander "Очередь" with three titles only
(title-only), and a StatusBar with non-papers (a repository, a book, a course). XML-escaped where needed; four-space
indentation as Visual Studio writes it; CRLF line ends and a UTF-8 BOM as Visual Studio saves XAML, a final CRLF."""
import os, sys
from xml.sax.saxutils import escape, quoteattr
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import keys, by_num

F = by_num(1892)
LINKED = [
 ("1301.3781", "https://arxiv.org/abs/1301.3781", "Mikolov и др., 2013 — семинар 1"),
 ("1910.13461", "https://arxiv.org/pdf/1910.13461v1", "Lewis и др., ACL 2020 — семинар 3"),
 ("1908.10084", "http://arxiv.org/abs/1908.10084", "Reimers, Gurevych, EMNLP 2019 — семинар 4"),
 ("2402.09353", "https://arxiv.org/abs/2402.09353v2", "Liu и др., ICML 2024 — семинар 6"),
]
QUEUE = ["2104.08691", "2210.17323", "2211.17192"]


def item(i, k, url, meta):
    return [f"                <ListBoxItem x:Name=\"Paper{i}\">",
            "                    <StackPanel>",
            "                        <TextBlock Style=\"{StaticResource TitleText}\">",
            f"                            <Hyperlink NavigateUri={quoteattr(url)} RequestNavigate=\"Hyperlink_RequestNavigate\">{escape(T(k))}</Hyperlink>",
            "                        </TextBlock>",
            f"                        <TextBlock Text={quoteattr(meta)} Foreground=\"Gray\" FontSize=\"11\"/>",
            "                    </StackPanel>",
            "                </ListBoxItem>"]


def build():
    L = ["<Window x:Class=\"ChitalkaNLP.MainWindow\"",
         "        xmlns=\"http://schemas.microsoft.com/winfx/2006/xaml/presentation\"",
         "        xmlns:x=\"http://schemas.microsoft.com/winfx/2006/xaml\"",
         "        xmlns:d=\"http://schemas.microsoft.com/expression/blend/2008\"",
         "        xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"",
         "        xmlns:local=\"clr-namespace:ChitalkaNLP\"",
         "        mc:Ignorable=\"d\"",
         "        Title=\"ЧиталкаНЛП — список чтения\" Height=\"600\" Width=\"820\">",
         "    <Window.Resources>",
         "        <Style x:Key=\"TitleText\" TargetType=\"TextBlock\">",
         "            <Setter Property=\"FontSize\" Value=\"14\"/>",
         "            <Setter Property=\"TextWrapping\" Value=\"Wrap\"/>",
         "            <Setter Property=\"Margin\" Value=\"0,4,0,0\"/>",
         "        </Style>",
         "    </Window.Resources>",
         "    <Grid Margin=\"10\">",
         "        <Grid.RowDefinitions>",
         "            <RowDefinition Height=\"Auto\"/>",
         "            <RowDefinition Height=\"*\"/>",
         "            <RowDefinition Height=\"Auto\"/>",
         "            <RowDefinition Height=\"Auto\"/>",
         "        </Grid.RowDefinitions>",
         "        <!-- Шапка. Список собирает Аня Смирнова для семинара по NLP, ауд. 512 -->",
         "        <TextBlock Grid.Row=\"0\" Text=\"Весенний семестр 2024: представления, дообучение, инференс\" FontSize=\"18\" FontWeight=\"SemiBold\"/>",
         "        <ListBox Grid.Row=\"1\" x:Name=\"PapersList\" Margin=\"0,8,0,8\" HorizontalContentAlignment=\"Stretch\">"]
    for i, (k, url, meta) in enumerate(LINKED[:2], 1):
        L += item(i, k, url, meta)
    L += ["                <!-- ELMo: ссылки в приложении нет, только номер arXiv в подписи -->",
          "                <ListBoxItem x:Name=\"Paper3\">",
          "                    <StackPanel>",
          f"                        <TextBlock Style=\"{{StaticResource TitleText}}\" Text={quoteattr(T('1802.05365'))}/>",
          "                        <TextBlock Text=\"Peters и др., NAACL 2018 — семинар 2 · arXiv: 1802.05365\" Foreground=\"Gray\" FontSize=\"11\"/>",
          "                    </StackPanel>",
          "                </ListBoxItem>"]
    for i, (k, url, meta) in enumerate(LINKED[2:], 4):
        L += item(i, k, url, meta)
    L += ["            </ListBox>".replace("            </ListBox>", "        </ListBox>"),
          "        <Expander Grid.Row=\"2\" Header=\"Очередь (ещё без ссылок)\" IsExpanded=\"False\">",
          "            <StackPanel Margin=\"16,4,0,4\">"]
    for k in QUEUE:
        L.append(f"                <TextBlock Text={quoteattr('• ' + T(k))}/>")
    L += ["            </StackPanel>",
          "        </Expander>",
          "        <StatusBar Grid.Row=\"3\">",
          "            <StatusBarItem>",
          "                <TextBlock>",
          "                    Не статьи:",
          "                    <Hyperlink NavigateUri=\"https://github.com/huggingface/peft\" RequestNavigate=\"Hyperlink_RequestNavigate\">huggingface/peft</Hyperlink>,",
          "                    книга «Speech and Language Processing» (Jurafsky &amp; Martin),",
          "                    <Hyperlink NavigateUri=\"https://web.stanford.edu/class/cs224n/\" RequestNavigate=\"Hyperlink_RequestNavigate\">курс CS224n</Hyperlink>",
          "                </TextBlock>",
          "            </StatusBarItem>",
          "        </StatusBar>",
          "    </Grid>",
          "</Window>"]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    text = build()
    data = b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8")
    import html
    write_raw(F, data, [text, html.unescape(text)], keys(F))
