# التوجيه (الأسئلة والوجهات)، صفحات المعلومات، أرقام المساعدة.
# كلمات بسيطة لأشخاص قد يكونون تحت وقع الصدمة: جمل قصيرة، دون مصطلحات معقدة.

## الصفحة الرئيسية وتذييل الصفحة

orientation-home-title = ماذا حدث؟ اعثروا على الإجراء المناسب
orientation-home-body = أجيبوا عن بعض الأسئلة القصيرة. سنبيّن لكم كيف تبلّغون عن الوقائع، أو بمن تتصلون. لا تُحفظ إجاباتكم.
orientation-home-start = البدء
orientation-home-direct = الانتقال مباشرة إلى إجراء
orientation-home-complaint-title = تقديم شكوى بالكامل عبر الإنترنت
orientation-home-complaint-body = للمخالفات نفسها التي تشملها الشكوى المسبقة (pré-plainte)، إذا كنتم تستطيعون إثبات هويتكم بواسطة FranceConnect. دون التنقل إلى مركز الشرطة.
orientation-home-discrimination-title = الإبلاغ عن تمييز
orientation-home-discrimination-body = إذا عوملتم بشكل أسوأ بسبب أصلكم، أو جنسكم، أو إعاقة، أو سنّكم، أو دينكم، أو لأي سبب آخر.
orientation-home-internet-title = الإبلاغ عن نصب واحتيال عبر الإنترنت
orientation-home-internet-body = إعلانات مزيفة، مواقع بيع مزيفة، تصيّد احتيالي، أو مدفوعات عبر الإنترنت ببطاقتكم لم تقوموا بها.
orientation-home-support-title = المساعدة والدعم
orientation-home-support-body = أرقام مجانية للتحدث إلى شخص ما، ليلًا ونهارًا، ووسائل للإبلاغ عن أعمال العنف، بما فيها العنف الجنسي.
orientation-home-ddd-title = مشكلة مع مرفق عمومي
orientation-home-ddd-body = يمكن للمدافع عن الحقوق (Défenseur des droits)، وهو هيئة مستقلة، أن يساعدكم مجانًا.
orientation-home-all-numbers = جميع الأرقام وأوقاتها
orientation-footer-start = العثور على الإجراء المناسب
orientation-find-procedure = لا تعرفون ماذا تفعلون؟ اعثروا على الإجراء المناسب
orientation-restart = البدء من جديد بإجابات أخرى

## الأسئلة

orientation-q-danger-title = هل هناك شخص في خطر في هذه اللحظة؟
orientation-q-danger-hint = مثلًا، شخص مصاب أو مهدَّد، أو أن الفاعل ما زال قريبًا.
orientation-a-danger-yes = نعم، هناك شخص في خطر في هذه اللحظة
orientation-a-danger-no = لا، لا أحد في خطر في هذه اللحظة
orientation-error-danger = بيّنوا إن كان أحد في خطر في هذه اللحظة.

orientation-q-what-title = ماذا حدث؟
orientation-q-what-hint = إذا حدثت عدة أمور، اختاروا أخطرها.
orientation-a-what-property = سُرق مني شيء أو أُتلف، أو تعرّضت لنصب واحتيال مالي
orientation-a-what-property-hint = سرقة، سطو على المسكن، إتلاف أو تخريب، استعمال احتيالي لبطاقتي المصرفية، نصب واحتيال
orientation-a-what-violence = ضربني شخص أو أصابني أو هدّدني
orientation-a-what-violence-hint = عنف جسدي أو تهديدات، من شخص مجهول أو من شخص أعرفه
orientation-a-what-sexual-violence = عنف جنسي أو متحيز جنسيًا
orientation-a-what-sexual-violence-hint = تحرش جنسي، اعتداء جنسي، اغتصاب، إهانات أو سلوكيات متحيزة جنسيًا – ضدي أو ضد شخص آخر
orientation-a-what-discrimination = عوملت بشكل أسوأ بسبب ما أنا عليه
orientation-a-what-discrimination-hint = تمييز: بسبب أصلي، أو جنسي، أو إعاقة، أو سنّي، أو ديني، أو ميولي الجنسية، أو حالتي الصحية، أو مكان إقامتي…
orientation-a-what-public-service = عاملني مرفق عمومي بشكل غير عادل
orientation-a-what-public-service-hint = مشكلة مع إدارة أو مرفق عمومي، مثلًا مصلحة الضرائب، أو CAF، أو France Travail، أو مستشفى عمومي
orientation-a-what-other = شيء آخر
orientation-a-what-other-hint = لا تتوافق أي من هذه الإجابات مع ما حدث
orientation-error-what = اختاروا ما حدث.

orientation-q-internet-title = هل وقعت الوقائع عبر الإنترنت؟
orientation-q-internet-hint = مثلًا، إعلان مزيف أو موقع مزيف، أو رسالة تطلب معلوماتكم المصرفية، أو مدفوعات عبر الإنترنت ببطاقتكم.
orientation-a-internet-yes = نعم، عبر الإنترنت
orientation-a-internet-no = لا، ليس عبر الإنترنت
orientation-error-internet = بيّنوا إن كانت الوقائع قد وقعت عبر الإنترنت.

orientation-q-known-title = هل تعرفون من هو الفاعل؟
orientation-q-known-hint = مثلًا، تعرفون اسمه، أو يمكنكم أن تقولوا أين يمكن العثور عليه.
orientation-a-known-yes = نعم، أعرف من هو الفاعل
orientation-a-known-no = لا، لا أعرف من هو الفاعل
orientation-error-known = بيّنوا إن كنتم تعرفون من هو الفاعل.

orientation-q-identity-title = هل يمكنكم إثبات هويتكم عبر الإنترنت بواسطة FranceConnect؟
orientation-q-identity-hint = يتيح لكم FranceConnect الدخول إلى المرافق العمومية بحساب لديكم من قبل، مثلًا على impots.gouv.fr أو ameli.fr، أو بتطبيق Identité Numérique La Poste.
orientation-a-identity-yes = نعم، يمكنني استعمال FranceConnect
orientation-a-identity-no = لا، لا يمكنني استعماله
orientation-a-identity-not-sure = لا أعرف
orientation-error-identity = بيّنوا إن كنتم تستطيعون استعمال FranceConnect.

## الوجهات

orientation-dest-emergency-title = اتصلوا بالنجدة الآن
orientation-dest-emergency-lead = إذا كنتم أنتم أو شخص آخر في خطر، اتصلوا الآن. هذه المكالمات مجانية، ليلًا ونهارًا.
orientation-dest-emergency-safe = عندما تكونون في أمان، يمكنكم العودة إلى هذا الموقع للإبلاغ عما حدث.

orientation-dest-pre-complaint-title = تقديم شكوى مسبقة (pré-plainte) عبر الإنترنت
orientation-dest-pre-complaint-lead = الشكوى المسبقة تناسب وضعكم. تصفون الوقائع عبر الإنترنت، ثم توقّعون شكواكم في مركز الشرطة (commissariat) أو فرقة الدرك (brigade de gendarmerie) التي تختارونها.
orientation-dest-pre-complaint-body = يستغرق ذلك نحو 15 دقيقة. يتصل بكم بعد ذلك مركز الشرطة أو فرقة الدرك التي اخترتموها لتحديد موعد. يجب أن توقّعوا خلال 30 يومًا.
orientation-dest-pre-complaint-action = بدء شكواي المسبقة

orientation-dest-online-complaint-title = تقديم شكوى عبر الإنترنت
orientation-dest-online-complaint-lead = بما أنكم تستطيعون إثبات هويتكم بواسطة FranceConnect، يمكنكم تقديم شكوى بالكامل عبر الإنترنت، دون التنقل إلى مركز الشرطة أو الدرك.
orientation-dest-online-complaint-body = تسجّلون الدخول بواسطة FranceConnect، وتصفون الوقائع، وترسلون شكواكم. تُحفظ شكواكم لمدة 6 أشهر.
orientation-dest-online-complaint-action = بدء شكواي عبر الإنترنت
orientation-dest-online-complaint-other-title = إذا لم يعمل FranceConnect معكم
orientation-dest-online-complaint-other = يمكنكم تقديم شكوى مسبقة بدلًا من ذلك، وتوقيعها في مركز الشرطة (commissariat) أو فرقة الدرك (brigade de gendarmerie) التي تختارونها.
orientation-dest-online-complaint-other-link = تقديم شكوى مسبقة

orientation-dest-discrimination-title = الإبلاغ عن تمييز
orientation-dest-discrimination-lead = معاملة شخص بشكل أسوأ بسبب أصله، أو جنسه، أو إعاقة، أو سنّه، أو دينه، أو لسبب آخر ينص عليه القانون، هي تمييز. وهذا يمنعه القانون. لديكم وسيلتان للتصرف، ويمكنكم استعمال الاثنتين.
orientation-dest-discrimination-police-title = الإبلاغ عنه لدى الشرطة والدرك
orientation-dest-discrimination-police = صِفوا الوقائع على هذه البوابة. يقرأ موظف بلاغكم ويتصل بكم. قد يؤدي ذلك إلى شكوى وتحقيق.
orientation-dest-discrimination-action = الإبلاغ عن تمييز
orientation-dest-discrimination-ddd-title = أو الاتصال بالمدافع عن الحقوق (Défenseur des droits)
orientation-dest-discrimination-ddd = المدافع عن الحقوق هيئة عمومية مستقلة. مساعدته مجانية. يمكنه أن ينصحكم، وأن يبحث عن حل ودي، وأن يرافقكم إذا لجأتم إلى القضاء.

orientation-dest-support-title = المساعدة والدعم
orientation-dest-support-lead = لستم وحدكم، وما حدث ليس ذنبكم. هناك أشخاص مستعدون للاستماع إليكم، مجانًا، سواء حدث ذلك لكم أو لشخص قريب منكم.
orientation-dest-support-talk-title = التحدث إلى شخص ما
orientation-dest-support-report-title = الإبلاغ عما حدث
orientation-dest-support-report = على المنصة الوطنية أدناه، يمكنكم التواصل كتابيًا (دردشة) مع شرطي أو دركي، في أي وقت، دون ذكر اسمكم. يمكنه أن ينصحكم ويساعدكم على تقديم شكوى.

orientation-dest-internet-title = الإبلاغ عن نصب واحتيال عبر الإنترنت
orientation-dest-internet-lead = تعالج عمليات النصب والاحتيال عبر الإنترنت والاحتيال بالبطاقة المصرفية عبر الإنترنت خدماتٌ إلكترونية مخصصة، وليس الشكوى المسبقة.
orientation-dest-internet-scam-title = نصب واحتيال عبر الإنترنت
orientation-dest-internet-scam = إعلانات مزيفة، مواقع بيع مزيفة، ابتزاز، استثمارات مزيفة، تصيّد احتيالي: أبلغوا عن ذلك على THESEE، الخدمة الإلكترونية للشرطة والدرك الخاصة بالنصب والاحتيال عبر الإنترنت. ستجدونها على موقع service-public.fr.
orientation-dest-internet-card-title = مدفوعات ببطاقتكم لم تقوموا بها
orientation-dest-internet-card = إذا استُعملت بيانات بطاقتكم عبر الإنترنت بينما ما زالت البطاقة معكم، أبلغوا عن ذلك على Perceval، الخدمة الإلكترونية الخاصة بالاحتيال بالبطاقات المصرفية. ستجدونها أيضًا على موقع service-public.fr.
orientation-dest-internet-site-title = موقع أو رسالة احتيالية
orientation-dest-internet-site = للإبلاغ عن موقع أو إعلان أو رسالة مخالفة للقانون، استعملوا خدمة الإبلاغ الرسمية:
orientation-dest-internet-now = اتصلوا فورًا ببنككم لإيقاف بطاقتكم (opposition). احتفظوا بكل الأدلة: لقطات الشاشة، الرسائل، رسائل البريد الإلكتروني، كشوف الحساب المصرفي.

orientation-dest-defenseur-des-droits-title = الاتصال بالمدافع عن الحقوق (Défenseur des droits)
orientation-dest-defenseur-des-droits-lead = عندما يعاملكم مرفق عمومي بشكل غير عادل، يمكن للمدافع عن الحقوق أن يساعدكم. إنه هيئة عمومية مستقلة، ومساعدته مجانية.
orientation-dest-defenseur-des-droits-body = يهتم بالمشاكل مع المرافق العمومية (مثلًا مصلحة الضرائب، أو CAF، أو France Travail، أو مستشفى عمومي)، وبحالات التمييز، وبحقوق الطفل، وبسلوك قوات الأمن. حاولوا أولًا حل المشكلة مع المرفق المعني، واحتفظوا بنسخة من مراسلاتكم ورسائلكم الإلكترونية.

orientation-dest-station-known-author-title = توجّهوا إلى مركز الشرطة أو إلى الدرك
orientation-dest-station-known-author-lead = يُعالَج وضعكم حضوريًا. سيستمع إليكم موظف ويسجّل شكواكم.
orientation-dest-station-known-author-reason = السبب: أنتم تعرفون من هو الفاعل. الشكوى المسبقة عبر الإنترنت مخصصة للوقائع التي يكون فاعلها مجهولًا. يمكنكم أيضًا مراسلة وكيل الجمهورية (procureur de la République).
orientation-dest-station-violence-title = توجّهوا إلى مركز الشرطة أو إلى الدرك
orientation-dest-station-violence-lead = تُعالَج أعمال العنف والتهديدات حضوريًا، حتى يتمكن موظف من الاستماع إليكم وحمايتكم إذا لزم الأمر.
orientation-dest-station-violence-reason = السبب: لا يمكن الإبلاغ عبر الإنترنت على هذه البوابة عن أعمال العنف والتهديدات ضد شخص. إن تعرّضتم لإصابة، استشيروا طبيبًا: ستساعد الشهادة الطبية شكواكم.
orientation-dest-station-other-title = توجّهوا إلى مركز الشرطة أو إلى الدرك
orientation-dest-station-other-lead = سيستمع إليكم موظف ويخبركم بما يمكنكم فعله.
orientation-dest-station-other-reason = السبب: هذه البوابة لا تغطي وضعكم بعد.
orientation-station-any = يمكنكم التوجه إلى أي مركز شرطة (commissariat) أو فرقة درك (brigade de gendarmerie). يجب عليهم تسجيل شكواكم، حتى لو وقعت الوقائع في مكان آخر.
orientation-station-bring = أحضروا وثيقة هوية وكل ما قد يساعد: صور، رسائل، إيصالات شراء، أسماء الشهود.

orientation-ddd-phone = بالهاتف:
orientation-ddd-hours = (من الساعة 9 إلى الساعة 18)
orientation-ddd-chat = بالدردشة، لحالات التمييز:
orientation-ddd-website = على موقعه:

## أرقام المساعدة

helpline-17-name = نجدة الشرطة والدرك
helpline-17-hours = على مدار 24 ساعة، 7 أيام في الأسبوع. مجاني.
helpline-112-name = رقم الطوارئ الأوروبي، من أي هاتف في أوروبا
helpline-112-hours = على مدار 24 ساعة، 7 أيام في الأسبوع. مجاني.
helpline-15-name = الطوارئ الطبية (SAMU)
helpline-15-hours = على مدار 24 ساعة، 7 أيام في الأسبوع. مجاني.
helpline-18-name = رجال الإطفاء (Sapeurs-pompiers)
helpline-18-hours = على مدار 24 ساعة، 7 أيام في الأسبوع. مجاني.
helpline-114-name = الطوارئ عبر الرسائل النصية، إذا كنتم لا تستطيعون الكلام أو السمع، أو لا تستطيعون الكلام لأن شخصًا ما قريب منكم
helpline-114-hours = بالرسائل النصية، على مدار 24 ساعة، 7 أيام في الأسبوع. مجاني.
helpline-3919-name = Violences Femmes Info: الإصغاء والنصيحة للنساء ضحايا العنف ولمحيطهن
helpline-3919-hours = على مدار 24 ساعة، 7 أيام في الأسبوع. مجاني ودون ذكر الهوية.
helpline-119-name = Allô Enfance en danger: للأطفال والمراهقين المعرّضين للخطر، وللبالغين القلقين عليهم
helpline-119-hours = على مدار 24 ساعة، 7 أيام في الأسبوع. مجاني، ولا تظهر المكالمة في فاتورة الهاتف.
helpline-116006-name = France Victimes: مساعدة ضحايا أي مخالفة
helpline-116006-hours = 7 أيام في الأسبوع، من الساعة 9 إلى الساعة 19. مجاني.
helpline-3018-name = العنف عبر الإنترنت: التنمر الإلكتروني، التهديدات، الصور الحميمة المنشورة دون موافقة
helpline-3018-hours = مجاني، دون ذكر الهوية، وسري.
helpline-3928-name = المدافع عن الحقوق (Défenseur des droits): التمييز والمشاكل مع المرافق العمومية
helpline-3928-hours = من الساعة 9 إلى الساعة 18.

## صفحات المعلومات

guide-more-title = معلومات مفيدة
guide-pre-complaint-start = بدء شكوى مسبقة

guide-pre-complaint-title = كيف تعمل الشكوى المسبقة (pré-plainte)
guide-pre-complaint-lead = تتيح لكم الشكوى المسبقة بدء شكواكم عبر الإنترنت، لقضاء وقت أقل في مركز الشرطة أو لدى الدرك.
guide-pc-declare-title = 1. تصفون الوقائع عبر الإنترنت
guide-pc-declare-body = تبيّنون متى وأين وقعت الوقائع، وما الذي سُرق أو أُتلف، وكيف يمكن الاتصال بكم. يستغرق ذلك نحو 15 دقيقة، في أي ساعة من الليل أو النهار.
guide-pc-unit-title = 2. تختارون مكان التوقيع
guide-pc-unit-body = تختارون مركز الشرطة (commissariat) أو فرقة الدرك (brigade de gendarmerie) التي تريدون التوقيع فيها، والأيام والأوقات التي تناسبكم.
guide-pc-contact-title = 3. تتصل بكم المصلحة
guide-pc-contact-body = يقرأ موظف شكواكم المسبقة ويتصل بكم، بالبريد الإلكتروني أو بالهاتف، ليقترح عليكم موعدًا.
guide-pc-sign-title = 4. توقّعون شكواكم خلال 30 يومًا
guide-pc-sign-body = لا تصبح شكواكم قائمة إلا بعد توقيعها في مركز الشرطة أو فرقة الدرك. أحضروا وثيقة هويتكم ومرجعكم.
guide-pc-sign-lapse = إذا لم توقّعوا خلال 30 يومًا، تُلغى الشكوى المسبقة وتُحذف بياناتها.
guide-pc-covers-title = ما الغرض من الشكوى المسبقة
guide-pc-covers-body = للاعتداءات على ممتلكاتكم، عندما لا تعرفون من هو الفاعل:
guide-pc-covers-theft = السرقة، بما في ذلك النشل والسرقة من داخل مركبة
guide-pc-covers-burglary = السطو على المسكن أو المحل
guide-pc-covers-vehicle = سرقة مركبة
guide-pc-covers-damage = الإتلاف والتخريب
guide-pc-covers-card = الاستعمال الاحتيالي لبطاقتكم المصرفية
guide-pc-covers-scam = النصب والاحتيال الذي لم يحدث عبر الإنترنت
guide-pc-who-title = من يمكنه تقديمها
guide-pc-who-victim = الضحية
guide-pc-who-parent = أحد الوالدين أو الممثل القانوني، لطفل عمره أقل من 18 سنة
guide-pc-who-organisation = ممثل شركة أو جمعية
guide-pc-not-title = متى لا يكون هذا هو الإجراء المناسب
guide-pc-not-body = إذا كان شخص ما في خطر، اتصلوا بالرقم 17 أو 112. إذا كنتم تعرفون من هو الفاعل، أو إذا وقع عنف ضد شخص، توجّهوا إلى مركز الشرطة أو إلى الدرك. لعمليات النصب والاحتيال عبر الإنترنت خدمتها الإلكترونية الخاصة.

guide-what-to-bring-title = ما يجب إحضاره للتوقيع
guide-what-to-bring-lead = أحضروا هذه الوثائق إلى موعدكم. فهي تساعد الموظف على تسجيل شكواكم بسرعة.
guide-bring-always-title = في جميع الحالات
guide-bring-identity = وثيقة هوية: بطاقة التعريف، أو جواز السفر، أو بطاقة الإقامة (titre de séjour)، أو رخصة السياقة.
guide-bring-reference = مرجع شكواكم المسبقة، مثلًا PP-7K3Q-9MXD-C. يظهر في وصل الاستلام وفي الرسالة الإلكترونية التي وصلتكم.
guide-bring-items-title = لما سُرق أو أُتلف
guide-bring-items-body = أحضروا ما لديكم، حتى لو كان ناقصًا:
guide-bring-ownership = أدلة على أن الأغراض ملك لكم: فواتير، إيصالات شراء، صور، علب أو شهادات ضمان؛
guide-bring-phone = بالنسبة للهاتف: رقم IMEI الخاص به، المكتوب على العلبة أو على الفاتورة (يمكن لمشغّل الاتصالات أيضًا أن يعطيكم إياه)؛
guide-bring-vehicle = بالنسبة للمركبة: شهادة التسجيل (البطاقة الرمادية، carte grise) والمفاتيح المتبقية لديكم؛
guide-bring-card = بالنسبة للبطاقة المصرفية: كشوف حسابكم التي تظهر فيها المدفوعات التي لم تقوموا بها، وما يثبت إيقاف البطاقة (opposition)؛
guide-bring-damage = بالنسبة للإتلاف: صور، وعروض أسعار أو فواتير الإصلاح.
guide-bring-other-title = إذا كنتم تتصرفون نيابة عن شخص آخر
guide-bring-other-body = بالنسبة لطفل عمره أقل من 18 سنة، أحضروا وثيقة تثبت أنكم والده أو والدته أو ممثله القانوني. بالنسبة لشركة أو جمعية، أحضروا وثيقة تثبت أنكم مخوّلون بالتصرف باسمها.
guide-bring-missing-title = إذا كان ينقصكم شيء
guide-bring-missing-body = احضروا رغم ذلك. يمكنكم تقديم الوثائق الناقصة لاحقًا.

guide-data-retention-title = كم من الوقت تُحفظ بياناتكم
guide-data-retention-lead = نحتفظ بمعلوماتكم فقط طوال المدة اللازمة، ثم نحذفها نهائيًا.
guide-data-periods-title = مدد الحفظ
guide-data-pre-complaint = شكوى مسبقة غير موقّعة: تُحذف بعد 30 يومًا من إرسالها.
guide-data-complaint = شكوى عبر الإنترنت: تُحفظ لمدة 6 أشهر.
guide-data-draft = استمارة بدأتموها ولم ترسلوها: تُحذف بعد 30 يومًا.
guide-data-signed-title = بعد توقيع شكواكم
guide-data-signed-body = الشكوى الموقّعة جزء من إجراء لدى الشرطة أو الدرك. وتخضع حينئذ لقواعد هذه الملفات.
guide-data-never-title = ما لا نسجّله أبدًا
guide-data-never-body = لا نسجّل عنوان IP الخاص بكم، ولا المتصفح الذي تستعملونه. لا يحتوي هذا الموقع على إعلانات ولا تتبّع، ولا يحمّل أي شيء من مواقع أخرى.
guide-data-deleted-title = ماذا تعني كلمة «محذوف»
guide-data-deleted-body = في نهاية المدة، تُمحى إجاباتكم من قاعدة بياناتنا. لا يمكن لأحد استرجاعها، ولا حتى نحن.

guide-anonymity-title = الإبلاغ دون ذكر الاسم
guide-anonymity-lead = يمكن تقديم بعض البلاغات دون ذكر اسمكم. أما الشكوى فلا: فهي تتطلب هويتكم.
guide-anon-records-title = ما تسجّله البوابة
guide-anon-records-body = فقط ما تكتبونه في الاستمارات، وملف تعريف ارتباط (cookie) يختفي عندما تغلقون متصفحكم. يُستعمل ملف تعريف الارتباط هذا للاحتفاظ بإجاباتكم من صفحة إلى أخرى.
guide-anon-not-title = ما لا تسجّله البوابة
guide-anon-not-ip = عنوان IP الخاص بكم أو المتصفح الذي تستعملونه؛
guide-anon-not-tracking = الصفحات التي تزورونها: لا يوجد تتبّع ولا إعلانات؛
guide-anon-not-mail = عنوان بريدكم الإلكتروني، إلا إذا اخترتم تقديمه.
guide-anon-report-title = إلى ماذا قد يؤدي بلاغ دون ذكر الهوية
guide-anon-report-body = يقرأ البلاغ المقدَّم دون ذكر الهوية رجالُ شرطة أو درك. ويمكن رغم ذلك أن يؤدي إلى تحقيق، مثلًا عندما تتعلق عدة بلاغات بالشخص نفسه أو بالمكان نفسه.
guide-anon-complaint-title = لماذا تتطلب الشكوى هويتكم
guide-anon-complaint-body = تُطلق الشكوى إجراءً قضائيًا باسمكم. يجب أن تعرف الشرطة والدرك والقضاء من أنتم وكيف يمكن الاتصال بكم.
guide-anon-complaint-address = إذا كنتم تخشون على سلامتكم، أخبروا الموظف بذلك. يمكنكم أن تطلبوا التصريح بعنوان مركز الشرطة أو الدرك بدلًا من عنوانكم الشخصي.
guide-anon-device-title = على هاتف أو حاسوب مشترك
guide-anon-device-body = قد يُظهر سجل التصفح في متصفحكم الصفحات التي اطّلعتم عليها. استعملوا نافذة تصفح خاص، أو امسحوا سجلكم بعد ذلك.

guide-support-numbers-title = أرقام الطوارئ والمساعدة
guide-support-numbers-lead = في حالة الطوارئ، اتصلوا بالرقم 17 أو 112. وإن لم تستطيعوا الكلام، أرسلوا رسالة نصية إلى الرقم 114.
guide-numbers-emergency-title = الطوارئ
guide-numbers-support-title = شخص يستمع إليكم ويساعدكم
