#!/usr/bin/env python3
"""975: `notebooks/padhai_suchi.clj`, a Clerk notebook (Clojure source that Clerk renders) kept by a Hindi-speaking
group working on ML for science: `;;` comment blocks are Clerk's Markdown prose (a `#` title, `##` sections, links,
bold), an `ns` form with Clerk's visibility and toc settings in its metadata map and the `nextjournal.clerk` alias,
`def`s of the reading list (maps with :title, :year, :theme, :url or :arxiv, :presenter, :status, :note) and the
session plan, `^{::clerk/visibility …}` metadata on forms, and viewer calls (clerk/table with use-headers, clerk/vl,
clerk/html with hiccup, clerk/md). The neuraloperator library, PDEBench, a DeepMind blog post and a recorded talk are
not papers. LF, a final newline."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, ALPHAFOLD

F = by_num(975)
K = dict(fno="2010.08895", mesh="2010.03409", rt2="2307.15818", llava="2304.08485", onpolicy="2006.05990", alphafold=ALPHAFOLD,
         eigengame="2010.00554", feddyn="2111.04263")


def s(t):
    return '"' + t.replace("\\", "\\\\").replace('"', '\\"') + '"'


def paper(k, year, theme, presenter, status, note, url=None, arxiv=None, venue=None):
    lines = [f"{{:title {s(T(K[k]))}", f"    :year {year} :theme :{theme}"]
    if url: lines.append(f"    :url {s(url)}")
    if arxiv: lines.append(f"    :arxiv {s(arxiv)}")
    if venue: lines.append(f"    :venue {s(venue)}")
    lines.append(f"    :presenter {s(presenter) if presenter else 'nil'} :status :{status}")
    lines.append(f"    :note {s(note)}}}")
    return "\n".join(lines)


PAPERS = [
    paper("fno", 2020, "pde", "विक्रम", "done", "PDE सरोगेट के लिए हमारा बेसलाइन। कोड: neuraloperator लाइब्रेरी (पेपर नहीं)।",
          url="https://arxiv.org/abs/2010.08895"),
    paper("mesh", 2020, "pde", "अनन्या", "done", "अनियमित मेश पर सिमुलेशन; हमारे CFD डेटा के लिए सबसे नज़दीकी काम।",
          url="https://arxiv.org/pdf/2010.03409"),
    paper("alphafold", 2021, "bio", "मीरा", "reading", "Nature 596 (2021)। arXiv पर नहीं है — PDF समूह के Drive में।",
          venue="Nature"),
    paper("eigengame", 2020, "theory", None, "todo", "PCA को खेल की तरह — \"players\" वाला नज़रिया; रोहन ने सुझाया।"),
    paper("onpolicy", 2020, "rl", "रोहन", "todo", "PPO की कौन-सी सेटिंग सच में मायने रखती है — 250k रन!", arxiv="2006.05990"),
    paper("feddyn", 2021, "federated", None, "todo", "अस्पतालों के बीच साझा प्रशिक्षण वाले प्रोजेक्ट के लिए।"),
    paper("rt2", 2023, "embodied", "अनन्या", "reading", "रोबोट नियंत्रण के लिए vision-language-action मॉडल।",
          url="https://arxiv.org/abs/2307.15818"),
    paper("llava", 2023, "embodied", "विक्रम", "todo", "RT-2 से पहले पृष्ठभूमि के तौर पर; GPT-4 से बना instruction डेटा।",
          arxiv="2304.08485"),
]

src = f""";; # विज्ञान के लिए मशीन लर्निंग — पठन सूची (वसंत 2024)
;;
;; यह [Clerk](https://clerk.vision) नोटबुक हमारे समूह की पठन सूची और सत्रों की योजना है।
;; चलाने के लिए: `clj -M:clerk` और फिर REPL में `(clerk/serve! {{:watch-paths ["notebooks"]}})`।
;;
;; हर गुरुवार शाम 4 बजे, कमरा 2.14 (या Meet पर)। सूची में बदलाव सीधे इसी फ़ाइल में करें और PR भेजें।
(ns padhai-suchi
  {{:nextjournal.clerk/visibility {{:code :hide :result :show}}
   :nextjournal.clerk/toc true}}
  (:require [nextjournal.clerk :as clerk]
            [clojure.string :as str]))

;; ## पेपर
;;
;; हर पेपर एक map है: `:title` पूरा शीर्षक (जैसा पेपर में है), `:url` अगर लिंक है, नहीं तो `:arxiv` नंबर।
;; जिन पेपरों का arXiv संस्करण नहीं है (जैसे **{T(K['alphafold'])}**), उनमें सिर्फ़ `:venue` है।

(def papers
  [{(chr(10) + "   ").join(PAPERS)}])

;; ## पूरी सूची

^{{::clerk/visibility {{:code :fold}}}}
(clerk/table
 (clerk/use-headers
  (into [["शीर्षक" "वर्ष" "विषय" "प्रस्तुतकर्ता" "स्थिति"]]
        (map (juxt :title :year (comp name :theme) #(or (:presenter %) "—") (comp name :status)))
        papers)))

;; विषय के हिसाब से गिनती — ज़्यादातर पेपर PDE और embodied वाले हैं, RL और federated पर और चाहिए।

(clerk/vl
 {{:width 420 :height 160
  :data {{:values (for [[k n] (frequencies (map :theme papers))] {{:theme (name k) :n n}})}}
  :mark :bar
  :encoding {{:x {{:field :theme :type :nominal :title "विषय"}}
             :y {{:field :n :type :quantitative :title "पेपर"}}}}}})

;; ## सत्र योजना

(def sessions
  [{{:date "2024-03-07" :paper 0}}
   {{:date "2024-03-14" :paper 1}}
   {{:date "2024-03-21" :paper 2}}
   {{:date "2024-04-04" :paper 6}}
   {{:date "2024-04-11" :paper 4}}])

(clerk/html
 [:ol
  (for [{{:keys [date paper]}} sessions
        :let [{{:keys [title presenter]}} (nth papers paper)]]
    [:li [:strong date] " — " (or presenter "?") ": " title])])

;; ## पेपर के अलावा
;;
;; ये संसाधन उपयोगी हैं, पर पेपर नहीं हैं:
;;
;; * [neuraloperator](https://github.com/neuraloperator/neuraloperator) — FNO का आधिकारिक कोड
;; * [PDEBench](https://github.com/pdebench/PDEBench) — बेंचमार्क डेटासेट
;; * DeepMind का AlphaFold पर [ब्लॉग पोस्ट](https://deepmind.google/discover/blog/alphafold-a-solution-to-a-50-year-old-grand-challenge-in-biology/)
;; * IISc में अनन्या की पिछली बातचीत की [रिकॉर्डिंग](https://www.youtube.com/watch?v=rT8mQ2xVd4w)

^{{::clerk/visibility {{:code :show :result :hide}}}}
(defn todo-titles
  "जिन पेपरों पर अभी कोई प्रस्तुतकर्ता नहीं है"
  []
  (->> papers (filter (comp nil? :presenter)) (map :title)))

(clerk/md
 (str "**किसी ने अभी तक नहीं लिया:** "
      (str/join "; " (todo-titles))
      ". इनमें से एक चुनकर ऊपर `:presenter` भर दें।"))
"""
write_only(F, src, keys(F))
