︠3b2d8a09-bb40-4a2b-ad24-8fb7680dbbd8i︠
%md
# الأسبوع السابع: لماذا ينجح الانحدار في المسائل غير المحدبة؟

نكمل هذا الأسبوع من حيث توقفنا: دوال الخسارة في الشبكات العميقة غير محدبة، ومع ذلك يجد الانحدار التدرجي حلولًا جيدة في الغالب. سنجرّب ذلك على دالة صغيرة أولًا، ثم نقرأ.

**القراءة الأساسية:** [Sharpness-Aware Minimization for Efficiently Improving Generalization](https://arxiv.org/abs/2010.01412) — اقرؤوا القسمين 2 و3، والملحق عن تقريب الخطوة الداخلية.

**للنقاش في المحاضرة:** Understanding the difficulty of training deep feedforward neural networks (Glorot وBengio، AISTATS 2010). الورقة ليست على arXiv؛ نسخة PDF في مجلد المقرر على Moodle.
︡3cfefd1f-ef28-4601-8c38-8d5a8ae1a4d5︡{"md":"# الأسبوع السابع: لماذا ينجح الانحدار في المسائل غير المحدبة؟\n\nنكمل هذا الأسبوع من حيث توقفنا: دوال الخسارة في الشبكات العميقة غير محدبة، ومع ذلك يجد الانحدار التدرجي حلولًا جيدة في الغالب. سنجرّب ذلك على دالة صغيرة أولًا، ثم نقرأ.\n\n**القراءة الأساسية:** [Sharpness-Aware Minimization for Efficiently Improving Generalization](https://arxiv.org/abs/2010.01412) — اقرؤوا القسمين 2 و3، والملحق عن تقريب الخطوة الداخلية.\n\n**للنقاش في المحاضرة:** Understanding the difficulty of training deep feedforward neural networks (Glorot وBengio، AISTATS 2010). الورقة ليست على arXiv؛ نسخة PDF في مجلد المقرر على Moodle.","done":false}︡{"done":true}︡
︠0f38d588-304e-4214-99a3-07c8e7ba8a38︠
f(x, y) = (x^2 - 1)^2 + y^2
contour_plot(f, (x, -2, 2), (y, -1.5, 1.5), cmap='viridis', contours=20)
︡04a6f04e-23d0-47d9-adf2-a3519db7915f︡{"file":{"filename":"/home/user/.sage/temp/project-3f9c/2231/tmp_k1v8qz.svg","show":true,"text":null,"uuid":"ae8eb96d-f05e-488a-839d-88948eaf295c"}}︡{"done":true}︡
︠31b176f5-f6de-4466-9112-0413600b02b2︠
g = f.gradient()
p = vector(RDF, [0.3, 0.8])
for k in range(6):
    p = p - 0.1 * g(*p)
    print("%d  x=%.4f  y=%.4f  f=%.5f" % (k, p[0], p[1], f(*p)))
︡043f334c-7f49-4be5-ba0f-d5e6e0af9bca︡{"stdout":"0  x=0.4092  y=0.6400  f=1.10275\n1  x=0.5455  y=0.5120  f=0.75559\n2  x=0.6987  y=0.4096  f=0.42967\n3  x=0.8418  y=0.3277  f=0.19229\n4  x=0.9399  y=0.2621  f=0.08231\n5  x=0.9837  y=0.2097  f=0.04502\n"}︡{"done":true}︡
︠57b6e081-d7c1-4043-b97e-25f36afc32bd︠
papers = [
    ("2103.13462", "Why Do Local Methods Solve Nonconvex Problems?", "Tengyu Ma"),
    ("2006.03656", "AutoHAS: Efficient Hyperparameter and Architecture Search", "Dong et al."),
]
for aid, title, who in papers:
    print("arXiv:%s  %s  (%s)" % (aid, title, who))
︡4333f28f-456b-48bd-99c4-187316bdc21f︡{"stdout":"arXiv:2103.13462  Why Do Local Methods Solve Nonconvex Problems?  (Tengyu Ma)\narXiv:2006.03656  AutoHAS: Efficient Hyperparameter and Architecture Search  (Dong et al.)\n"}︡{"done":true}︡
︠1dd39951-a28d-45d1-ad0f-e124d733e7d2i︠
%md
## قراءات إضافية: التحسين في تطبيقات علمية

- [Learning Mesh-Based Simulation with Graph Networks](https://arxiv.org/abs/2010.03409) — محاكاة فيزيائية على شبكات مثلثية بشبكات الرسوم البيانية؛ الكود في مستودع deepmind-research على GitHub.
- Highly accurate protein structure prediction with AlphaFold (Nature، 2021) — ليست على arXiv. لا تكتفوا بمنشور مدونة DeepMind، اقرؤوا الورقة نفسها وملحقها.

## للمشروع النهائي (اختاروا واحدة)

1. Rethinking Architecture Selection in Differentiable NAS — هل نختار المعمارية من أوزان α فعلًا؟
2. In Search of Lost Domain Generalization — أعيدوا تجربة صغيرة بإعداد DomainBed على مجموعتي بيانات فقط.

تسجيل محاضرة الأسبوع الماضي (ليس ورقة): https://www.youtube.com/watch?v=q1Wm4nT8bVd

موعد تسليم مقترح المشروع: الخميس 21 مارس، قبل منتصف الليل.
︡00af00ca-eea0-4dca-9840-ec591f6ad6f7︡{"md":"## قراءات إضافية: التحسين في تطبيقات علمية\n\n- [Learning Mesh-Based Simulation with Graph Networks](https://arxiv.org/abs/2010.03409) — محاكاة فيزيائية على شبكات مثلثية بشبكات الرسوم البيانية؛ الكود في مستودع deepmind-research على GitHub.\n- Highly accurate protein structure prediction with AlphaFold (Nature، 2021) — ليست على arXiv. لا تكتفوا بمنشور مدونة DeepMind، اقرؤوا الورقة نفسها وملحقها.\n\n## للمشروع النهائي (اختاروا واحدة)\n\n1. Rethinking Architecture Selection in Differentiable NAS — هل نختار المعمارية من أوزان α فعلًا؟\n2. In Search of Lost Domain Generalization — أعيدوا تجربة صغيرة بإعداد DomainBed على مجموعتي بيانات فقط.\n\nتسجيل محاضرة الأسبوع الماضي (ليس ورقة): https://www.youtube.com/watch?v=q1Wm4nT8bVd\n\nموعد تسليم مقترح المشروع: الخميس 21 مارس، قبل منتصف الليل.","done":false}︡{"done":true}︡
