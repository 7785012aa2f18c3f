## Каркас сторінки
service-name = Онлайн-заява (Plainte en ligne)
skip-to-content = Перейти до основного вмісту
language-switch-label = Мова
emergency-banner-label = Номери екстрених служб
emergency-banner-title = У разі небезпеки:
emergency-banner-call = телефонуйте на
emergency-banner-sms = або, якщо не можете говорити, надішліть SMS на
footer-home = Головна
footer-pre-complaint = Попередня заява онлайн (pré-plainte)
footer-privacy = Державна служба. Жодні дані не передаються третім особам; цей сайт не використовує засобів стеження.
back = Назад
continue = Продовжити
change = Змінити
remove = Видалити
answer-yes = Так
answer-no = Ні
go-home = Повернутися на головну сторінку
step-of = Крок { $step } з { $total }
date-hint = Наприклад: 27/03/2025
reference-label = Номер { $reference }

## Головна
home-title = Подати заяву або повідомити про подію
home-lead = Повідомте про правопорушення, дізнайтеся, яка процедура підходить для вашої ситуації, і отримайте допомогу. Деякі процедури можна пройти повністю онлайн, інші — у відділенні поліції (commissariat) або підрозділі жандармерії (brigade de gendarmerie) на ваш вибір.
home-pre-complaint-title = Подати попередню заяву (pré-plainte) онлайн
home-pre-complaint-body = У разі крадіжки, квартирної крадіжки, пошкодження майна, шахрайства або незаконного використання вашої банківської картки, коли ви не знаєте, хто це зробив.
home-emergency-title = Корисні номери
number-17 = Поліція та жандармерія: екстрений виклик
number-112 = Єдиний європейський номер екстрених служб
number-114 = Екстрені виклики через SMS для людей, які не можуть говорити або чути
number-3919 = Violences Femmes Info — лінія допомоги жінкам, які зазнають насильства: безкоштовно, анонімно, цілодобово
number-119 = Enfance en danger — допомога дітям у небезпеці: цілодобово
number-116006 = France Victimes — допомога потерпілим: 7 днів на тиждень

## Проблеми
problem-not-found-title = Сторінку не знайдено
problem-not-found-body = Можливо, адресу введено з помилкою, або сторінки більше не існує.
problem-bad-request-title = Запит не зрозуміло
problem-bad-request-body = Ваш браузер надіслав запит, який ми не можемо обробити. Поверніться назад і спробуйте ще раз.
problem-forbidden-title = Термін дії форми минув
problem-forbidden-body = З міркувань безпеки ця форма більше не дійсна. Поверніться назад, оновіть сторінку й спробуйте ще раз. Уже збережені відповіді не втрачено.
problem-too-large-title = Відповідь задовга
problem-too-large-body = Надіслана форма завелика. Скоротіть текст і спробуйте ще раз.
problem-too-many-title = Забагато спроб
problem-too-many-body = Будь ласка, зачекайте кілька хвилин і спробуйте ще раз.
problem-server-error-title = Сталася помилка
problem-server-error-body = У роботі сервісу виникла проблема. Уже збережені відповіді не втрачено. Спробуйте ще раз за кілька хвилин.
problem-unavailable-title = Сервіс тимчасово недоступний
problem-unavailable-body = Сервіс тимчасово недоступний. Уже збережені відповіді не втрачено. Спробуйте ще раз за кілька хвилин.
problem-emergency = У разі небезпеки телефонуйте на 17 або 112 чи надішліть SMS на 114.
session-expired-title = Ваш сеанс завершився
session-expired-body = Ми не знайшли ваших відповідей. Їх видаляють через 30 днів без активності, або ваш браузер блокує файли cookie. Ви можете почати заяву заново.
start-again = Почати заново

## Помилки
error-title-prefix = Помилка:
error-summary-title = Виникла проблема
error-required = Це поле обов'язкове.
error-too-long = Цей текст задовгий.
error-invalid = Ця відповідь недійсна.
error-choose = Оберіть відповідь.
error-email = Введіть дійсну адресу електронної пошти, наприклад nom@exemple.fr.
error-phone = Введіть дійсний номер телефону, наприклад 06 12 34 56 78.
error-postcode = Введіть поштовий індекс із 5 цифр, наприклад 75011.
error-date = Введіть дійсну дату, наприклад 27/03/2025.
error-date-future = Дата не може бути в майбутньому.
error-time = Введіть дійсний час, наприклад 14:30.
error-range-order = Дата закінчення має бути пізнішою за дату початку.
error-child-not-minor = Дитині має бути менше 18 років.
error-siret = Номер SIRET складається з 14 цифр.
error-imei = Номер IMEI складається з 15 цифр. Перевірте його (наберіть *#06# на телефоні, щоб його побачити).
error-plate = Введіть номерний знак, наприклад AB-123-CD.
error-last-digits = Введіть 4 останні цифри картки.
error-amount = Введіть суму в євро, наприклад 120,50.
error-too-many-items = Ви досягли максимальної кількості предметів. Опишіть інші у своїй розповіді про події.
error-unit-search = Введіть поштовий індекс, номер департаменту (département) або назву населеного пункту.
error-choose-unit = Оберіть відділення поліції або підрозділ жандармерії, де ви підписуватимете заяву.
## Помилки окремих полів (показуються замість загальної, якщо є)
error-required-surname = Введіть своє прізвище.
error-required-given-names = Введіть своє ім'я (імена).
error-required-birth-date = Введіть свою дату народження.
error-required-birth-place = Введіть своє місце народження.
error-required-address = Введіть свою адресу.
error-required-postcode = Введіть поштовий індекс.
error-required-town = Введіть населений пункт.
error-required-email = Введіть свою адресу електронної пошти.
error-required-child-surname = Введіть прізвище дитини.
error-required-child-given-names = Введіть ім'я (імена) дитини.
error-required-child-birth-date = Введіть дату народження дитини.
error-required-organisation-name = Введіть офіційну назву організації.
error-required-organisation-role = Введіть свою посаду.
error-required-date = Введіть дату подій.
error-required-from = Введіть початок періоду.
error-required-to = Введіть кінець періоду.
error-required-account = Опишіть, що сталося.
error-required-brand = Введіть марку.
error-required-plate = Введіть номерний знак.
error-required-bank = Введіть назву банку.
error-required-details = Вкажіть, хто свідки і як з ними зв'язатися.
error-choose-emergency = Вкажіть, чи є хтось у небезпеці.
error-choose-known-perpetrator = Вкажіть, чи знаєте ви, хто це зробив.
error-choose-violence = Вкажіть, чи було насильство.
error-choose-declarant = Вкажіть, від чийого імені ви подаєте цю заяву.
error-choose-mode = Вкажіть, чи знаєте ви точну дату.
error-choose-offence = Оберіть, що сталося.
error-choose-add-item = Вкажіть, чи хочете ви заявити про предмет.
error-choose-seen = Вкажіть, чи можете ви описати цю людину.
error-choose-any = Вкажіть, чи були свідки.
error-choose-time-of-day = Оберіть час доби.
error-choose-blocked = Вкажіть, чи заблокували ви картку.
error-choose-fraudulent-payments = Вкажіть, чи були здійснені платежі без вашого відома.
error-choose-document = Оберіть тип документа, що посвідчує особу.
item-summary = { $kind }: { $details }

error-declaration = Позначте поле, щоб підтвердити, що ваша заява правдива.

## Початок
start-title = Подати попередню заяву (pré-plainte) онлайн
start-lead = Повідомте онлайн про злочин проти вашого майна, а потім підпишіть заяву у відділенні поліції (commissariat) або підрозділі жандармерії (brigade de gendarmerie) на ваш вибір.
start-covers-title = Цей сервіс стосується
start-unknown-perpetrator = лише випадків, коли ви не знаєте, хто це зробив.
start-need-title = Перш ніж почати, підготуйте
start-need-identity = свої особисті дані та адресу електронної пошти;
start-need-email = дату й місце подій, навіть приблизно;
start-need-items = опис викрадених або пошкоджених речей (серійний номер, IMEI, номерний знак, останні цифри картки).
start-next-title = Що далі?
start-next-body = Працівник розгляне вашу заяву та зв'яжеться з вами, щоб призначити зустріч. Ви повинні підписати заяву протягом 30 днів. Якщо ви її не підпишете, попередню заяву буде видалено.
start-time = Це займе близько 15 хвилин. Ваші відповіді зберігаються на кожному кроці.
start-button = Почати

## Відповідність умовам
eligibility-title = Ваша ситуація
eligibility-emergency = Чи хтось зараз у небезпеці, або події відбуваються просто зараз?
eligibility-emergency-hint = Якщо так, негайно телефонуйте на 17 або 112.
eligibility-known = Чи знаєте ви, хто це зробив?
eligibility-known-hint = Наприклад, ви знаєте ім'я цієї людини або могли б її впізнати.
eligibility-violence = Чи когось поранили, комусь погрожували або хтось зазнав насильства, зокрема сексуального?
eligibility-violence-hint = Про насильство проти людей не можна повідомити через попередню заяву.

elsewhere-emergency-title = Негайно викличте екстрені служби
elsewhere-emergency-body = Якщо вам загрожує безпосередня небезпека, не користуйтеся цим сервісом. Телефонуйте на 17 або 112. Якщо не можете говорити, надішліть SMS на 114.
elsewhere-emergency-next = Коли будете в безпеці, ви зможете повернутися й повідомити про те, що сталося.
elsewhere-known-perpetrator-title = Зверніться до відділення поліції або жандармерії
elsewhere-known-perpetrator-body = Попередня заява онлайн призначена лише для випадків, коли ви не знаєте, хто це зробив. Якщо ви знаєте, хто це зробив, подайте заяву безпосередньо у відділенні поліції (commissariat) або підрозділі жандармерії (brigade de gendarmerie). Також можна написати прокурору (procureur de la République) при суді (tribunal judiciaire) за місцем подій.
elsewhere-known-perpetrator-next = Візьміть із собою документ, що посвідчує особу, і все, що може допомогти (фото, чеки, повідомлення).
elsewhere-violence-title = Зверніться по допомогу до спеціалізованої служби
elsewhere-violence-body = Про насильство проти людей не можна повідомити через попередню заяву онлайн. Зверніться до відділення поліції (commissariat) або підрозділу жандармерії (brigade de gendarmerie), де вас приймуть. Щоб вас вислухали й порадили, ви можете зателефонувати за номерами нижче.
elsewhere-violence-next = Якщо вас поранили, зверніться до лікаря: медична довідка допоможе з вашою заявою.
elsewhere-internet-scam-title = Скористайтеся сервісом для інтернет-шахрайства
elsewhere-internet-scam-body = Про шахрайство в інтернеті (фальшиві оголошення, фальшиві сайти продажу, онлайн-шантаж, фішинг) повідомляють через спеціальний онлайн-сервіс THESEE, доступний із сайту service-public.fr. Щодо шахрайських платежів карткою в інтернеті скористайтеся сервісом Perceval.
elsewhere-internet-scam-next = Негайно зверніться до свого банку, щоб заблокувати картку (faire opposition). Збережіть усі докази (знімки екрана, повідомлення, банківські виписки).

## Заявник
declarant-title = Від чийого імені ви подаєте цю заяву?
declarant-myself = Від власного імені
declarant-myself-hint = Ви — потерпіла особа.
declarant-minor-child = Від імені моєї неповнолітньої дитини
declarant-minor-child-hint = Ви — батько, мати або законний представник дитини.
declarant-organisation = Від імені підприємства або асоціації
declarant-organisation-hint = Ви її представляєте.

## Особа
identity-title = Ваші особисті та контактні дані
identity-intro = Ці дані потрібні службі, щоб зв'язатися з вами. Вони будуть зазначені у вашій заяві.
identity-you-legend = Ви
identity-declarant-legend = Ви, заявник
identity-child-legend = Дитина
identity-organisation-legend = Підприємство або асоціація
identity-organisation-name = Офіційна назва (raison sociale)
identity-organisation-siret = Номер SIRET (необов'язково)
identity-organisation-siret-hint = 14 цифр (французький ідентифікаційний номер підприємства).
identity-organisation-role = Ваша посада
identity-surname = Прізвище
identity-given-names = Ім'я (імена)
identity-birth-date = Дата народження
identity-birth-place = Місце народження
identity-birth-place-hint = Населений пункт і країна.
identity-address-legend = Адреса
identity-address = Номер будинку та вулиця
identity-postcode = Поштовий індекс
identity-town = Населений пункт
identity-country = Країна (необов'язково)
identity-country-hint = Якщо ви не проживаєте у Франції.
identity-contact-legend = Як з вами зв'язатися
identity-email = Адреса електронної пошти
identity-email-hint = Ми надішлемо на неї підтвердження та ваш номер.
identity-phone = Номер телефону (необов'язково)
identity-phone-hint = Служба може зателефонувати вам, щоб призначити зустріч.

## Коли
when-title = Коли це сталося?
when-mode-legend = Чи знаєте ви точну дату?
when-mode-exact = Так, я знаю дату
when-mode-range = Ні, я знаю лише приблизний період
when-exact-heading = Якщо ви знаєте дату
when-date = Дата
when-time = Час (необов'язково)
when-time-hint = Залиште порожнім, якщо не знаєте часу. Наприклад: 14:30.
when-range-heading = Якщо ви знаєте лише приблизний період
when-from = З
when-to = По

## Місце
place-title = Де це сталося?
place-kind-legend = Тип місця
place-kind-street = На вулиці або в громадському місці
place-kind-home = У мене вдома
place-kind-vehicle = У транспортному засобі або на ньому
place-kind-transport = У громадському транспорті або на вокзалі
place-kind-business = У магазині, ресторані чи іншому закладі
place-kind-work = На місці роботи або навчання
place-kind-other = Деінде
place-address = Адреса або орієнтир (необов'язково)
place-address-hint = Наприклад: 12 rue de la République або «біля вокзалу».
place-postcode = Поштовий індекс
place-town = Населений пункт
place-details = Уточнення (необов'язково)
place-details-hint = Лінія автобуса чи метро, назва магазину, поверх…

## Події
facts-title = Що сталося?
facts-offence-legend = Тип події
offence-theft = Крадіжка
offence-theft-hint = Сумка, велосипед чи інша річ, викрадена без насильства.
offence-pickpocketing = Кишенькова крадіжка
offence-pickpocketing-hint = Гаманець або телефон викрали з кишені чи сумки.
offence-theft-from-vehicle = Крадіжка з транспортного засобу
offence-theft-from-vehicle-hint = Речі викрали із салону автомобіля.
offence-burglary = Квартирна крадіжка або проникнення в приміщення
offence-burglary-hint = Житло, підвал, гараж або службове приміщення.
offence-vehicle-theft = Викрадення транспортного засобу
offence-vehicle-theft-hint = Автомобіль, мотоцикл або скутер.
offence-damage = Пошкодження майна або вандалізм
offence-damage-hint = Графіті, розбите скло, пошкоджений транспортний засіб.
offence-card-fraud = Незаконне використання моєї банківської картки
offence-card-fraud-hint = Платежі чи зняття готівки, яких ви не робили (не в інтернеті).
offence-scam = Шахрайство не в інтернеті
offence-scam-hint = Фальшивий працівник служби, фальшивий продавець, що ходить по домівках, фальшивий чек.
offence-internet-scam = Шахрайство в інтернеті
offence-internet-scam-hint = Фальшиве оголошення, фальшивий сайт, фішинг: для цього є окремий сервіс.
facts-account = Опишіть, що сталося
facts-account-hint = Розкажіть своїми словами, по черзі: що ви робили, що помітили, що викрали або пошкодили.

## Речі
items-title-empty = Викрадені або пошкоджені речі
items-title = Ваші речі
items-add-first = Чи хочете ви заявити про викрадену або пошкоджену річ?
items-add-another = Чи хочете ви додати ще одну річ?
items-hint = Телефон, транспортний засіб, банківська картка, документ, що посвідчує особу, або будь-яка інша річ.
item-kind-title = Яка це річ?
item-kind-phone = Мобільний телефон
item-kind-vehicle = Транспортний засіб
item-kind-bank-card = Банківська картка
item-kind-identity-document = Документ, що посвідчує особу
item-kind-other = Інша річ
item-title-phone = Телефон
item-title-vehicle = Транспортний засіб
item-title-bank-card = Банківська картка
item-title-identity-document = Документ, що посвідчує особу
item-title-other = Річ
item-save = Зберегти цю річ
item-brand = Марка
item-model-optional = Модель (необов'язково)
item-imei = Номер IMEI (необов'язково)
item-imei-hint = 15 цифр, на коробці або в чеку. Він потрібен, щоб заблокувати телефон.
item-vehicle-warning = Увага: доки вашу заяву не підписано, ви й далі відповідаєте за цей транспортний засіб, зокрема за правопорушення, скоєні з його використанням. Підпишіть заяву якомога швидше.
item-plate = Номерний знак
item-plate-hint = Наприклад: AB-123-CD.
item-colour = Колір (необов'язково)
item-bank = Банк
item-last-digits = 4 останні цифри картки
item-last-digits-hint = Ніколи не вводьте повний номер картки.
item-blocked = Чи заблокували ви цю картку (faire opposition)?
item-blocked-hint = Якщо ні, негайно зателефонуйте до свого банку або на 0 892 705 705.
item-fraudulent = Чи були здійснені платежі або зняття готівки без вашого відома?
item-amount = Загальна сума (необов'язково)
item-amount-hint = У євро, наприклад 120,50.
item-card-blocked = картку заблоковано
item-card-not-blocked = картку не заблоковано
item-card-fraud = шахрайські платежі
item-card-fraud-amount = шахрайські платежі: { $amount }
item-document = Тип документа
document-identity-card = Національна посвідка особи (carte nationale d'identité)
document-passport = Паспорт
document-residence-permit = Посвідка на проживання (titre de séjour)
document-driving-licence = Посвідчення водія
item-document-number = Номер документа (необов'язково)
item-document-number-hint = Його можна знайти на ксерокопії або на розписці про прийняття заяви на документ.
item-description = Опис
item-description-hint = Наприклад: сірий ноутбук, синій велосипед.
item-serial = Серійний номер (необов'язково)
item-value = Орієнтовна вартість (необов'язково)

## Правопорушник і свідки
perpetrator-title = Людина, яка це зробила
perpetrator-seen = Чи можете ви описати цю людину або людей?
perpetrator-seen-yes = Так, я можу їх описати
perpetrator-seen-no = Ні, не знаю
perpetrator-description = Опис (якщо ви відповіли «так»)
perpetrator-description-hint = Скільки було людей, як вони виглядали, одяг, транспортний засіб, у якому напрямку вони пішли.
witnesses-title = Свідки
witnesses-any = Чи хтось бачив, що сталося?
witnesses-details = Свідки (якщо ви відповіли «так»)
witnesses-details-hint = Їхні імена, як з ними зв'язатися і що вони бачили.

## Підрозділ і зустріч
unit-title = Де ви хочете підписати свою заяву?
unit-intro = Оберіть відділення поліції (commissariat) або підрозділ жандармерії (brigade de gendarmerie), куди ви прийдете підписати заяву. Там з вами зв'яжуться, щоб призначити зустріч.
unit-search = Пошук за поштовим індексом, департаментом (département) або населеним пунктом
unit-search-hint = Наприклад: 69003, 13 або Rennes.
unit-search-button = Шукати
unit-results = { $count ->
    [one] Знайдено { $count } підрозділ.
    [few] Знайдено { $count } підрозділи.
    [many] Знайдено { $count } підрозділів.
   *[other] Знайдено { $count } підрозділу.
}
unit-no-results = Нічого не знайдено. Спробуйте номер департаменту або сусідній населений пункт.
unit-choose = Оберіть підрозділ
unit-kind-police = Національна поліція (Police nationale)
unit-kind-gendarmerie = Національна жандармерія (Gendarmerie nationale)
appointment-title = Коли ви можете прийти на зустріч
appointment-intro = Служба запропонує вам зустріч для підписання. Вкажіть, що вам зручно.
appointment-days = Зручні для вас дні (необов'язково)
appointment-days-hint = Позначте всі дні, коли ви можете прийти. Якщо нічого не позначите, вважатимемо, що вам підходить будь-який день.
appointment-any-day = Будь-який день
day-mon = Понеділок
day-tue = Вівторок
day-wed = Середа
day-thu = Четвер
day-fri = П'ятниця
day-sat = Субота
appointment-time = Час доби
time-of-day-any = Неважливо
time-of-day-morning = Зранку
time-of-day-afternoon = Удень
time-of-day-evening = Наприкінці дня
appointment-needs = Особливі потреби (необов'язково)
appointment-needs-hint = Перекладач, доступ для інвалідного візка, супровід…

## Перевірка
check-title = Перевірте свої відповіді перед надсиланням
check-section-you = Ви
check-section-facts = Що сталося
check-section-follow-up = Подальші кроки
check-declarant = Від чийого імені заява
check-organisation = Підприємство або асоціація
check-child = Дитина
check-name = Ім'я
check-birth = Дата й місце народження
check-address = Адреса
check-contact = Контактні дані
check-when = Дата
check-when-exact-time = { $date } о { $time }
check-when-range = з { $from } по { $to }
check-place = Місце
check-offence = Тип події
check-account = Ваша розповідь
check-items = Речі
check-no-items = Жодної речі не заявлено
check-perpetrator = Людина, яка це зробила
check-witnesses = Свідки
check-unit = Де ви підписуватимете заяву
check-appointment = Коли ви можете прийти
check-send-title = Надіслати попередню заяву
check-send-body = Надсилаючи цю попередню заяву, ви зобов'язуєтеся підписати її протягом 30 днів в обраному підрозділі. Неправдиве повідомлення карається законом (стаття 434-26 Кримінального кодексу Франції, Code pénal).
check-declaration-legend = Заява під чесне слово
check-declaration = Я підтверджую, що надані мною відомості правдиві.
check-send-button = Надіслати попередню заяву

## Підтвердження
confirmation-title = Попередню заяву надіслано
confirmation-reference-label = Ваш номер:
confirmation-sent-on = Надіслано { $date }.
confirmation-email = Ми надіслали вам лист із підтвердженням. Збережіть цей номер: його у вас запитають.
confirmation-next-title = Наступний крок: підписати заяву
confirmation-deadline = Ви повинні підписати заяву не пізніше { $date } (30 днів). Якщо ви її не підпишете, попередню заяву буде видалено.
confirmation-next-body = Обраний вами підрозділ зв'яжеться з вами, щоб призначити зустріч:
confirmation-bring-title = Що взяти з собою на зустріч
confirmation-bring-reference = номер вашої попередньої заяви;
confirmation-bring-identity = документ, що посвідчує особу (а для підприємства — витяг Kbis, тобто свідоцтво про реєстрацію, або довіреність);
confirmation-bring-proof = документи, що підтверджують наявність речей (чеки, фото, серійні номери);
confirmation-bring-bank = для банківської картки — виписку з операціями, які ви оскаржуєте.
confirmation-print = Ви можете надрукувати цю сторінку як розписку (Ctrl+P або ⌘+P).

## Електронна пошта
email-received-subject = Ми отримали вашу попередню заяву { $reference }
email-greeting = Добрий день!
email-received-intro = Вашу попередню заяву зареєстровано. Її розгляне працівник служби.
email-emergency = У разі небезпеки телефонуйте на 17 або 112 чи надішліть SMS на 114. Не відповідайте на цей лист.
email-signature = Служба Plainte en ligne

## Робочий простір працівників
agent-sign-in-title = Простір працівників: вхід
agent-sign-in-intro = Лише для працівників Національної поліції та Національної жандармерії. Кожен вхід реєструється.
agent-email = Службова адреса електронної пошти
agent-password = Пароль
agent-sign-in-button = Увійти
agent-code-title = Код підтвердження
agent-code = Код із 6 цифр
agent-code-hint = Показується у вашому застосунку автентифікації.
agent-code-button = Підтвердити
agent-enrol-title = Увімкнути двоетапну перевірку
agent-enrol-intro = Відскануйте цей код застосунком автентифікації, а потім введіть код із 6 цифр, який він покаже.
agent-enrol-qr-label = QR-код для сканування застосунком автентифікації
agent-enrol-manual = Якщо не вдається відсканувати код, введіть у застосунку цей ключ:
agent-enrol-button = Увімкнути й продовжити
agent-error-credentials = Неправильна адреса електронної пошти або пароль.
agent-error-too-many = Забагато спроб. Спробуйте ще раз за 15 хвилин.
agent-error-code = Цей код недійсний. Перевірте час на телефоні й спробуйте ще раз.
agent-error-code-used = Цей код уже використано. Дочекайтеся наступного коду.
agent-sign-out = Вийти
agent-nav-label = Простір працівників
agent-nav-queue = Черга справ
agent-nav-statistics = Статистика
agent-nav-admin = Адміністрування
role-agent = Працівник
role-supervisor = Керівник
role-admin = Адміністратор
agent-queue-title = Черга справ
agent-queue-counts = Справи за статусом
agent-take-next = Взяти наступну справу
agent-filter-status = Статус
agent-filter-category = Категорія
agent-filter-from = Надійшли з
agent-filter-to = Надійшли до
agent-filter-any = Усі
agent-filter-button = Фільтрувати
agent-queue-shown = { $count ->
    [one] Показано { $count } справу.
    [few] Показано { $count } справи.
    [many] Показано { $count } справ.
   *[other] Показано { $count } справи.
}
agent-queue-empty = Немає відповідних справ.
agent-queue-nothing-to-claim = Немає нових справ, які можна взяти.
agent-queue-next-page = Наступні справи
agent-queue-first-page = На початок черги
agent-queue-pages = Сторінки черги
agent-col-reference = Номер
agent-col-category = Категорія
agent-col-status = Статус
agent-col-priority = Пріоритет
agent-col-age = Час від надходження
agent-col-owner = Хто займається
agent-priority-high = Високий
agent-priority-normal = Звичайний
agent-back-to-queue = Назад до черги
duration-minutes = { $count ->
    [one] { $count } хвилина
    [few] { $count } хвилини
    [many] { $count } хвилин
   *[other] { $count } хвилини
}
duration-hours = { $count ->
    [one] { $count } година
    [few] { $count } години
    [many] { $count } годин
   *[other] { $count } години
}
duration-days = { $count ->
    [one] { $count } день
    [few] { $count } дні
    [many] { $count } днів
   *[other] { $count } дня
}
category-pre-complaint = Попередня заява
category-complaint = Онлайн-заява
category-discrimination = Дискримінація
category-violence = Сексуальне та сексистське насильство
status-new = Нова
status-in-review = На розгляді
status-appointment-proposed = Зустріч запропоновано
status-appointment-booked = Зустріч призначено
status-signed = Підписана
status-converted-to-complaint = Перетворена на заяву
status-referred = Передана
status-more-information-requested = Запитано інформацію
status-rejected = Відхилена
status-closed = Закрита
referral-other-unit = Інший підрозділ
referral-defenseur-des-droits = Défenseur des droits (Захисник прав, французький омбудсмен)
referral-prosecutor = Прокурор (procureur de la République)

## Сторінка справи
case-title = Справа { $reference }
case-submitted = Надіслано
case-language = Мова заявника
case-sign-by = Підписати не пізніше { $date } (залишилося днів: { $days }).
case-sign-by-passed = Строк підписання минув { $date }.
case-action-claim = Взяти справу
case-action-release = Повернути в чергу
case-action-propose-appointment = Запропонувати ці часові проміжки
case-action-book-appointment = Призначити зустріч
case-action-mark-signed = Заяву підписано
case-action-convert-to-complaint = Перетворити на заяву
case-action-refer = Передати
case-action-request-information = Запитати інформацію
case-action-information-received = Інформацію отримано
case-action-reject = Відхилити
case-action-close = Закрити
case-refer-to = Передати до
case-refer-note = Уточнення для служби-одержувача (необов'язково)
case-reject-reason = Причина відхилення (буде повідомлена заявникові)
case-slots-title = Запропонувати зустрічі для підписання
case-slots-hint = До трьох часових проміжків, до закінчення строку підписання. Заявник обирає один за посиланням, отриманим електронною поштою.
case-slot-n = Часовий проміжок { $n }
case-slots-offered = Запропоновані часові проміжки
case-slot-chosen = обрано заявником
case-assign-to = Доручити
case-assign = Доручити справу
case-note-label = Внутрішня примітка
case-note-hint = Заявник її ніколи не бачить.
case-note-button = Додати примітку
case-message-label = Повідомлення заявникові
case-message-hint = Надсилається електронною поштою мовою заявника. Пишіть лише те, що людина може безпечно прочитати.
case-message-button = Надіслати повідомлення
case-messages-title = Листування із заявником
case-messages-empty = Немає повідомлень.
case-notes-title = Внутрішні примітки
case-notes-empty = Немає приміток.
case-history-title = Історія
case-history-empty = Змін немає.
case-history-line = { $action }: { $from } → { $to }
case-answers-title = Заява
case-error-already-claimed = Цю справу вже взяли.
case-error-changed = Хтось інший щойно змінив цю справу. Ось її поточний стан.
case-error-deadline-passed = 30-денний строк підписання минув.
case-error-forbidden = Ваша роль не дозволяє цю дію.
case-error-not-allowed = Ця дія неможлива за поточного стану справи.
case-error-not-claimed = Цю справу ще ніхто не взяв.
case-error-not-owner = Це може зробити лише працівник, який узяв цю справу.
case-error-reason-required = Вкажіть причину.
case-error-reason-too-long = Причина задовга (не більше 1000 символів).
case-error-slot-format = Введіть дату й час, наприклад 03/12/2026 10:30.
case-error-slot-past = Цей часовий проміжок уже минув.
case-error-slot-after-deadline = Цей часовий проміжок виходить за строк підписання.
case-error-slot-none = Запропонуйте принаймні один часовий проміжок.
case-error-assign = Цю справу не можна доручити цій особі.
error-required-note-body = Введіть примітку.
error-required-message-body = Введіть повідомлення.
error-required-name = Введіть ім'я.

## Вибір зустрічі (громадянин)
slot-title = Оберіть час зустрічі
slot-intro = Щоб підписати свою попередню заяву { $reference }, оберіть один із часових проміжків, запропонованих підрозділом.
slot-legend = Доступний час
slot-button = Підтвердити цю зустріч
slot-booked-title = Зустріч підтверджено
slot-booked-body = Вашу зустріч призначено на { $when }. Візьміть із собою свій номер і документ, що посвідчує особу.
slot-gone-title = Це посилання більше не діє
slot-gone-body = Зустріч уже обрано, або строк минув. Зверніться до підрозділу, зазначеного у вашому листі.
email-message-subject = Повідомлення щодо вашої заяви { $reference }
email-message-intro = Працівник, який розглядає вашу заяву { $reference }, пише вам:
email-slots-subject = Оберіть час зустрічі для підписання ({ $reference })
email-slots-intro = Щоб підписати вашу попередню заяву { $reference }, підрозділ пропонує вам такий час:
email-slots-choose = Оберіть час за цим посиланням:

## Статистика та адміністрування
stats-title = Статистика служби
stats-export = Завантажити ці дані (CSV)
stats-weeks-title = Час до взяття справ у роботу, за тижнями
stats-week = Тиждень
stats-submitted = Надійшло
stats-claimed = Взято в роботу
stats-median = Медіанний час
stats-p90 = 90 % взято в роботу менш ніж за
stats-by-category = За категоріями
stats-by-status = За статусами
admin-title = Керування обліковими записами
admin-name = Ім'я
admin-role = Роль
admin-unit = Підрозділ
admin-unit-hint = Код підрозділу, наприклад PN-69-LYON-01. Для адміністратора не потрібен.
admin-state = Стан
admin-actions = Дії
admin-state-active = Активний
admin-state-not-enrolled = Двоетапну перевірку ще не ввімкнено
admin-state-disabled = Вимкнений
admin-disable = Вимкнути
admin-add-title = Створити обліковий запис
admin-add-intro = Пароль генерується й показується лише один раз. Передайте його працівникові безпечним каналом.
admin-add-button = Створити обліковий запис
admin-created = Обліковий запис створено:
admin-password-once = Пароль (показується лише один раз):
admin-error-unit = Немає активного підрозділу з таким кодом.
admin-error-taken = Обліковий запис із цією адресою вже існує.

# A session that ends after a time without action (follow-up, agent workspace)
session-limit = Задля вашої безпеки цей сеанс завершується через { $minutes } хвилин без жодних дій. Якщо ви нічого не робитимете, він завершиться о { $time }. Будь-яка дія або кнопка нижче дає вам ще { $minutes } хвилин.
session-keep-button = Залишити мій сеанс відкритим
