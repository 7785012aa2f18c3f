## Page shell
service-name = الشكوى عبر الإنترنت (Plainte en ligne)
skip-to-content = الانتقال إلى المحتوى
language-switch-label = اللغة
emergency-banner-label = أرقام الطوارئ
emergency-banner-title = في حالة الطوارئ:
emergency-banner-call = اتصلوا بالرقم
emergency-banner-sms = أو، إن لم تستطيعوا الكلام، أرسلوا رسالة نصية (SMS) إلى الرقم
footer-home = الصفحة الرئيسية
footer-pre-complaint = الشكوى المسبقة عبر الإنترنت (pré-plainte)
footer-privacy = خدمة عمومية. لا تُنقل أي بيانات إلى أطراف أخرى، ولا يضع هذا الموقع أي أداة تتبّع.
back = رجوع
continue = متابعة
change = تعديل
remove = حذف
answer-yes = نعم
answer-no = لا
go-home = العودة إلى الصفحة الرئيسية
step-of = الخطوة { $step } من { $total }
date-hint = مثلًا: 27/03/2025
reference-label = المرجع { $reference }

## Home
home-title = تقديم شكوى أو الإبلاغ عن وقائع
home-lead = أبلغوا عن مخالفة، واعثروا على الإجراء المناسب لوضعكم، واحصلوا على المساعدة. بعض الإجراءات تتم بالكامل عبر الإنترنت، وبعضها الآخر في مركز الشرطة (commissariat) أو فرقة الدرك (brigade de gendarmerie) التي تختارونها.
home-pre-complaint-title = تقديم شكوى مسبقة (pré-plainte) عبر الإنترنت
home-pre-complaint-body = في حالات السرقة، أو السطو على المسكن، أو الإتلاف، أو النصب والاحتيال، أو الاستعمال الاحتيالي لبطاقتكم المصرفية، عندما يكون الفاعل مجهولًا.
home-emergency-title = أرقام مفيدة
number-17 = نجدة الشرطة والدرك
number-112 = رقم الطوارئ الأوروبي
number-114 = الطوارئ عبر الرسائل النصية، للأشخاص الذين لا يستطيعون الكلام أو السمع
number-3919 = Violences Femmes Info (خط العنف ضد النساء)، مجاني، دون ذكر الهوية، على مدار 24 ساعة
number-119 = الطفولة في خطر (Enfance en danger)، على مدار 24 ساعة
number-116006 = France Victimes، مساعدة الضحايا، 7 أيام في الأسبوع

## Problems
problem-not-found-title = الصفحة غير موجودة
problem-not-found-body = ربما كُتب العنوان بشكل خاطئ، أو لم تعد الصفحة موجودة.
problem-bad-request-title = طلب غير مفهوم
problem-bad-request-body = أرسل متصفحكم طلبًا لا يمكننا معالجته. ارجعوا إلى الصفحة السابقة وحاولوا مرة أخرى.
problem-forbidden-title = انتهت صلاحية الاستمارة
problem-forbidden-body = حفاظًا على أمنكم، لم تعد هذه الاستمارة صالحة. ارجعوا إلى الصفحة السابقة، وأعيدوا تحميلها، وحاولوا مرة أخرى: إجاباتكم المحفوظة سابقًا ما زالت محفوظة.
problem-too-large-title = الإجابة طويلة جدًا
problem-too-large-body = الاستمارة المرسلة كبيرة جدًا. اختصروا نصكم وحاولوا مرة أخرى.
problem-too-many-title = محاولات كثيرة جدًا
problem-too-many-body = يُرجى الانتظار بضع دقائق قبل المحاولة مرة أخرى.
problem-server-error-title = حدث خطأ
problem-server-error-body = واجهت الخدمة مشكلة. إجاباتكم المحفوظة سابقًا ما زالت محفوظة. حاولوا مرة أخرى بعد بضع دقائق.
problem-unavailable-title = الخدمة غير متاحة مؤقتًا
problem-unavailable-body = الخدمة غير متاحة مؤقتًا. إجاباتكم المحفوظة سابقًا ما زالت محفوظة. حاولوا مرة أخرى بعد بضع دقائق.
problem-emergency = في حالة الطوارئ، اتصلوا بالرقم 17 أو 112، أو أرسلوا رسالة نصية إلى الرقم 114.
session-expired-title = انتهت جلستكم
session-expired-body = لم نعثر على إجاباتكم: فهي تُمحى بعد 30 يومًا دون نشاط، أو أن متصفحكم يرفض ملفات تعريف الارتباط (cookies). يمكنكم إعادة تصريحكم من البداية.
start-again = البدء من جديد

## Errors
error-title-prefix = خطأ:
error-summary-title = توجد مشكلة
error-required = هذه المعلومة إلزامية.
error-too-long = هذا النص طويل جدًا.
error-invalid = هذه الإجابة غير صالحة.
error-choose = اختاروا إجابة.
error-email = أدخلوا عنوان بريد إلكتروني صالحًا، مثلًا nom@exemple.fr.
error-phone = أدخلوا رقم هاتف صالحًا، مثلًا 06 12 34 56 78.
error-postcode = أدخلوا رمزًا بريديًا من 5 أرقام، مثلًا 75011.
error-date = أدخلوا تاريخًا صالحًا، مثلًا 27/03/2025.
error-date-future = لا يمكن أن يكون التاريخ في المستقبل.
error-time = أدخلوا ساعة صالحة، مثلًا 14:30.
error-range-order = يجب أن يكون تاريخ النهاية بعد تاريخ البداية.
error-child-not-minor = يجب أن يكون عمر الطفل أقل من 18 سنة.
error-siret = يتكون رقم SIRET من 14 رقمًا.
error-imei = يتكون رقم IMEI من 15 رقمًا؛ تحققوا منه (اطلبوا ‎*#06#‎ على الهاتف لإظهاره).
error-plate = أدخلوا رقم التسجيل (لوحة الترقيم)، مثلًا AB-123-CD.
error-last-digits = أدخلوا الأرقام الأربعة الأخيرة من البطاقة.
error-amount = أدخلوا مبلغًا باليورو، مثلًا 120,50.
error-too-many-items = وصلتم إلى العدد الأقصى من الأغراض: صِفوا الأغراض الأخرى في روايتكم للوقائع.
error-unit-search = أدخلوا رمزًا بريديًا، أو رقم المقاطعة (département)، أو اسم بلدية.
error-choose-unit = اختاروا مركز الشرطة أو فرقة الدرك التي ستوقّعون فيها.
## Field-specific errors (shown instead of the generic one when present)
error-required-surname = أدخلوا اسم العائلة.
error-required-given-names = أدخلوا أسماءكم الشخصية.
error-required-birth-date = أدخلوا تاريخ ميلادكم.
error-required-birth-place = أدخلوا مكان ميلادكم.
error-required-address = أدخلوا عنوانكم.
error-required-postcode = أدخلوا الرمز البريدي.
error-required-town = أدخلوا البلدية.
error-required-email = أدخلوا عنوان بريدكم الإلكتروني.
error-required-child-surname = أدخلوا اسم عائلة الطفل.
error-required-child-given-names = أدخلوا الأسماء الشخصية للطفل.
error-required-child-birth-date = أدخلوا تاريخ ميلاد الطفل.
error-required-organisation-name = أدخلوا الاسم التجاري (raison sociale).
error-required-organisation-role = أدخلوا وظيفتكم.
error-required-date = أدخلوا تاريخ الوقائع.
error-required-from = أدخلوا بداية الفترة.
error-required-to = أدخلوا نهاية الفترة.
error-required-account = صِفوا ما حدث.
error-required-brand = أدخلوا العلامة التجارية.
error-required-plate = أدخلوا رقم التسجيل.
error-required-bank = أدخلوا اسم البنك.
error-required-details = بيّنوا من هم الشهود وكيف يمكن التواصل معهم.
error-choose-emergency = بيّنوا إن كان أحد في خطر.
error-choose-known-perpetrator = بيّنوا إن كنتم تعرفون الفاعل.
error-choose-violence = بيّنوا إن كان هناك عنف.
error-choose-declarant = بيّنوا لمن تقدمون هذا التصريح.
error-choose-mode = بيّنوا إن كنتم تعرفون التاريخ بالضبط.
error-choose-offence = اختاروا نوع الوقائع.
error-choose-add-item = بيّنوا إن كنتم تريدون التصريح بغرض.
error-choose-seen = بيّنوا إن كنتم تستطيعون وصف الفاعل.
error-choose-any = بيّنوا إن كان هناك شهود.
error-choose-time-of-day = اختاروا فترة من اليوم.
error-choose-blocked = بيّنوا إن كنتم قد أوقفتم البطاقة (opposition).
error-choose-fraudulent-payments = بيّنوا إن كانت قد أُجريت مدفوعات دون علمكم.
error-choose-document = اختاروا نوع وثيقة الهوية.
item-summary = { $kind }: { $details }

error-declaration = ضعوا علامة في الخانة للإقرار بصحة تصريحكم.

## Start
start-title = تقديم شكوى مسبقة (pré-plainte) عبر الإنترنت
start-lead = صرّحوا عبر الإنترنت بالاعتداء على ممتلكاتكم، ثم وقّعوا شكواكم في مركز الشرطة (commissariat) أو فرقة الدرك (brigade de gendarmerie) التي تختارونها.
start-covers-title = تشمل هذه الخدمة
start-unknown-perpetrator = فقط عندما لا تعرفون الفاعل.
start-need-title = قبل البدء، جهّزوا
start-need-identity = معلومات هويتكم وعنوان بريد إلكتروني؛
start-need-email = تاريخ الوقائع ومكانها، ولو بشكل تقريبي؛
start-need-items = وصف الأغراض المسروقة أو المتضررة (الرقم التسلسلي، رقم IMEI، رقم التسجيل، الأرقام الأخيرة من البطاقة).
start-next-title = وماذا بعد ذلك؟
start-next-body = يدرس موظف تصريحكم ويتصل بكم لتحديد موعد. يجب أن توقّعوا شكواكم خلال 30 يومًا؛ وإن لم توقّعوها، تُحذف الشكوى المسبقة.
start-time = يستغرق ذلك نحو 15 دقيقة. تُحفظ إجاباتكم في كل خطوة.
start-button = البدء

## Eligibility
eligibility-title = وضعكم
eligibility-emergency = هل هناك شخص في خطر، أو هل الوقائع تحدث الآن؟
eligibility-emergency-hint = إن كان الجواب نعم، اتصلوا فورًا بالرقم 17 أو 112.
eligibility-known = هل تعرفون الفاعل؟
eligibility-known-hint = مثلًا اسمه، أو شخص يمكنكم التعرف عليه.
eligibility-violence = هل تعرّض أحد لإصابة أو تهديد أو عنف، بما في ذلك العنف الجنسي؟
eligibility-violence-hint = أعمال العنف ضد الأشخاص لا تدخل ضمن الشكوى المسبقة.

elsewhere-emergency-title = اتصلوا بالنجدة الآن
elsewhere-emergency-body = في حالة الخطر الداهم، لا تستعملوا هذه الخدمة: اتصلوا بالرقم 17 أو 112. وإن لم تستطيعوا الكلام، أرسلوا رسالة نصية إلى الرقم 114.
elsewhere-emergency-next = بعد أن تكونوا في أمان، يمكنكم العودة للتصريح بالوقائع.
elsewhere-known-perpetrator-title = توجّهوا إلى مركز الشرطة أو إلى الدرك
elsewhere-known-perpetrator-body = الشكوى المسبقة عبر الإنترنت مخصصة للوقائع التي يكون فاعلها مجهولًا. عندما تعرفون الفاعل، قدّموا شكواكم مباشرة في مركز الشرطة (commissariat) أو فرقة الدرك (brigade de gendarmerie)، أو راسلوا وكيل الجمهورية (procureur de la République) لدى المحكمة القضائية (tribunal judiciaire) لمكان الوقائع.
elsewhere-known-perpetrator-next = أحضروا وثيقة هوية وكل وثيقة مفيدة (صور، فواتير، رسائل).
elsewhere-violence-title = اطلبوا المساعدة من جهة مختصة
elsewhere-violence-body = أعمال العنف ضد الأشخاص لا تدخل ضمن الشكوى المسبقة عبر الإنترنت. توجّهوا إلى مركز الشرطة (commissariat) أو فرقة الدرك (brigade de gendarmerie)، حيث سيتم استقبالكم. وللحصول على الإصغاء والنصيحة، يمكنكم الاتصال بالأرقام أدناه.
elsewhere-violence-next = إن تعرّضتم لإصابة، استشيروا طبيبًا: ستكون الشهادة الطبية مفيدة لشكواكم.
elsewhere-internet-scam-title = استعملوا الخدمة المخصصة للنصب والاحتيال عبر الإنترنت
elsewhere-internet-scam-body = يُصرَّح بعمليات النصب والاحتيال عبر الإنترنت (إعلان مزيف، موقع بيع مزيف، ابتزاز عبر الإنترنت، تصيّد احتيالي) على الخدمة الإلكترونية المخصصة THESEE، المتاحة من خلال موقع service-public.fr. وبالنسبة للدفع الاحتيالي بالبطاقة عبر الإنترنت، استعملوا خدمة Perceval.
elsewhere-internet-scam-next = أوقفوا بطاقتكم (opposition) فورًا لدى بنككم، واحتفظوا بكل الأدلة (لقطات الشاشة، الرسائل، كشوف الحساب).

## Declarant
declarant-title = لمن تقدمون هذا التصريح؟
declarant-myself = لنفسي
declarant-myself-hint = أنتم الضحية.
declarant-minor-child = لطفلي القاصر
declarant-minor-child-hint = أنتم والده أو والدته أو ممثله القانوني.
declarant-organisation = لشركة أو جمعية
declarant-organisation-hint = أنتم تمثلونها.

## Identity
identity-title = هويتكم ومعلومات الاتصال بكم
identity-intro = تسمح هذه المعلومات للمصلحة بالاتصال بكم، وستظهر في شكواكم.
identity-you-legend = أنتم
identity-declarant-legend = أنتم، بصفتكم المصرّح
identity-child-legend = الطفل
identity-organisation-legend = الشركة أو الجمعية
identity-organisation-name = الاسم التجاري (raison sociale)
identity-organisation-siret = رقم SIRET (اختياري)
identity-organisation-siret-hint = 14 رقمًا.
identity-organisation-role = وظيفتكم
identity-surname = اسم العائلة
identity-given-names = الأسماء الشخصية
identity-birth-date = تاريخ الميلاد
identity-birth-place = مكان الميلاد
identity-birth-place-hint = البلدية والبلد.
identity-address-legend = العنوان
identity-address = الرقم والشارع
identity-postcode = الرمز البريدي
identity-town = البلدية
identity-country = البلد (اختياري)
identity-country-hint = إن كنتم لا تسكنون في فرنسا.
identity-contact-legend = للاتصال بكم
identity-email = عنوان البريد الإلكتروني
identity-email-hint = سنرسل إليه التأكيد ومرجعكم.
identity-phone = رقم الهاتف (اختياري)
identity-phone-hint = قد تتصل بكم المصلحة لتحديد الموعد.

## When
when-title = متى وقعت الوقائع؟
when-mode-legend = هل تعرفون التاريخ بالضبط؟
when-mode-exact = نعم، أعرف التاريخ
when-mode-range = لا، أعرف فترة زمنية فقط
when-exact-heading = إن كنتم تعرفون التاريخ
when-date = التاريخ
when-time = الساعة (اختياري)
when-time-hint = اتركوا الخانة فارغة إن كنتم لا تعرفون الساعة. مثلًا: 14:30.
when-range-heading = إن كنتم تعرفون فترة زمنية فقط
when-from = بين
when-to = و

## Place
place-title = أين وقعت الوقائع؟
place-kind-legend = نوع المكان
place-kind-street = في الشارع أو في مكان عام
place-kind-home = في مسكني
place-kind-vehicle = داخل مركبة أو عليها
place-kind-transport = في وسائل النقل العمومي أو في محطة
place-kind-business = في متجر أو مطعم أو مؤسسة
place-kind-work = في مكان عملي أو دراستي
place-kind-other = في مكان آخر
place-address = العنوان أو علامة مميزة (اختياري)
place-address-hint = مثلًا: 12 rue de la République، أو «أمام المحطة».
place-postcode = الرمز البريدي
place-town = البلدية
place-details = تفاصيل إضافية (اختياري)
place-details-hint = خط الحافلة أو المترو، اسم المتجر، الطابق…

## Facts
facts-title = ماذا حدث؟
facts-offence-legend = نوع الوقائع
offence-theft = سرقة
offence-theft-hint = حقيبة، دراجة، غرض أُخذ دون عنف.
offence-pickpocketing = نشل (pickpocket)
offence-pickpocketing-hint = محفظة أو هاتف أُخذ من جيب أو حقيبة.
offence-theft-from-vehicle = سرقة من داخل مركبة
offence-theft-from-vehicle-hint = أغراض سُرقت من داخل سيارة.
offence-burglary = سطو على مسكن أو محل (cambriolage)
offence-burglary-hint = مسكن، قبو، مرأب أو محل مهني.
offence-vehicle-theft = سرقة مركبة
offence-vehicle-theft-hint = سيارة، دراجة نارية.
offence-damage = إتلاف أو تخريب
offence-damage-hint = كتابة على الجدران، زجاج مكسور، مركبة متضررة.
offence-card-fraud = الاستعمال الاحتيالي لبطاقتي المصرفية
offence-card-fraud-hint = مدفوعات أو عمليات سحب لم تقوموا بها، خارج الإنترنت.
offence-scam = نصب واحتيال خارج الإنترنت
offence-scam-hint = موظف مزيف، بيع مزيف في المنزل، شيك مزيف.
offence-internet-scam = نصب واحتيال عبر الإنترنت
offence-internet-scam-hint = إعلان مزيف، موقع مزيف، تصيّد احتيالي: توجد خدمة مخصصة لذلك.
facts-account = صِفوا ما حدث
facts-account-hint = احكوا بكلماتكم، بالترتيب: ما كنتم تفعلونه، وما لاحظتموه، وما أُخذ أو أُتلف.

## Items
items-title-empty = الأغراض المسروقة أو المتضررة
items-title = أغراضكم
items-add-first = هل تريدون التصريح بغرض مسروق أو متضرر؟
items-add-another = هل تريدون إضافة غرض آخر؟
items-hint = هاتف، مركبة، بطاقة مصرفية، وثيقة هوية أو أي غرض آخر.
item-kind-title = ما نوع الغرض؟
item-kind-phone = هاتف محمول
item-kind-vehicle = مركبة
item-kind-bank-card = بطاقة مصرفية
item-kind-identity-document = وثيقة هوية
item-kind-other = غرض آخر
item-title-phone = الهاتف
item-title-vehicle = المركبة
item-title-bank-card = البطاقة المصرفية
item-title-identity-document = وثيقة الهوية
item-title-other = الغرض
item-save = حفظ هذا الغرض
item-brand = العلامة التجارية
item-model-optional = الطراز (اختياري)
item-imei = رقم IMEI (اختياري)
item-imei-hint = 15 رقمًا، تجدونه على العلبة أو الفاتورة. يسمح بحظر الهاتف.
item-vehicle-warning = تنبيه: ما دامت شكواكم غير موقّعة، تبقون مسؤولين عن هذه المركبة، بما في ذلك المخالفات المرتكبة بها. وقّعوا شكواكم في أقرب وقت.
item-plate = رقم التسجيل
item-plate-hint = مثلًا: AB-123-CD.
item-colour = اللون (اختياري)
item-bank = البنك
item-last-digits = الأرقام الأربعة الأخيرة من البطاقة
item-last-digits-hint = لا تُدخلوا أبدًا الرقم الكامل لبطاقتكم.
item-blocked = هل أوقفتم هذه البطاقة (opposition)؟
item-blocked-hint = إن لم تفعلوا ذلك بعد، اتصلوا ببنككم أو بالرقم 0 892 705 705 دون تأخير.
item-fraudulent = هل أُجريت مدفوعات أو عمليات سحب دون علمكم؟
item-amount = المبلغ الإجمالي (اختياري)
item-amount-hint = باليورو، مثلًا 120,50.
item-card-blocked = تم إيقاف البطاقة
item-card-not-blocked = لم يتم إيقاف البطاقة
item-card-fraud = مدفوعات احتيالية
item-card-fraud-amount = مدفوعات احتيالية: { $amount }
item-document = نوع الوثيقة
document-identity-card = بطاقة التعريف الوطنية (carte nationale d’identité)
document-passport = جواز السفر
document-residence-permit = بطاقة الإقامة (titre de séjour)
document-driving-licence = رخصة السياقة
item-document-number = رقم الوثيقة (اختياري)
item-document-number-hint = يظهر على نسخة مصورة أو على وصل طلب الوثيقة.
item-description = الوصف
item-description-hint = مثلًا: حاسوب محمول رمادي، دراجة زرقاء.
item-serial = الرقم التسلسلي (اختياري)
item-value = القيمة التقديرية (اختياري)

## Perpetrator and witnesses
perpetrator-title = الفاعل
perpetrator-seen = هل يمكنكم وصف الشخص أو الأشخاص؟
perpetrator-seen-yes = نعم، يمكنني تقديم وصف
perpetrator-seen-no = لا، لا أعرف
perpetrator-description = الوصف (إن كانت إجابتكم نعم)
perpetrator-description-hint = عدد الأشخاص، المظهر، الملابس، المركبة، الاتجاه الذي سلكوه.
witnesses-title = الشهود
witnesses-any = هل شهد أحد الوقائع؟
witnesses-details = الشهود (إن كانت إجابتكم نعم)
witnesses-details-hint = الاسم ووسيلة الاتصال بهم، وما رأوه.

## Unit and appointment
unit-title = أين تريدون توقيع شكواكم؟
unit-intro = اختاروا مركز الشرطة (commissariat) أو فرقة الدرك (brigade de gendarmerie) التي ستتوجهون إليها للتوقيع. ستتصل بكم هذه المصلحة لتحديد الموعد.
unit-search = البحث بالرمز البريدي أو المقاطعة (département) أو البلدية
unit-search-hint = مثلًا: 69003، أو 13، أو Rennes.
unit-search-button = بحث
unit-results = { $count ->
    [zero] لم يُعثر على أي مصلحة.
    [one] عُثر على مصلحة واحدة.
    [two] عُثر على مصلحتين.
    [few] عُثر على { $count } مصالح.
    [many] عُثر على { $count } مصلحة.
   *[other] عُثر على { $count } مصلحة.
}
unit-no-results = لم يُعثر على أي مصلحة: جرّبوا رقم المقاطعة أو بلدية مجاورة.
unit-choose = اختاروا مصلحة
unit-kind-police = الشرطة الوطنية (Police nationale)
unit-kind-gendarmerie = الدرك الوطني (Gendarmerie nationale)
appointment-title = الأوقات التي تناسبكم للموعد
appointment-intro = ستقترح عليكم المصلحة موعدًا للتوقيع. بيّنوا ما يناسبكم.
appointment-days = الأيام التي تناسبكم (اختياري)
appointment-days-hint = ضعوا علامة على كل الأيام الممكنة. إن لم تجيبوا، فكل الأيام مناسبة.
appointment-any-day = كل الأيام
day-mon = الاثنين
day-tue = الثلاثاء
day-wed = الأربعاء
day-thu = الخميس
day-fri = الجمعة
day-sat = السبت
appointment-time = فترة اليوم
time-of-day-any = لا يهم
time-of-day-morning = الصباح
time-of-day-afternoon = بعد الظهر
time-of-day-evening = آخر النهار
appointment-needs = احتياجات خاصة (اختياري)
appointment-needs-hint = مترجم، إمكانية الوصول بالكرسي المتحرك، مرافقة…

## Check
check-title = تحققوا من إجاباتكم قبل الإرسال
check-section-you = أنتم
check-section-facts = الوقائع
check-section-follow-up = متابعة الإجراء
check-declarant = التصريح مقدَّم
check-organisation = الشركة أو الجمعية
check-child = الطفل
check-name = الاسم
check-birth = الميلاد
check-address = العنوان
check-contact = معلومات الاتصال
check-when = التاريخ
check-when-exact-time = { $date } على الساعة { $time }
check-when-range = بين { $from } و{ $to }
check-place = المكان
check-offence = نوع الوقائع
check-account = رواية الوقائع
check-items = الأغراض
check-no-items = لم يُصرَّح بأي غرض
check-perpetrator = الفاعل
check-witnesses = الشهود
check-unit = مكان التوقيع
check-appointment = الأوقات المناسبة
check-send-title = إرسال شكواكم المسبقة
check-send-body = بإرسال هذه الشكوى المسبقة، تلتزمون بتوقيعها خلال 30 يومًا لدى المصلحة المختارة. التصريح الكاذب يعاقب عليه القانون (المادة 434-26 من القانون الجنائي، code pénal).
check-declaration-legend = إقرار على الشرف
check-declaration = أقرّ بأن المعلومات المقدَّمة صحيحة.
check-send-button = إرسال الشكوى المسبقة

## Confirmation
confirmation-title = أُرسلت الشكوى المسبقة
confirmation-reference-label = مرجعكم:
confirmation-sent-on = أُرسلت بتاريخ { $date }.
confirmation-email = أُرسلت إليكم رسالة تأكيد بالبريد الإلكتروني. احتفظوا بهذا المرجع: سيُطلب منكم.
confirmation-next-title = الخطوة التالية: توقيع شكواكم
confirmation-deadline = يجب أن توقّعوا شكواكم في أجل أقصاه { $date } (30 يومًا). وإن لم توقّعوها، ستُحذف الشكوى المسبقة.
confirmation-next-body = ستتصل بكم المصلحة المختارة لتحديد موعد:
confirmation-bring-title = ما يجب إحضاره إلى الموعد
confirmation-bring-reference = مرجع شكواكم المسبقة؛
confirmation-bring-identity = وثيقة هوية (وبالنسبة للشركة، مستخرج Kbis أو توكيل)؛
confirmation-bring-proof = الوثائق المثبتة للأغراض (فواتير، صور، أرقام تسلسلية)؛
confirmation-bring-bank = بالنسبة للبطاقة المصرفية، كشف العمليات المعترض عليها.
confirmation-print = يمكنكم طباعة هذه الصفحة كوصل استلام (Ctrl+P أو ‎⌘+P).

## Email
email-received-subject = وصلتنا شكواكم المسبقة { $reference }
email-greeting = مرحبًا،
email-received-intro = سُجّلت شكواكم المسبقة بنجاح. سيدرسها موظف.
email-emergency = في حالة الطوارئ، اتصلوا بالرقم 17 أو 112، أو أرسلوا رسالة نصية إلى الرقم 114. لا تردّوا على هذه الرسالة.
email-signature = خدمة الشكوى عبر الإنترنت (Plainte en ligne)

## Agent workspace
agent-sign-in-title = فضاء الموظفين: تسجيل الدخول
agent-sign-in-intro = مخصص لموظفي الشرطة الوطنية والدرك الوطني. يُسجَّل كل دخول.
agent-email = عنوان البريد الإلكتروني المهني
agent-password = كلمة المرور
agent-sign-in-button = تسجيل الدخول
agent-code-title = رمز التحقق
agent-code = رمز من 6 أرقام
agent-code-hint = يظهر في تطبيق المصادقة الخاص بكم.
agent-code-button = تأكيد
agent-enrol-title = تفعيل التحقق بخطوتين
agent-enrol-intro = امسحوا هذا الرمز بتطبيق المصادقة، ثم أدخلوا الرمز المكوّن من 6 أرقام الذي يظهره.
agent-enrol-qr-label = رمز QR للمسح بتطبيق المصادقة
agent-enrol-manual = إن لم تستطيعوا مسح الرمز، أدخلوا هذا المفتاح في التطبيق:
agent-enrol-button = التفعيل والمتابعة
agent-error-credentials = عنوان البريد الإلكتروني أو كلمة المرور غير صحيح.
agent-error-too-many = محاولات كثيرة جدًا. حاولوا مرة أخرى بعد 15 دقيقة.
agent-error-code = هذا الرمز غير صالح. تحققوا من ساعة هاتفكم وحاولوا مرة أخرى.
agent-error-code-used = سبق استعمال هذا الرمز. انتظروا الرمز التالي.
agent-sign-out = تسجيل الخروج
agent-nav-label = فضاء الموظفين
agent-nav-queue = قائمة المعالجة
agent-nav-statistics = الإحصائيات
agent-nav-admin = الإدارة
role-agent = موظف
role-supervisor = مشرف
role-admin = مدير النظام
agent-queue-title = قائمة المعالجة
agent-queue-counts = الملفات حسب الحالة
agent-take-next = أخذ الملف التالي
agent-filter-status = الحالة
agent-filter-category = الفئة
agent-filter-from = وصل ابتداءً من
agent-filter-to = وصل حتى
agent-filter-any = الكل
agent-filter-button = تصفية
agent-queue-shown = { $count ->
    [zero] لا يُعرض أي ملف.
    [one] يُعرض ملف واحد.
    [two] يُعرض ملفان.
    [few] تُعرض { $count } ملفات.
    [many] يُعرض { $count } ملفًا.
   *[other] يُعرض { $count } ملف.
}
agent-queue-empty = لا يوجد أي ملف مطابق.
agent-queue-nothing-to-claim = لا يوجد ملف جديد للأخذ.
agent-queue-next-page = الملفات التالية
agent-queue-first-page = العودة إلى بداية القائمة
agent-queue-pages = صفحات القائمة
agent-col-reference = المرجع
agent-col-category = الفئة
agent-col-status = الحالة
agent-col-priority = الأولوية
agent-col-age = وصل منذ
agent-col-owner = يتكفل به
agent-priority-high = عالية
agent-priority-normal = عادية
agent-back-to-queue = العودة إلى القائمة
duration-minutes = { $count ->
    [zero] { $count } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $count } دقائق
    [many] { $count } دقيقة
   *[other] { $count } دقيقة
}
duration-hours = { $count ->
    [zero] { $count } ساعة
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $count } ساعات
    [many] { $count } ساعة
   *[other] { $count } ساعة
}
duration-days = { $count ->
    [zero] { $count } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $count } أيام
    [many] { $count } يومًا
   *[other] { $count } يوم
}
category-pre-complaint = شكوى مسبقة
category-complaint = شكوى عبر الإنترنت
category-discrimination = تمييز
category-violence = العنف الجنسي والمتحيز جنسيًا
status-new = جديد
status-in-review = قيد الدراسة
status-appointment-proposed = تم اقتراح موعد
status-appointment-booked = تم تحديد موعد
status-signed = موقّعة
status-converted-to-complaint = حُوّلت إلى شكوى
status-referred = أُحيلت
status-more-information-requested = طُلبت معلومات إضافية
status-rejected = مرفوضة
status-closed = مغلقة
referral-other-unit = مصلحة أخرى
referral-defenseur-des-droits = المدافع عن الحقوق (Défenseur des droits)
referral-prosecutor = وكيل الجمهورية (procureur de la République)

## Case page
case-title = الملف { $reference }
case-submitted = أُرسل بتاريخ
case-language = لغة المصرّح
case-sign-by = يجب التوقيع في أجل أقصاه { $date } (عدد الأيام المتبقية: { $days }).
case-sign-by-passed = انتهى أجل التوقيع بتاريخ { $date }.
case-action-claim = التكفل بالملف
case-action-release = إعادته إلى القائمة
case-action-propose-appointment = اقتراح هذه المواعيد
case-action-book-appointment = حجز الموعد
case-action-mark-signed = الشكوى موقّعة
case-action-convert-to-complaint = تحويل إلى شكوى
case-action-refer = إحالة
case-action-request-information = طلب معلومات
case-action-information-received = وصلت المعلومات
case-action-reject = رفض
case-action-close = إغلاق
case-refer-to = الإحالة إلى
case-refer-note = توضيح للمصلحة المحال إليها (اختياري)
case-reject-reason = سبب الرفض (يُبلَّغ إلى المصرّح)
case-slots-title = اقتراح مواعيد للتوقيع
case-slots-hint = حتى ثلاثة مواعيد، قبل انتهاء أجل التوقيع. يختار المصرّح عبر رابط يصله بالبريد الإلكتروني.
case-slot-n = الموعد { $n }
case-slots-offered = المواعيد المقترحة
case-slot-chosen = اختاره المصرّح
case-assign-to = إسناده إلى
case-assign = إسناد الملف
case-note-label = ملاحظة داخلية
case-note-hint = لا يراها المصرّح أبدًا.
case-note-button = إضافة الملاحظة
case-message-label = رسالة إلى المصرّح
case-message-hint = تُرسل بالبريد الإلكتروني بلغته. لا تكتبوا فيها إلا ما يمكنه قراءته دون خطر.
case-message-button = إرسال الرسالة
case-messages-title = الرسائل مع المصرّح
case-messages-empty = لا توجد رسائل.
case-notes-title = الملاحظات الداخلية
case-notes-empty = لا توجد ملاحظات.
case-history-title = السجل
case-history-empty = لا توجد تغييرات.
case-history-line = { $action }: من { $from } إلى { $to }
case-answers-title = التصريح
case-error-already-claimed = هذا الملف يتكفل به شخص آخر بالفعل.
case-error-changed = عدّل شخص آخر هذا الملف للتو. هذه حالته الحالية.
case-error-deadline-passed = انقضى أجل التوقيع المحدد بـ 30 يومًا.
case-error-forbidden = دوركم لا يسمح بهذا الإجراء.
case-error-not-allowed = هذا الإجراء غير ممكن في الحالة الحالية للملف.
case-error-not-claimed = لا أحد يتكفل بهذا الملف.
case-error-not-owner = وحده الموظف الذي تكفل بهذا الملف يمكنه القيام بذلك.
case-error-reason-required = بيّنوا السبب.
case-error-reason-too-long = السبب طويل جدًا (1000 حرف على الأكثر).
case-error-slot-format = أدخلوا تاريخًا وساعة، مثلًا 03/12/2026 10:30.
case-error-slot-past = هذا الموعد قد مضى.
case-error-slot-after-deadline = هذا الموعد يتجاوز أجل التوقيع.
case-error-slot-none = اقترحوا موعدًا واحدًا على الأقل.
case-error-assign = لا يمكن إسناد هذا الملف إلى هذا الشخص.
error-required-note-body = أدخلوا الملاحظة.
error-required-message-body = أدخلوا الرسالة.
error-required-name = أدخلوا الاسم.

## Appointment choice (citizen)
slot-title = اختيار موعدكم
slot-intro = لتوقيع شكواكم المسبقة { $reference }، اختاروا أحد المواعيد التي تقترحها المصلحة.
slot-legend = المواعيد المتاحة
slot-button = تأكيد هذا الموعد
slot-booked-title = تم تأكيد الموعد
slot-booked-body = تم تحديد موعدكم في { $when }. أحضروا مرجعكم ووثيقة هوية.
slot-gone-title = هذا الرابط لم يعد يعمل
slot-gone-body = سبق اختيار الموعد، أو انقضى الأجل. اتصلوا بالمصلحة المذكورة في رسالتكم الإلكترونية.
email-message-subject = رسالة بخصوص تصريحكم { $reference }
email-message-intro = يكتب إليكم موظف يعالج تصريحكم { $reference }:
email-slots-subject = اختاروا موعد التوقيع ({ $reference })
email-slots-intro = لتوقيع شكواكم المسبقة { $reference }، تقترح عليكم المصلحة المواعيد التالية:
email-slots-choose = اختاروا موعدكم عبر هذا الرابط:

## Statistics and administration
stats-title = إحصائيات المصلحة
stats-export = تنزيل هذه الأرقام (CSV)
stats-weeks-title = المدة قبل التكفل، حسب الأسبوع
stats-week = الأسبوع
stats-submitted = الواردة
stats-claimed = المتكفَّل بها
stats-median = المدة الوسيطة
stats-p90 = 90 % يُتكفَّل بها في أقل من
stats-by-category = حسب الفئة
stats-by-status = حسب الحالة
admin-title = إدارة الحسابات
admin-name = الاسم
admin-role = الدور
admin-unit = المصلحة
admin-unit-hint = رمز المصلحة، مثلًا PN-69-LYON-01. لا ينطبق على مدير النظام.
admin-state = الوضع
admin-actions = الإجراءات
admin-state-active = نشط
admin-state-not-enrolled = يجب تفعيل التحقق بخطوتين
admin-state-disabled = معطّل
admin-disable = تعطيل
admin-add-title = إنشاء حساب
admin-add-intro = تُولَّد كلمة مرور وتُعرض مرة واحدة فقط: أبلغوها إلى الموظف عبر قناة آمنة.
admin-add-button = إنشاء الحساب
admin-created = تم إنشاء الحساب:
admin-password-once = كلمة المرور (تُعرض مرة واحدة فقط):
admin-error-unit = لا توجد مصلحة نشطة بهذا الرمز.
admin-error-taken = يوجد حساب بهذا العنوان بالفعل.

# A session that ends after a time without action (follow-up, agent workspace)
session-limit = حفاظًا على سلامتك، تنتهي هذه الجلسة بعد { $minutes } دقيقة دون أي إجراء. إذا لم تفعل شيئًا، فستنتهي عند الساعة { $time }. أي إجراء، أو الزر أدناه، يمنحك { $minutes } دقيقة إضافية.
session-keep-button = إبقاء جلستي مفتوحة
