# الإبلاغ عن العنف الجنسي والمتحيز جنسيًا، وزر الخروج السريع، و
# الروابط المؤدية إليه. تبقى عناوين الصفحات محايدة: فهي لا
# تذكر الموضوع أبدًا.

## الخروج السريع (كل صفحات البلاغ، وصفحات المتابعة)
quick-exit-label = الخروج السريع
quick-exit-link = مغادرة هذا الموقع
quick-exit-shortcut = أو اضغطوا 3 مرات على مفتاح Shift (Maj)

## روابط من الصفحة الرئيسية ومن التوجيه
violence-home-title = الإبلاغ عن العنف الجنسي أو المتحيز جنسيًا
violence-home-body = دون ذكر هويتكم إن رغبتم في ذلك، مع رمز شخصي لمتابعة بلاغكم والتواصل مع شرطي أو دركي.
violence-orientation-report = يمكنكم أيضًا الإبلاغ عما حدث على هذه البوابة، دون ذكر هويتكم إن رغبتم في ذلك. ستحصلون على رمز شخصي لمتابعة بلاغكم وتبادل الرسائل مع شرطي أو دركي مدرَّب على هذه الحالات.
violence-orientation-action = تقديم بلاغ

## كلمات مشتركة
violence-optional = هذا السؤال اختياري.

## ما يفعله الخروج السريع، وما لا يفعله
violence-quick-exit-title = مغادرة هذا الموقع بسرعة
violence-quick-exit-does = في أي وقت، ينقلكم زر «مغادرة هذا الموقع» في أعلى كل صفحة إلى موقع للأحوال الجوية. كما يُغلق جلستكم هنا: تُمحى الإجابات التي لم ترسلوها.
violence-quick-exit-shortcut = إذا كان JavaScript مفعّلًا في متصفحكم، يمكنكم أيضًا الضغط 3 مرات متتالية على مفتاح Shift (Maj). تختفي الصفحة فورًا، ولا يعيدها زر الرجوع.
violence-quick-exit-not-title = ما لا يفعله الخروج السريع
violence-quick-exit-not-history = لا يمحو سجل التصفح: قد يظل هذا الموقع، والصفحات التي زرتموها قبل مغادرته، ظاهرة فيه. يمكنكم حذفها من السجل بعد ذلك.
violence-quick-exit-not-watch = لا يمكنه إخفاء زيارتكم عن شخص يرى شاشتكم أو جهازكم أو شبكتكم.

## قبل البدء (صفحة التقديم)
violence-start-title = قبل البدء
violence-start-lead = هنا، يمكنكم الإبلاغ عن العنف الجنسي أو المتحيز جنسيًا لدى الشرطة والدرك، سواء تعرّضتم له أنتم أو شخص آخر. يمكنكم عدم ذكر هويتكم.
violence-start-danger = إذا كنتم في خطر الآن، اتصلوا بالرقم 17 أو 112. وإن لم تستطيعوا الكلام، أرسلوا رسالة نصية إلى الرقم 114.
violence-start-advice-link = اقرؤوا نصائحنا لاستعمال هذا الموقع بأمان
violence-start-how-title = كيف يجري الأمر
violence-start-how-required = سؤالان فقط يتطلبان إجابة: هل أنتم في أمان الآن، ولمن تقدمون هذا البلاغ. يمكنكم تخطي كل الأسئلة الأخرى.
violence-start-how-anonymous = أنتم من يختار: عدم ذكر هويتكم، أو تقديم وسيلة للاتصال بكم، في الأوقات التي لا يشكّل فيها ذلك خطرًا عليكم.
violence-start-how-code = في النهاية، تحصلون على رمز متابعة شخصي، يُعرض مرة واحدة فقط. بواسطته، يمكنكم معرفة أين وصل بلاغكم وتبادل الرسائل مع شرطي أو دركي مدرَّب على هذه الحالات.
violence-start-how-time = يستغرق ذلك نحو 5 إلى 10 دقائق. يمكنكم التوقف في أي وقت.
violence-start-button = البدء

## نصائح السلامة
violence-advice-title = استعمال هذا الموقع بأمان
violence-advice-lead = إذا كان بإمكان شخص ما الاطلاع على هاتفكم أو حاسوبكم، فقد تساعدكم هذه الاحتياطات. لا تفعلوا إلا ما يبدو لكم دون خطر.
violence-advice-before-title = قبل البدء
violence-advice-before-private = استعملوا نافذة تصفح خاص: بعد إغلاقها، لا يحتفظ متصفحكم بأي سجل لها.
violence-advice-before-device = إن أمكن، استعملوا جهازًا لا يصل إليه الشخص الآخر: هاتف صديقة أو صديق، أو حاسوبًا في مكتبة أو جمعية.
violence-advice-before-watched = إذا كنتم تعتقدون أن هاتفكم مراقَب (مثلًا بتطبيق تجسس)، استعملوا جهازًا آخر.
violence-advice-after-title = بعد زيارتكم
violence-advice-after-history = احذفوا هذا الموقع من سجل التصفح. في معظم المتصفحات، يُفتح السجل بالضغط على Ctrl+H (‎⌘+Y على جهاز Mac).
violence-advice-after-close = أغلقوا نافذة المتصفح.
violence-advice-after-code = احتفظوا برمز المتابعة في مكان لا يجده أحد غيركم، لا في دفتر أو هاتف يستعمله شخص آخر.
violence-advice-talk-title = التحدث إلى شخص ما
violence-advice-back = العودة إلى بداية البلاغ

## مساعدة فورية (لستم في أمان، أو أقل من 18 سنة)
violence-help-title = مساعدة فورية
violence-help-danger-title = إذا كنتم في خطر
violence-help-danger-body = اتصلوا بالرقم 17 (الشرطة والدرك) أو 112. وإن لم تستطيعوا الكلام، أرسلوا رسالة نصية إلى الرقم 114: اكتبوا ما يحدث وأين أنتم.
violence-help-danger-place = إن استطعتم، اذهبوا إلى مكان فيه ناس: متجر، صيدلية، بيت أحد الجيران.
violence-help-child-title = طفل أو مراهق
violence-help-child-body = الرقم 119 يستمع إلى الأطفال والمراهقين، وإلى البالغين القلقين على طفل. المكالمة مجانية ولا تظهر في فاتورة الهاتف.
violence-help-go-on-title = بلاغكم
violence-help-go-on-body = إجاباتكم محفوظة. يمكنكم متابعة بلاغكم الآن، أو لاحقًا، أو التخلي عنه.
violence-help-go-on = متابعة بلاغي

## هل أنتم في أمان؟
violence-safe-title = هل أنتم في أمان في هذه اللحظة؟
violence-safe-hint = إذا لم تكونوا في أمان، سنبيّن لكم فورًا بمن تتصلون. يمكنكم متابعة بلاغكم بعد ذلك.
violence-safe-yes = نعم
violence-safe-no = لا
violence-safe-not-sure = لا أعرف
error-choose-safe-now = بيّنوا إن كنتم في أمان في هذه اللحظة.

## لمن؟
violence-who-title = لمن تقدمون هذا البلاغ؟
violence-reporter-myself = لنفسي
violence-reporter-myself-hint = حدث لي ذلك.
violence-reporter-someone-else = لشخص آخر
violence-reporter-someone-else-hint = حدث ذلك لشخص أعرفه، وقد أخبرني به.
violence-reporter-witness = بصفتي شاهدًا
violence-reporter-witness-hint = رأيت الوقائع أو سمعتها.
violence-age-legend = هل عمر الشخص المعني أقل من 18 سنة؟
violence-age-hint = هذا السؤال اختياري. إذا حدث ذلك لكم، أجيبوا عن أنفسكم.
violence-age-under-18 = نعم، أقل من 18 سنة
violence-age-adult = لا، 18 سنة أو أكثر
violence-age-unknown = لا أعرف
violence-who-child = إذا كان طفل أو مراهق في خطر، اتصلوا بالرقم 119: مجاني، على مدار 24 ساعة، ولا يظهر في فاتورة الهاتف.
error-choose-report-for = بيّنوا لمن تقدمون هذا البلاغ.

## دون ذكر الهوية أم لا
violence-contact-title = هل ترغبون في عدم ذكر هويتكم؟
violence-contact-intro-anonymous = إذا اخترتم عدم ذكر هويتكم، فلن نطلب منكم اسمكم ولا أي معلومات اتصال. تتابعون بلاغكم برمزكم الشخصي.
violence-contact-intro-identified = إذا قدّمتم وسيلة للاتصال بكم، يمكن لشرطي أو دركي مدرَّب على هذه الحالات أن يتصل بكم أو يكتب إليكم، فقط في الأوقات التي لا خطر فيها عليكم.
violence-contact-choice = اختياركم
violence-contact-anonymous = عدم ذكر هويتي
violence-contact-anonymous-hint = رمز المتابعة وحده يربطكم بهذا البلاغ.
violence-contact-identified = تقديم وسيلة للاتصال بي
violence-contact-identified-hint = أجيبوا في هذه الحالة عن الأسئلة أدناه.
violence-contact-details = إذا قدّمتم وسيلة للاتصال بكم
violence-contact-name = الاسم الذي نستعمله (اختياري)
violence-contact-name-hint = يكفي الاسم الشخصي.
violence-contact-by = كيف ترغبون أن نتصل بكم؟
violence-contact-by-email = بالبريد الإلكتروني
violence-contact-by-email-hint = ستُرسل رسائل الشرطي أو الدركي إلى هذا العنوان. اختاروا عنوانًا لا يطّلع عليه أحد غيركم.
violence-contact-by-phone = بالهاتف
violence-contact-by-phone-hint = يتصل بكم شرطي أو دركي في الأوقات التي تحددونها.
violence-contact-email = عنوان البريد الإلكتروني
violence-contact-phone = رقم الهاتف
violence-contact-safe-times = في أي أوقات يمكننا الاتصال بكم دون خطر؟ (اختياري)
violence-contact-safe-times-hint = مثلًا: أيام الأسبوع بين الساعة 9 والظهر. أخبرونا إن كانت هناك أوقات يجب ألا نتصل فيها أبدًا.
error-choose-anonymity = بيّنوا إن كنتم تختارون عدم ذكر هويتكم أو تقديم وسيلة للاتصال بكم.
error-choose-contact-by = بيّنوا كيف نتصل بكم: بالبريد الإلكتروني أو بالهاتف.
error-required-phone = أدخلوا الرقم الذي يمكننا الاتصال بكم عليه.

## ماذا حدث؟
violence-what-title = ماذا حدث؟
violence-what-hint = ضعوا علامة على كل ما ينطبق. لستم مضطرين لذكر التفاصيل. هذا السؤال اختياري.
violence-fact-sexist = أقوال أو إهانات أو سلوكيات متحيزة جنسيًا
violence-fact-harassment = أقوال أو رسائل أو سلوكيات ذات طابع جنسي، غير مرغوب فيها ومتكررة (تحرش)
violence-fact-touching = لمس ذو طابع جنسي دون موافقة
violence-fact-forced-act = فعل جنسي تحت الإكراه أو مفروض، بما في ذلك الاغتصاب
violence-fact-exposure = شخص يكشف أعضاءه الحميمة (استعراض)
violence-fact-images = صور أو مقاطع فيديو حميمة التُقطت أو نُشرت دون موافقة، أو رسائل جنسية عبر الإنترنت
violence-fact-partner = عنف أو تهديدات أو أشكال سيطرة من شريك أو شريكة، أو من شريك سابق
violence-fact-other = شيء آخر
violence-fact-not-sure = لا أعرف كيف أصف ذلك

## متى وأين؟
violence-when-title = متى وأين حدث ذلك؟
violence-when-hint = تكفي إجابة تقريبية. السؤالان اختياريان.
violence-period-legend = متى حدث ذلك؟
violence-period-days = في الأيام الأخيرة
violence-period-weeks = في الأسابيع الأخيرة
violence-period-months = في الأشهر الأخيرة
violence-period-over-a-year = منذ أكثر من سنة
violence-period-unknown = لا أعرف
violence-area-label = أين حدث ذلك؟ (اختياري)
violence-area-hint = رقم المقاطعة (département) أو الرمز البريدي، مثلًا 69 أو 69003. يساعدنا ذلك على إحالة بلاغكم إلى فريق قريب من هذا المكان.
error-area = أدخلوا رقم مقاطعة أو رمزًا بريديًا، مثلًا 69 أو 69003، أو اتركوا الخانة فارغة.

## من هو هذا الشخص؟
violence-person-title = من هو الشخص الذي فعل ذلك؟
violence-person-hint = بيّنوا صلته بالشخص المعني. هذا السؤال اختياري، ولستم مضطرين لذكر أي اسم.
violence-relationship-partner = شريك أو شريكة، أو شريك سابق
violence-relationship-family = أحد أفراد العائلة
violence-relationship-acquaintance = شخص يعرفه الشخص المعني: صديق، جار، أحد المعارف
violence-relationship-work-or-studies = شخص من العمل أو المدرسة أو الدراسة
violence-relationship-online = شخص تم التعرف عليه عبر الإنترنت
violence-relationship-stranger = شخص لا يعرفه الشخص المعني
violence-relationship-rather-not-say = أفضّل عدم القول

## وصف ما حدث
violence-details-title = هل ترغبون في وصف ما حدث؟
violence-details-stop = يمكنكم التوقف هنا. ما أخبرتمونا به حتى الآن يكفي لإرسال بلاغكم.
violence-details-stop-link = الانتقال إلى ملخص بلاغي
violence-details-label = ما حدث، بكلماتكم (اختياري)
violence-details-hint = لا تكتبوا إلا ما ترغبون في مشاركته. يمكنكم ترك الخانة فارغة.

## الدعم
violence-support-title = ما الدعم الذي ترغبون فيه؟
violence-support-hint = هذا السؤال اختياري. ضعوا علامة على ما تشاؤون من الإجابات.
violence-support-call-back = أن يتصل بي شرطي أو دركي مدرَّب على هذه الحالات
violence-support-call-back-hint = فقط إذا قدّمتم رقم هاتف. وإلا، فستصلكم الإجابة على صفحة المتابعة الخاصة بكم.
violence-support-complaint-information = معلومات عن تقديم شكوى
violence-support-complaint-information-hint = ما يترتب على ذلك، وأين وكيف، حسب وتيرتكم. الإبلاغ هنا لا يُلزمكم بتقديم شكوى.
violence-support-line-3919 = التحدث مع شخص من الرقم 3919، Violences Femmes Info
violence-support-line-3919-hint = مجاني ودون ذكر الهوية، على مدار 24 ساعة، 7 أيام في الأسبوع. يمكنكم الاتصال من الآن.
violence-support-victim-support = مساعدة جمعية لمساعدة الضحايا
violence-support-victim-support-hint = France Victimes، الرقم 116 006، 7 أيام في الأسبوع: الإصغاء، والمعلومات عن حقوقكم، والمساعدة في الإجراءات.
violence-support-now = يمكنكم أيضًا الاتصال بهذه الأرقام من الآن:

## التحقق من إجاباتكم
violence-check-skipped = دون إجابة
violence-check-section-situation = وضعكم
violence-check-section-contact = التواصل
violence-check-section-facts = ما حدث
violence-check-section-support = الدعم
violence-check-safe = في أمان في هذه اللحظة
violence-check-who = البلاغ مقدَّم
violence-check-age = أقل من 18 سنة
violence-check-contact = عدم ذكر الهوية
violence-check-name = الاسم
violence-check-reach = كيف نتصل بكم
violence-check-safe-times = الأوقات الآمنة
violence-check-facts = ما حدث
violence-check-period = متى
violence-check-area = أين
violence-check-person = الشخص الذي فعل ذلك
violence-check-details = وصفكم
violence-check-support = الدعم المطلوب
violence-check-send-title = إرسال بلاغكم
violence-check-send-code = بعد إرسال البلاغ، سترون رمز المتابعة الشخصي الخاص بكم، مرة واحدة فقط. جهّزوا ما تكتبونه به، في مكان لا يعرفه أحد غيركم.
violence-check-send-button = إرسال بلاغي

## تم الإرسال
violence-confirmation-title = تم إرسال بلاغكم
violence-confirmation-sent-on = أُرسل بتاريخ { $date }.
violence-confirmation-code-title = رمز المتابعة الشخصي الخاص بكم
violence-confirmation-code-once = انسخوه أو دوّنوه: لا يمكن استرجاعه. لا يُعرض إلا هذه المرة.
violence-confirmation-code-keep = احتفظوا به في مكان لا يجده أحد غيركم. أي شخص لديه هذا الرمز يمكنه قراءة الرسائل المتعلقة ببلاغكم.
violence-confirmation-code-print = يمكنكم أيضًا طباعة هذه الصفحة (Ctrl+P أو ‎⌘+P).
violence-confirmation-follow-title = متابعة بلاغكم
violence-confirmation-follow-body = في صفحة «متابعة بلاغي» (‎/follow-up‎ على هذا الموقع)، أدخلوا رمزكم. سترون أين وصل بلاغكم، ويمكنكم تبادل الرسائل مع الشرطي أو الدركي الذي يتولى أمره.
violence-confirmation-follow-link = الانتقال إلى صفحة «متابعة بلاغي»
violence-confirmation-next-title = وماذا بعد ذلك
violence-confirmation-next-anonymous = يقرأ بلاغكم شرطي أو دركي مدرَّب على هذه الحالات. وبما أنكم لم تذكروا هويتكم، فسيرد عليكم على صفحة المتابعة الخاصة بكم.
violence-confirmation-next-identified = يقرأ بلاغكم شرطي أو دركي مدرَّب على هذه الحالات، وسيتصل بكم كما طلبتم، في الأوقات التي حددتموها.
violence-confirmation-complaint = طلبتم معلومات عن تقديم شكوى: ستُقدَّم لكم على صفحة المتابعة الخاصة بكم أو أثناء التواصل معكم.
violence-confirmation-numbers-title = أشخاص يمكنكم التحدث إليهم
violence-confirmation-leave = بعد أن تحتفظوا برمزكم، يمكنكم مغادرة هذا الموقع بالزر الموجود في أعلى الصفحة.
violence-sent-code-title = رمز المتابعة الخاص بكم
violence-sent-code-body = لم يُعرض رمز المتابعة الخاص بكم إلا مرة واحدة، مباشرة بعد إرسال بلاغكم. حفاظًا على سلامتكم، لا يمكن عرضه مرة أخرى.

## البريد الإلكتروني (يُرسل فقط إذا طلب الشخص أن يُتصل به بالبريد الإلكتروني)
violence-email-subject = وصلتنا رسالتكم
violence-email-body = وصلتنا رسالتكم. سيتصل بكم شخص ما كما طلبتم.
