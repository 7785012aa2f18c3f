## Discrimination report: start
discrimination-start-title = الإبلاغ عن تمييز
discrimination-start-lead = التمييز هو معاملة شخص بشكل أسوأ من شخص آخر، في وضع مماثل، بسبب معيار يمنع القانون أخذه في الاعتبار: أصله، أو جنسه، أو سنّه، أو إعاقته، أو دينه، أو ميوله الجنسية، أو مكان إقامته…
discrimination-start-danger = إذا كنتم في خطر الآن، اتصلوا بالرقم 17 أو 112، أو أرسلوا رسالة نصية إلى الرقم 114. وإذا تعرّضتم لعنف جسدي، توجّهوا إلى مركز الشرطة أو إلى الدرك.
discrimination-start-law-title = ما يقوله القانون
discrimination-start-law-body = يذكر القانون الجنائي (code pénal، المادتان 225-1 و225-2) أكثر من عشرين معيارًا. معاملة شخص بشكل أسوأ بسبب أحدها جُنحة، لا سيما عندما يؤدي ذلك إلى:
discrimination-start-law-offence = يُعاقَب على هذه الجنح بالسجن والغرامة، وتكون العقوبة أشد عندما يرتكبها شخص يمارس سلطة عمومية (المادة 432-7).
discrimination-start-routes-title = إجراءان يمكنكم القيام بهما معًا
discrimination-start-routes-intro = يمكنكم الإبلاغ عن الوقائع لدى الشرطة أو الدرك، أو اللجوء إلى المدافع عن الحقوق (Défenseur des droits)، أو القيام بالأمرين معًا.
discrimination-start-police-title = الإبلاغ عن الوقائع لدى الشرطة أو الدرك، بواسطة هذه الاستمارة
discrimination-start-police-body = يُحال بلاغكم إلى مركز الشرطة (commissariat) أو فرقة الدرك (brigade de gendarmerie) التي تختارونها. يدرسه موظف وقد يتصل بكم؛ وإذا كانت الوقائع تستدعي ذلك، يقترح عليكم تقديم شكوى. في نهاية الاستمارة، يمكنكم الموافقة على إحالة ملفكم أيضًا إلى المدافع عن الحقوق.
discrimination-start-defenseur-title = اللجوء إلى المدافع عن الحقوق (Défenseur des droits)
discrimination-start-defenseur-body = المدافع عن الحقوق (Défenseur des droits) هيئة مستقلة. يستمع إليكم، ويقدم لكم النصيحة، ويمكنه التدخل لضمان احترام حقوقكم، حتى دون شكوى. مساعدته مجانية.
discrimination-defenseur-phone = بالهاتف، مكالمة مجانية
discrimination-defenseur-chat = للتحدث عبر الإنترنت مع حقوقي
discrimination-defenseur-hours = من الاثنين إلى الجمعة، من الساعة 9 إلى الساعة 18.
discrimination-start-need-title = قبل البدء، اجمعوا إن أمكن
discrimination-start-need-when = تاريخ الوقائع ومكانها، ولو بشكل تقريبي؛
discrimination-start-need-words = الكلمات التي قيلت أو كُتبت، بأكبر قدر ممكن من الدقة؛
discrimination-start-need-people = ما تعرفونه عن الفاعل والشهود؛
discrimination-start-need-email = عنوان بريد إلكتروني، لتلقي مرجعكم.
discrimination-start-evidence = احتفظوا بكل الأدلة: الرسائل، المراسلات، الإعلانات، لقطات الشاشة، أسماء الشهود. ستكون مفيدة لاحقًا.
discrimination-start-time = يستغرق ذلك نحو 10 دقائق. تُحفظ إجاباتكم في كل خطوة.
discrimination-start-button = البدء

## Discrimination report: safety
discrimination-safety-title = سلامتكم
discrimination-safety-danger = هل أنتم أو أي شخص آخر في خطر في هذه اللحظة؟
discrimination-safety-danger-hint = إن كان الجواب نعم، اتصلوا فورًا بالرقم 17 أو 112، أو أرسلوا رسالة نصية إلى الرقم 114.
discrimination-safety-violence = هل وقع عنف جسدي (ضرب، دفع، اعتداء)؟
discrimination-safety-violence-hint = يُصرَّح بأعمال العنف حضوريًا، في مركز الشرطة أو لدى الدرك.
discrimination-elsewhere-danger-title = اتصلوا بالنجدة الآن
discrimination-elsewhere-danger-body = في حالة الخطر، لا تستعملوا هذه الاستمارة: اتصلوا بالرقم 17 أو 112. وإن لم تستطيعوا الكلام، أرسلوا رسالة نصية إلى الرقم 114.
discrimination-elsewhere-danger-next = بعد أن تكونوا في أمان، يمكنكم العودة للإبلاغ عن التمييز.
discrimination-elsewhere-violence-title = قدّموا شكوى في مركز الشرطة أو لدى الدرك
discrimination-elsewhere-violence-body = يُصرَّح بأعمال العنف الجسدي حضوريًا. توجّهوا إلى مركز الشرطة (commissariat) أو فرقة الدرك (brigade de gendarmerie) لتقديم شكوى، وقولوا لماذا تعتقدون أنكم استُهدفتم: يعاقب القانون بشدة أكبر على أعمال العنف المرتكبة بسبب أصل الضحية أو دينها أو جنسها أو ميولها الجنسية أو هويتها الجندرية.
discrimination-elsewhere-violence-next = إن تعرّضتم لإصابة، استشيروا طبيبًا: ستكون الشهادة الطبية مفيدة لشكواكم. في حالة الطوارئ، اتصلوا بالرقم 17 أو 112.
discrimination-elsewhere-defenseur-title = يمكن للمدافع عن الحقوق أيضًا مساعدتكم
discrimination-elsewhere-defenseur-body = للحصول على الإصغاء والنصيحة بشأن التمييز نفسه، اتصلوا بالمدافع عن الحقوق (Défenseur des droits)، مجانًا:

## Discrimination report: role
discrimination-role-title = بأي صفة تقدمون هذا البلاغ؟
discrimination-reporter-victim = أنا الضحية
discrimination-reporter-victim-hint = كان التمييز يستهدفني شخصيًا.
discrimination-reporter-witness = أنا شاهد
discrimination-reporter-witness-hint = رأيت الوقائع أو سمعتها، دون أن أكون مستهدفًا.
discrimination-reporter-representative = أنا أمثّل الضحية
discrimination-reporter-representative-hint = مثلًا، أنا والده أو والدته أو ممثله القانوني، أو أتصرف باسم جمعية.

## Discrimination report: domain (code pénal, articles 225-2 et 432-7)
discrimination-domain-title = في أي وضع حدث التمييز؟
discrimination-domain-hint = اختاروا الوضع الأقرب. إذا لم يناسب أي منها، اختاروا «شيء آخر».
discrimination-domain-goods-and-services = رفض تقديم سلعة أو خدمة
discrimination-domain-goods-and-services-hint = في متجر، أو مطعم، أو ملهى ليلي، أو عند استئجار مسكن، أو في البنك أو لدى شركة تأمين، أو في نشاط ترفيهي.
discrimination-domain-economic-activity = عرقلة نشاط اقتصادي
discrimination-domain-economic-activity-hint = مثلًا، منع شخص من ممارسة مهنته، أو رفض التعامل مع شركة أو تاجر.
discrimination-domain-employment = رفض التوظيف، أو عقوبة، أو فصل من العمل
discrimination-domain-employment-hint = أثناء التوظيف أو في العمل.
discrimination-domain-conditional-offer = عرض مخصص لأشخاص دون غيرهم
discrimination-domain-conditional-offer-hint = سلعة أو خدمة أو عرض عمل أو تدريب مشروط بشرط مرتبط بمعيار محظور، مثلًا إعلان يستبعد بعض الأشخاص.
discrimination-domain-social-security-internship = رفض تدريب للتكوين المهني
discrimination-domain-social-security-internship-hint = أحد التدريبات المنصوص عليها في المادة L. 412-8 من قانون الضمان الاجتماعي (code de la sécurité sociale).
discrimination-domain-public-official = تمييز من قِبل موظف عمومي
discrimination-domain-public-official-hint = شخص يمارس سلطة عمومية أو مكلف بمهمة مرفق عام رفض حقًا ينص عليه القانون، أو عرقل نشاطًا اقتصاديًا.
discrimination-domain-other = شيء آخر
discrimination-domain-other-hint = يمكنكم وصفه لاحقًا، في روايتكم للوقائع.

## Discrimination report: criteria (code pénal, article 225-1)
discrimination-criteria-title = في رأيكم، على أي معيار قام التمييز؟
discrimination-criteria-hint = ضعوا علامة على كل المعايير التي تبدو لكم معنية. إذا كنتم لا تعرفون، ضعوا علامة على «لا أعرف» فقط.
discrimination-criterion-origin = الأصل
discrimination-criterion-origin-hint = البلد أو المنطقة التي ينحدر منها الشخص، أو التي يبدو أنه ينحدر منها.
discrimination-criterion-sex = الجنس
discrimination-criterion-family-situation = الوضع العائلي
discrimination-criterion-family-situation-hint = أن يكون الشخص متزوجًا، أو مطلقًا، أو يربي أطفاله وحده، أو له أطفال…
discrimination-criterion-pregnancy = الحمل
discrimination-criterion-physical-appearance = المظهر الجسدي
discrimination-criterion-economic-vulnerability = الهشاشة الناتجة عن الوضع الاقتصادي
discrimination-criterion-economic-vulnerability-hint = العيش في فقر أو هشاشة، سواء كان ذلك ظاهرًا أو معروفًا.
discrimination-criterion-surname = اسم العائلة
discrimination-criterion-place-of-residence = مكان الإقامة
discrimination-criterion-place-of-residence-hint = الحي أو البلدية أو العنوان الذي يسكن فيه الشخص.
discrimination-criterion-health = الحالة الصحية
discrimination-criterion-loss-of-autonomy = فقدان الاستقلالية
discrimination-criterion-loss-of-autonomy-hint = بسبب السن أو المرض أو حادث.
discrimination-criterion-disability = الإعاقة
discrimination-criterion-genetic-characteristics = الخصائص الوراثية
discrimination-criterion-genetic-characteristics-hint = مثلًا، خطر الإصابة بمرض وراثي.
discrimination-criterion-morals = نمط الحياة (mœurs)
discrimination-criterion-morals-hint = طريقة العيش، والاختيارات الشخصية في الحياة.
discrimination-criterion-sexual-orientation = الميول الجنسية
discrimination-criterion-gender-identity = الهوية الجندرية
discrimination-criterion-gender-identity-hint = مثلًا، أن يكون الشخص متحولًا جندريًا.
discrimination-criterion-age = السن
discrimination-criterion-political-opinions = الآراء السياسية
discrimination-criterion-trade-union = الأنشطة النقابية
discrimination-criterion-language = القدرة على التعبير بلغة غير الفرنسية
discrimination-criterion-language-hint = التحدث بلغة أجنبية أو جهوية.
discrimination-criterion-ethnicity-nation-race-religion = الانتماء أو عدم الانتماء، الحقيقي أو المفترض، إلى إثنية أو أمة أو ما يُزعم أنه عِرق أو إلى دين
discrimination-criterion-ethnicity-nation-race-religion-hint = بما في ذلك دين يُنسب إليكم، أو عدم اعتناق أي دين.
discrimination-criterion-whistleblower = صفة المُبلِّغ عن المخالفات (lanceur d’alerte)
discrimination-criterion-whistleblower-hint = أو صفة الميسِّر، أو الشخص المرتبط بمُبلِّغ عن المخالفات.
discrimination-criterion-not-sure = لا أعرف
discrimination-criterion-not-sure-hint = تُختار وحدها. سيساعدكم الموظف على التوضيح.

## Discrimination report: words said or written
discrimination-words-title = الأقوال التي صدرت
discrimination-words-intro = قد تشكّل الأقوال أو الكتابات المهينة أو التشهيرية أو المحرّضة على الكراهية مخالفة إضافة إلى التمييز.
discrimination-words-said = هل قيلت أو كُتبت كلمات مهينة أو تشهيرية أو استفزازية؟
discrimination-words-exact = الكلمات الدقيقة مهمة: انقلوها كما قيلت أو كُتبت، حتى لو كانت بذيئة. لا تلخصوها.
discrimination-words-verbatim = الكلمات التي قيلت أو كُتبت (إن كانت إجابتكم نعم)
discrimination-words-verbatim-hint = ضعوها بين علامتي تنصيص، وبيّنوا من قالها أو كتبها، وكيف: بصوت عالٍ، في رسالة، على شبكة تواصل اجتماعي…

## Discrimination report: author
discrimination-author-title = الفاعل
discrimination-author-kind = من هو الفاعل؟
discrimination-author-kind-person = شخص
discrimination-author-kind-person-hint = فرد، جار، زبون، زميل…
discrimination-author-kind-company = شركة أو جمعية
discrimination-author-kind-company-hint = متجر، صاحب عمل، وكالة عقارية، مالك، بنك…
discrimination-author-kind-administration = إدارة أو مرفق عمومي
discrimination-author-kind-administration-hint = بلدية، المحافظة (préfecture)، مستشفى، مدرسة، موظف عمومي…
discrimination-author-known = هل تعرفون من هو؟
discrimination-author-known-hint = مثلًا اسمه، أو اسم الشركة أو المصلحة.
discrimination-author-known-yes = نعم، أعرف من هو
discrimination-author-known-no = لا، لا أعرف
discrimination-author-name = اسم الشخص أو الهيئة (اختياري)
discrimination-author-name-hint = إن كنتم تعرفونه. يمكنكم أيضًا ذكر وظيفته، مثلًا «المسيّر».

## Discrimination report: when, where, account, witnesses, unit
discrimination-when-where-title = متى وأين وقعت الوقائع؟
discrimination-when-heading = متى
discrimination-where-heading = أين
discrimination-place = المكان بالتحديد (اختياري)
discrimination-place-hint = اسم المتجر، العنوان، المؤسسة، أو الموقع الإلكتروني إن حدث ذلك عبر الإنترنت.
discrimination-account-title = احكوا ما حدث
discrimination-account-intro = صِفوا الوقائع بكلماتكم، بالترتيب: ما كنتم تطلبونه أو تفعلونه، وما قيل أو رُفض، ولماذا تعتقدون أن ذلك تمييز.
discrimination-account-label = روايتكم للوقائع
discrimination-account-hint = { $max } حرف على الأكثر. اذكروا أيضًا الأدلة التي لديكم: رسائل، مراسلات، إعلانات.
discrimination-witnesses-any = هل رأى أحد الوقائع أو سمعها؟
discrimination-unit-title = أي مصلحة يجب أن تعالج بلاغكم؟
discrimination-unit-intro = اختاروا مركز الشرطة (commissariat) أو فرقة الدرك (brigade de gendarmerie) التي ستتلقى بلاغكم، مثلًا بالقرب من مكان الوقائع أو من مسكنكم. سيدرسه موظف من هذه المصلحة وقد يتصل بكم.
discrimination-error-unit = اختاروا مركز الشرطة أو فرقة الدرك التي ستتلقى بلاغكم.

## Discrimination report: contact and consent
discrimination-contact-title = معلومات الاتصال بكم
discrimination-contact-intro = تسمح للمصلحة بالاتصال بكم وبإرسال مرجعكم إليكم.
discrimination-contact-represented-legend = الضحية التي تمثلونها
discrimination-contact-represented-name = الاسم العائلي والشخصي للضحية
discrimination-contact-organisation = الجمعية (اختياري)
discrimination-contact-organisation-hint = إذا كنتم تتصرفون باسم جمعية، اذكروا اسمها.
discrimination-contact-email-hint = سنرسل إليه مرجعكم ورسائل الموظف.
discrimination-contact-phone-hint = قد يتصل بكم الموظف لمعرفة المزيد.
discrimination-consent-title = إحالة ملفكم أيضًا إلى المدافع عن الحقوق (Défenseur des droits)
discrimination-consent-body = يمكن للمدافع عن الحقوق أن يتدخل إضافة إلى الشرطة: يمكنه اقتراح وساطة، أو تقديم توصيات، أو تقديم ملاحظات أمام المحكمة. بموافقتكم، نحيل إليه بلاغكم.
discrimination-consent-legend = موافقتكم (اختياري)
discrimination-consent-label = أوافق على إحالة بلاغي أيضًا إلى المدافع عن الحقوق (Défenseur des droits).
discrimination-consent-hint = إذا لم تضعوا علامة في هذه الخانة، فلن يُحال إليه أي شيء. يمكنكم أيضًا الاتصال به بأنفسكم على الرقم 3928.

## Discrimination report: check
discrimination-check-section-report = بلاغكم
discrimination-check-section-you = معلومات الاتصال بكم
discrimination-check-role = صفتكم
discrimination-check-domain = المجال
discrimination-check-criteria = المعايير
discrimination-check-words = الأقوال التي صدرت
discrimination-check-no-words = لا توجد أقوال
discrimination-check-author = الفاعل
discrimination-check-author-known = معروف، ولم يُذكر الاسم
discrimination-check-author-unknown = مجهول
discrimination-check-represented = الضحية المُمثَّلة
discrimination-check-consent = الإحالة إلى المدافع عن الحقوق
discrimination-check-consent-yes = إحالة الملف أيضًا
discrimination-check-consent-no = عدم إحالة الملف
discrimination-check-unit = المصلحة المحال إليها
discrimination-check-send-title = إرسال بلاغكم
discrimination-check-send-body = سيُحال بلاغكم إلى المصلحة المختارة. التصريح بوقائع يُعلم أنها كاذبة يعاقب عليه القانون (المادتان 226-10 و434-26 من القانون الجنائي، code pénal).
discrimination-check-send-button = إرسال البلاغ

## Discrimination report: confirmation and email
discrimination-confirmation-title = أُرسل البلاغ
discrimination-confirmation-sent-on = أُرسل بتاريخ { $date }.
discrimination-confirmation-email = أُرسلت إليكم رسالة تأكيد بالبريد الإلكتروني. احتفظوا بهذا المرجع: سيُطلب منكم.
discrimination-confirmation-next-title = وماذا بعد ذلك؟
discrimination-confirmation-next = أُحيل بلاغكم إلى هذه المصلحة. سيدرسه موظف وقد يتصل بكم بالبريد الإلكتروني أو بالهاتف:
discrimination-confirmation-complaint = إذا كانت الوقائع تستدعي ذلك، سيقترح عليكم تقديم شكوى. ويمكنكم أيضًا تقديم شكوى في أي وقت في مركز الشرطة (commissariat) أو فرقة الدرك (brigade de gendarmerie)، مع ذكر مرجعكم.
discrimination-confirmation-defenseur-title = المدافع عن الحقوق (Défenseur des droits)
discrimination-confirmation-defenseur-body = إذا وافقتم على ذلك، يُحال إليه ملفكم أيضًا. يمكنكم الاتصال به مباشرة، مجانًا:
discrimination-email-subject = وصلنا بلاغكم { $reference }
discrimination-email-intro = سُجّل بلاغكم عن التمييز بنجاح. سيدرسه موظف من هذه المصلحة وقد يتصل بكم:
discrimination-email-defenseur = يمكن للمدافع عن الحقوق (Défenseur des droits) أيضًا مساعدتكم، مجانًا: اتصلوا بالرقم 3928 أو زوروا موقع antidiscriminations.fr، من الاثنين إلى الجمعة من الساعة 9 إلى الساعة 18.

## Discrimination report: errors
error-choose-danger = بيّنوا إن كان أحد في خطر في هذه اللحظة.
error-choose-reporter = بيّنوا بأي صفة تقدمون هذا البلاغ.
error-choose-domain = اختاروا الوضع الأقرب إلى ما حدث.
error-choose-criteria = ضعوا علامة على معيار واحد على الأقل، أو على «لا أعرف».
error-criteria-not-sure-alone = لا يمكن اختيار «لا أعرف» مع معيار آخر.
error-choose-words-said = بيّنوا إن كانت قد قيلت أو كُتبت أقوال.
error-required-words = انقلوا الكلمات التي قيلت أو كُتبت.
error-choose-author-kind = بيّنوا من هو الفاعل.
error-choose-author-known = بيّنوا إن كنتم تعرفون من هو الفاعل.
error-required-represented-name = أدخلوا اسم الضحية.
