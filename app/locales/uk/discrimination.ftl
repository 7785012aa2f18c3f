## Повідомлення про дискримінацію: початок
discrimination-start-title = Повідомити про дискримінацію
discrimination-start-lead = Дискримінація — це коли з людиною поводяться гірше, ніж з іншою в подібній ситуації, через ознаку, яку закон забороняє брати до уваги: походження, стать, вік, інвалідність, релігію, сексуальну орієнтацію, місце проживання…
discrimination-start-danger = Якщо ви зараз у небезпеці, телефонуйте на 17 або 112 чи надішліть SMS на 114. Якщо до вас застосували фізичне насильство, зверніться до відділення поліції (commissariat) або жандармерії.
discrimination-start-law-title = Що каже закон
discrimination-start-law-body = Кримінальний кодекс Франції (Code pénal, статті 225-1 і 225-2) називає понад двадцять ознак. Гірше поводження з людиною через одну з них є злочином, зокрема коли воно призводить до:
discrimination-start-law-offence = За ці злочини передбачено позбавлення волі та штраф, а ще суворіше покарання — якщо їх вчинила особа, наділена державною владою (стаття 432-7).
discrimination-start-routes-title = Два шляхи, якими можна скористатися одночасно
discrimination-start-routes-intro = Ви можете повідомити про події поліції або жандармерії, звернутися до Défenseur des droits (Захисника прав, французького омбудсмена) або зробити і те, і інше.
discrimination-start-police-title = Повідомити про події поліції або жандармерії через цю форму
discrimination-start-police-body = Ваше звернення передають до відділення поліції (commissariat) або підрозділу жандармерії (brigade de gendarmerie), який ви оберете. Працівник його розгляне і може з вами зв'язатися. Якщо події це виправдовують, вам запропонують подати заяву. Наприкінці форми ви зможете погодитися, щоб вашу справу також передали до Défenseur des droits.
discrimination-start-defenseur-title = Звернутися до Défenseur des droits
discrimination-start-defenseur-body = Défenseur des droits — незалежний орган. Він вислухає вас, порадить і може діяти, щоб захистити ваші права, навіть без заяви до поліції. Його допомога безкоштовна.
discrimination-defenseur-phone = телефоном, дзвінок безкоштовний
discrimination-defenseur-chat = щоб поспілкуватися онлайн з юристом
discrimination-defenseur-hours = З понеділка по п'ятницю, з 9:00 до 18:00.
discrimination-start-need-title = Перш ніж почати, по змозі зберіть
discrimination-start-need-when = дату й місце подій, навіть приблизно;
discrimination-start-need-words = сказані або написані слова, якомога точніше;
discrimination-start-need-people = те, що ви знаєте про кривдника і свідків;
discrimination-start-need-email = адресу електронної пошти, щоб отримати номер звернення.
discrimination-start-evidence = Зберігайте всі докази: повідомлення, листи, оголошення, знімки екрана, імена свідків. Вони знадобляться згодом.
discrimination-start-time = Це займе близько 10 хвилин. Ваші відповіді зберігаються на кожному кроці.
discrimination-start-button = Почати

## Повідомлення про дискримінацію: безпека
discrimination-safety-title = Ваша безпека
discrimination-safety-danger = Чи ви або хтось інший зараз у небезпеці?
discrimination-safety-danger-hint = Якщо так, негайно телефонуйте на 17 або 112 чи надішліть SMS на 114.
discrimination-safety-violence = Чи було фізичне насильство (удари, штовханина, напад)?
discrimination-safety-violence-hint = Про насильство повідомляють особисто, у відділенні поліції або жандармерії.
discrimination-elsewhere-danger-title = Негайно викличте допомогу
discrimination-elsewhere-danger-body = Якщо комусь загрожує небезпека, не користуйтеся цією формою: телефонуйте на 17 або 112. Якщо не можете говорити, надішліть SMS на 114.
discrimination-elsewhere-danger-next = Коли будете в безпеці, ви зможете повернутися й повідомити про дискримінацію.
discrimination-elsewhere-violence-title = Подайте заяву у відділенні поліції або жандармерії
discrimination-elsewhere-violence-body = Про фізичне насильство повідомляють особисто. Зверніться до відділення поліції (commissariat) або підрозділу жандармерії (brigade de gendarmerie), щоб подати заяву, і скажіть, чому, на вашу думку, ви стали мішенню: закон суворіше карає насильство, вчинене через походження, релігію, стать, сексуальну орієнтацію або гендерну ідентичність потерпілої особи.
discrimination-elsewhere-violence-next = Якщо вас поранили, зверніться до лікаря: медична довідка допоможе з вашою заявою. У разі небезпеки телефонуйте на 17 або 112.
discrimination-elsewhere-defenseur-title = Défenseur des droits також може вам допомогти
discrimination-elsewhere-defenseur-body = Щоб вас вислухали й порадили щодо самої дискримінації, зверніться до Défenseur des droits, безкоштовно:

## Повідомлення про дискримінацію: роль
discrimination-role-title = Хто ви в цьому зверненні?
discrimination-reporter-victim = Я потерпіла особа
discrimination-reporter-victim-hint = Дискримінація була спрямована особисто проти мене.
discrimination-reporter-witness = Я свідок
discrimination-reporter-witness-hint = Я бачив(-ла) або чув(-ла), що сталося, але це не стосувалося мене.
discrimination-reporter-representative = Я представляю потерпілу особу
discrimination-reporter-representative-hint = Наприклад, я її батько, мати чи законний представник, або я дію від імені асоціації.

## Повідомлення про дискримінацію: сфера (Code pénal, статті 225-2 і 432-7)
discrimination-domain-title = У якій ситуації сталася дискримінація?
discrimination-domain-hint = Оберіть найближчу ситуацію. Якщо жодна не підходить, оберіть «Інше».
discrimination-domain-goods-and-services = Відмова в товарі або послузі
discrimination-domain-goods-and-services-hint = У магазині, ресторані, нічному клубі, під час оренди житла, у банку чи страховій компанії, у сфері дозвілля.
discrimination-domain-economic-activity = Перешкоджання економічній діяльності
discrimination-domain-economic-activity-hint = Наприклад, людині не дають працювати за фахом або відмовляються співпрацювати з підприємством чи торговцем.
discrimination-domain-employment = Відмова в прийнятті на роботу, стягнення або звільнення
discrimination-domain-employment-hint = Під час прийняття на роботу або на роботі.
discrimination-domain-conditional-offer = Пропозиція лише для певних людей
discrimination-domain-conditional-offer-hint = Товар, послуга, вакансія чи стажування з умовою, пов'язаною із забороненою ознакою, наприклад оголошення, яке відсіює певних людей.
discrimination-domain-social-security-internship = Відмова в стажуванні з професійного навчання
discrimination-domain-social-security-internship-hint = Одне зі стажувань, передбачених статтею L. 412-8 Кодексу соціального забезпечення (code de la sécurité sociale).
discrimination-domain-public-official = Дискримінація з боку державного службовця
discrimination-domain-public-official-hint = Особа, наділена державною владою або яка виконує державні функції, відмовила в праві, передбаченому законом, або перешкодила економічній діяльності.
discrimination-domain-other = Інше
discrimination-domain-other-hint = Ви зможете описати це далі, у своїй розповіді.

## Повідомлення про дискримінацію: ознаки (Code pénal, стаття 225-1)
discrimination-criteria-title = На вашу думку, на якій ознаці ґрунтувалася дискримінація?
discrimination-criteria-hint = Позначте всі ознаки, які, на вашу думку, стосуються справи. Якщо не знаєте, позначте лише «Не знаю».
discrimination-criterion-origin = Походження
discrimination-criterion-origin-hint = Країна чи регіон, звідки людина походить або, як здається, походить.
discrimination-criterion-sex = Стать
discrimination-criterion-family-situation = Сімейний стан
discrimination-criterion-family-situation-hint = Перебування у шлюбі, розлучення, самотнє батьківство, наявність дітей…
discrimination-criterion-pregnancy = Вагітність
discrimination-criterion-physical-appearance = Зовнішність
discrimination-criterion-economic-vulnerability = Вразливість через економічне становище
discrimination-criterion-economic-vulnerability-hint = Бідність або скрутне становище, якщо це помітно або відомо.
discrimination-criterion-surname = Прізвище
discrimination-criterion-place-of-residence = Місце проживання
discrimination-criterion-place-of-residence-hint = Район, населений пункт або адреса, де людина живе.
discrimination-criterion-health = Стан здоров'я
discrimination-criterion-loss-of-autonomy = Втрата самостійності
discrimination-criterion-loss-of-autonomy-hint = Через вік, хворобу або нещасний випадок.
discrimination-criterion-disability = Інвалідність
discrimination-criterion-genetic-characteristics = Генетичні особливості
discrimination-criterion-genetic-characteristics-hint = Наприклад, ризик спадкової хвороби.
discrimination-criterion-morals = Спосіб життя (mœurs)
discrimination-criterion-morals-hint = Те, як людина живе, її особистий життєвий вибір.
discrimination-criterion-sexual-orientation = Сексуальна орієнтація
discrimination-criterion-gender-identity = Гендерна ідентичність
discrimination-criterion-gender-identity-hint = Наприклад, якщо людина трансгендерна.
discrimination-criterion-age = Вік
discrimination-criterion-political-opinions = Політичні погляди
discrimination-criterion-trade-union = Профспілкова діяльність
discrimination-criterion-language = Здатність висловлюватися іншою мовою, ніж французька
discrimination-criterion-language-hint = Володіння іноземною або регіональною мовою.
discrimination-criterion-ethnicity-nation-race-religion = Справжня або приписувана належність чи неналежність до етнічної групи, нації, так званої раси або релігії
discrimination-criterion-ethnicity-nation-race-religion-hint = Зокрема релігія, яку вам приписують, або відсутність релігії.
discrimination-criterion-whistleblower = Статус викривача
discrimination-criterion-whistleblower-hint = Або особи, яка допомагає викривачеві, чи особи, пов'язаної з викривачем.
discrimination-criterion-not-sure = Не знаю
discrimination-criterion-not-sure-hint = Позначайте лише цей варіант. Працівник допоможе вам уточнити.

## Повідомлення про дискримінацію: сказані або написані слова
discrimination-words-title = Сказані слова
discrimination-words-intro = Образливі, наклепницькі слова чи слова, що розпалюють ненависть, усні або письмові, можуть бути окремим правопорушенням, крім дискримінації.
discrimination-words-said = Чи були сказані або написані образливі, наклепницькі чи провокаційні слова?
discrimination-words-exact = Точні слова важливі: перепишіть їх так, як їх сказали чи написали, навіть якщо вони грубі. Не переказуйте їх.
discrimination-words-verbatim = Сказані або написані слова (якщо ви відповіли «так»)
discrimination-words-verbatim-hint = Візьміть їх у лапки та вкажіть, хто їх сказав чи написав і як: уголос, у повідомленні, у соціальній мережі…

## Повідомлення про дискримінацію: кривдник
discrimination-author-title = Хто це зробив
discrimination-author-kind = Хто кривдник?
discrimination-author-kind-person = Людина
discrimination-author-kind-person-hint = Приватна особа, сусід, клієнт, колега…
discrimination-author-kind-company = Підприємство або асоціація
discrimination-author-kind-company-hint = Магазин, роботодавець, агентство нерухомості, власник житла, банк…
discrimination-author-kind-administration = Державна установа або державна служба
discrimination-author-kind-administration-hint = Мерія, префектура, лікарня, школа, державний службовець…
discrimination-author-known = Чи знаєте ви, хто це?
discrimination-author-known-hint = Наприклад, ім'я людини або назву підприємства чи служби.
discrimination-author-known-yes = Так, я знаю, хто це
discrimination-author-known-no = Ні, не знаю
discrimination-author-name = Ім'я людини або назва організації (необов'язково)
discrimination-author-name-hint = Якщо ви його знаєте. Можна також вказати посаду, наприклад «керівник магазину».

## Повідомлення про дискримінацію: коли, де, розповідь, свідки, підрозділ
discrimination-when-where-title = Коли і де це сталося?
discrimination-when-heading = Коли
discrimination-where-heading = Де
discrimination-place = Точне місце (необов'язково)
discrimination-place-hint = Назва магазину, адреса, заклад або вебсайт, якщо це сталося онлайн.
discrimination-account-title = Розкажіть, що сталося
discrimination-account-intro = Опишіть події своїми словами, по черзі: що ви просили або робили, що вам сказали чи в чому відмовили і чому ви вважаєте, що це дискримінація.
discrimination-account-label = Ваша розповідь
discrimination-account-hint = Не більше { $max } символів. Вкажіть також докази, які у вас є: повідомлення, листи, оголошення.
discrimination-witnesses-any = Чи хтось бачив або чув, що сталося?
discrimination-unit-title = Який підрозділ має розглянути ваше звернення?
discrimination-unit-intro = Оберіть відділення поліції (commissariat) або підрозділ жандармерії (brigade de gendarmerie), що отримає ваше звернення, наприклад поблизу місця подій або вашого дому. Працівник цього підрозділу його розгляне і може з вами зв'язатися.
discrimination-error-unit = Оберіть відділення поліції або підрозділ жандармерії, що отримає ваше звернення.

## Повідомлення про дискримінацію: контакти та згода
discrimination-contact-title = Ваші контактні дані
discrimination-contact-intro = Вони потрібні, щоб підрозділ міг зв'язатися з вами й надіслати вам номер звернення.
discrimination-contact-represented-legend = Потерпіла особа, яку ви представляєте
discrimination-contact-represented-name = Прізвище та ім'я потерпілої особи
discrimination-contact-organisation = Асоціація (необов'язково)
discrimination-contact-organisation-hint = Якщо ви дієте від імені асоціації, вкажіть її назву.
discrimination-contact-email-hint = Ми надішлемо на цю адресу номер звернення та повідомлення від працівника.
discrimination-contact-phone-hint = Працівник може зателефонувати вам, щоб дізнатися більше.
discrimination-consent-title = Передати вашу справу також до Défenseur des droits
discrimination-consent-body = Défenseur des droits може діяти разом із поліцією: запропонувати медіацію, надати рекомендації або подати свої зауваження до суду. З вашої згоди ми передамо йому ваше звернення.
discrimination-consent-legend = Ваша згода (необов'язково)
discrimination-consent-label = Я погоджуюся, щоб моє звернення також передали до Défenseur des droits.
discrimination-consent-hint = Якщо ви не позначите це поле, нічого не буде передано. Ви також можете звернутися до нього самостійно за номером 3928.

## Повідомлення про дискримінацію: перевірка
discrimination-check-section-report = Ваше звернення
discrimination-check-section-you = Ваші контактні дані
discrimination-check-role = Ви
discrimination-check-domain = Ситуація
discrimination-check-criteria = Ознаки
discrimination-check-words = Сказані слова
discrimination-check-no-words = Немає
discrimination-check-author = Кривдник
discrimination-check-author-known = Відомий, ім'я не вказано
discrimination-check-author-unknown = Невідомий
discrimination-check-represented = Потерпіла особа, яку представляють
discrimination-check-consent = Передання до Défenseur des droits
discrimination-check-consent-yes = Передати справу також
discrimination-check-consent-no = Не передавати справу
discrimination-check-unit = Підрозділ-одержувач
discrimination-check-send-title = Надіслати ваше звернення
discrimination-check-send-body = Ваше звернення буде передано до обраного підрозділу. Повідомлення про події, які ви знаєте як неправдиві, карається законом (статті 226-10 і 434-26 Кримінального кодексу Франції, Code pénal).
discrimination-check-send-button = Надіслати звернення

## Повідомлення про дискримінацію: підтвердження та лист
discrimination-confirmation-title = Звернення надіслано
discrimination-confirmation-sent-on = Надіслано { $date }.
discrimination-confirmation-email = Ми надіслали вам лист із підтвердженням. Збережіть цей номер: його у вас запитають.
discrimination-confirmation-next-title = Що далі?
discrimination-confirmation-next = Ваше звернення передано до цього підрозділу. Працівник його розгляне і може зв'язатися з вами електронною поштою або телефоном:
discrimination-confirmation-complaint = Якщо події це виправдовують, вам запропонують подати заяву. Ви також можете будь-коли подати заяву у відділенні поліції або підрозділі жандармерії, назвавши свій номер звернення.
discrimination-confirmation-defenseur-title = Défenseur des droits
discrimination-confirmation-defenseur-body = Якщо ви на це погодилися, вашу справу передано і йому. Ви можете звернутися до нього безпосередньо, безкоштовно:
discrimination-email-subject = Ваше звернення { $reference } отримано
discrimination-email-intro = Ваше звернення щодо дискримінації зареєстровано. Працівник цього підрозділу його розгляне і може з вами зв'язатися:
discrimination-email-defenseur = Défenseur des droits також може вам допомогти, безкоштовно: телефонуйте на 3928 або відвідайте antidiscriminations.fr, з понеділка по п'ятницю, з 9:00 до 18:00.

## Повідомлення про дискримінацію: помилки
error-choose-danger = Вкажіть, чи є хтось зараз у небезпеці.
error-choose-reporter = Вкажіть, хто ви в цьому зверненні.
error-choose-domain = Оберіть ситуацію, найближчу до того, що сталося.
error-choose-criteria = Позначте принаймні одну ознаку або «Не знаю».
error-criteria-not-sure-alone = «Не знаю» не можна позначати разом з іншою ознакою.
error-choose-words-said = Вкажіть, чи були сказані або написані слова.
error-required-words = Перепишіть сказані або написані слова.
error-choose-author-kind = Вкажіть, хто кривдник.
error-choose-author-known = Вкажіть, чи знаєте ви, хто кривдник.
error-required-represented-name = Введіть ім'я потерпілої особи.
