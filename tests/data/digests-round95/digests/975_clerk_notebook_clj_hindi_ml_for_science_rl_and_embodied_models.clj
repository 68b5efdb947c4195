;; # विज्ञान के लिए मशीन लर्निंग — पठन सूची (वसंत 2024)
;;
;; यह [Clerk](https://clerk.vision) नोटबुक हमारे समूह की पठन सूची और सत्रों की योजना है।
;; चलाने के लिए: `clj -M:clerk` और फिर REPL में `(clerk/serve! {:watch-paths ["notebooks"]})`।
;;
;; हर गुरुवार शाम 4 बजे, कमरा 2.14 (या Meet पर)। सूची में बदलाव सीधे इसी फ़ाइल में करें और PR भेजें।
(ns padhai-suchi
  {:nextjournal.clerk/visibility {:code :hide :result :show}
   :nextjournal.clerk/toc true}
  (:require [nextjournal.clerk :as clerk]
            [clojure.string :as str]))

;; ## पेपर
;;
;; हर पेपर एक map है: `:title` पूरा शीर्षक (जैसा पेपर में है), `:url` अगर लिंक है, नहीं तो `:arxiv` नंबर।
;; जिन पेपरों का arXiv संस्करण नहीं है (जैसे **Highly accurate protein structure prediction with AlphaFold**), उनमें सिर्फ़ `:venue` है।

(def papers
  [{:title "Fourier Neural Operator for Parametric Partial Differential Equations"
    :year 2020 :theme :pde
    :url "https://arxiv.org/abs/2010.08895"
    :presenter "विक्रम" :status :done
    :note "PDE सरोगेट के लिए हमारा बेसलाइन। कोड: neuraloperator लाइब्रेरी (पेपर नहीं)।"}
   {:title "Learning Mesh-Based Simulation with Graph Networks"
    :year 2020 :theme :pde
    :url "https://arxiv.org/pdf/2010.03409"
    :presenter "अनन्या" :status :done
    :note "अनियमित मेश पर सिमुलेशन; हमारे CFD डेटा के लिए सबसे नज़दीकी काम।"}
   {:title "Highly accurate protein structure prediction with AlphaFold"
    :year 2021 :theme :bio
    :venue "Nature"
    :presenter "मीरा" :status :reading
    :note "Nature 596 (2021)। arXiv पर नहीं है — PDF समूह के Drive में।"}
   {:title "EigenGame: PCA as a Nash Equilibrium"
    :year 2020 :theme :theory
    :presenter nil :status :todo
    :note "PCA को खेल की तरह — \"players\" वाला नज़रिया; रोहन ने सुझाया।"}
   {:title "What Matters In On-Policy Reinforcement Learning? A Large-Scale Empirical Study"
    :year 2020 :theme :rl
    :arxiv "2006.05990"
    :presenter "रोहन" :status :todo
    :note "PPO की कौन-सी सेटिंग सच में मायने रखती है — 250k रन!"}
   {:title "Federated Learning Based on Dynamic Regularization"
    :year 2021 :theme :federated
    :presenter nil :status :todo
    :note "अस्पतालों के बीच साझा प्रशिक्षण वाले प्रोजेक्ट के लिए।"}
   {:title "RT-2: Vision-Language-Action Models Transfer Web Knowledge to Robotic Control"
    :year 2023 :theme :embodied
    :url "https://arxiv.org/abs/2307.15818"
    :presenter "अनन्या" :status :reading
    :note "रोबोट नियंत्रण के लिए vision-language-action मॉडल।"}
   {:title "Visual Instruction Tuning"
    :year 2023 :theme :embodied
    :arxiv "2304.08485"
    :presenter "विक्रम" :status :todo
    :note "RT-2 से पहले पृष्ठभूमि के तौर पर; GPT-4 से बना instruction डेटा।"}])

;; ## पूरी सूची

^{::clerk/visibility {:code :fold}}
(clerk/table
 (clerk/use-headers
  (into [["शीर्षक" "वर्ष" "विषय" "प्रस्तुतकर्ता" "स्थिति"]]
        (map (juxt :title :year (comp name :theme) #(or (:presenter %) "—") (comp name :status)))
        papers)))

;; विषय के हिसाब से गिनती — ज़्यादातर पेपर PDE और embodied वाले हैं, RL और federated पर और चाहिए।

(clerk/vl
 {:width 420 :height 160
  :data {:values (for [[k n] (frequencies (map :theme papers))] {:theme (name k) :n n})}
  :mark :bar
  :encoding {:x {:field :theme :type :nominal :title "विषय"}
             :y {:field :n :type :quantitative :title "पेपर"}}})

;; ## सत्र योजना

(def sessions
  [{:date "2024-03-07" :paper 0}
   {:date "2024-03-14" :paper 1}
   {:date "2024-03-21" :paper 2}
   {:date "2024-04-04" :paper 6}
   {:date "2024-04-11" :paper 4}])

(clerk/html
 [:ol
  (for [{:keys [date paper]} sessions
        :let [{:keys [title presenter]} (nth papers paper)]]
    [:li [:strong date] " — " (or presenter "?") ": " title])])

;; ## पेपर के अलावा
;;
;; ये संसाधन उपयोगी हैं, पर पेपर नहीं हैं:
;;
;; * [neuraloperator](https://github.com/neuraloperator/neuraloperator) — FNO का आधिकारिक कोड
;; * [PDEBench](https://github.com/pdebench/PDEBench) — बेंचमार्क डेटासेट
;; * DeepMind का AlphaFold पर [ब्लॉग पोस्ट](https://deepmind.google/discover/blog/alphafold-a-solution-to-a-50-year-old-grand-challenge-in-biology/)
;; * IISc में अनन्या की पिछली बातचीत की [रिकॉर्डिंग](https://www.youtube.com/watch?v=rT8mQ2xVd4w)

^{::clerk/visibility {:code :show :result :hide}}
(defn todo-titles
  "जिन पेपरों पर अभी कोई प्रस्तुतकर्ता नहीं है"
  []
  (->> papers (filter (comp nil? :presenter)) (map :title)))

(clerk/md
 (str "**किसी ने अभी तक नहीं लिया:** "
      (str/join "; " (todo-titles))
      ". इनमें से एक चुनकर ऊपर `:presenter` भर दें।"))
