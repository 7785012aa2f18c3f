## Ayrımcılık bildirimi: başlangıç
discrimination-start-title = Ayrımcılığı bildirin
discrimination-start-lead = Ayrımcılık, bir kişiye benzer durumdaki bir başkasından daha kötü davranılmasıdır. Bunun nedeni, kanunun dikkate alınmasını yasakladığı bir ölçüttür: kökeni, cinsiyeti, yaşı, engelliliği, dini, cinsel yönelimi, yaşadığı yer…
discrimination-start-danger = Şu anda tehlikedeyseniz 17'yi veya 112'yi arayın ya da 114'e SMS gönderin. Fiziksel şiddete maruz kaldıysanız bir karakola veya jandarmaya gidin.
discrimination-start-law-title = Kanun ne diyor?
discrimination-start-law-body = Fransız Ceza Kanunu (Code pénal, madde 225-1 ve 225-2) yirmiden fazla ölçüt sayar. Bu ölçütlerden biri nedeniyle birine daha kötü davranmak suçtur; özellikle şu sonuçlara yol açtığında:
discrimination-start-law-offence = Bu suçların cezası hapis ve para cezasıdır. Kamu gücünü kullanan bir kişi tarafından işlendiğinde ceza daha da ağırdır (madde 432-7).
discrimination-start-routes-title = Birlikte de yürütebileceğiniz iki yol
discrimination-start-routes-intro = Olayları polise veya jandarmaya bildirebilir, Défenseur des droits kurumuna (Fransa'nın bağımsız hak savunuculuğu kurumu) başvurabilir ya da ikisini birden yapabilirsiniz.
discrimination-start-police-title = Bu formla olayları polise veya jandarmaya bildirin
discrimination-start-police-body = Bildiriminiz, seçtiğiniz karakola (commissariat) veya jandarma karakoluna (brigade) iletilir. Bir görevli bildirimi inceler ve sizinle iletişime geçebilir. Olaylar gerektiriyorsa size şikâyette bulunmayı önerir. Formun sonunda, dosyanızın Défenseur des droits kurumuna da iletilmesini kabul edebilirsiniz.
discrimination-start-defenseur-title = Défenseur des droits kurumuna başvurun
discrimination-start-defenseur-body = Défenseur des droits bağımsız bir kurumdur. Sizi dinler, size danışmanlık verir ve şikâyet olmasa bile haklarınıza saygı gösterilmesi için harekete geçebilir. Yardımı ücretsizdir.
discrimination-defenseur-phone = telefonla, ücretsiz arama
discrimination-defenseur-chat = bir hukukçuyla çevrimiçi yazışmak için
discrimination-defenseur-hours = Pazartesiden cumaya, saat 9.00 ile 18.00 arası.
discrimination-start-need-title = Başlamadan önce, mümkünse şunları toplayın
discrimination-start-need-when = olayların tarihi ve yeri, yaklaşık olarak bile olsa;
discrimination-start-need-words = söylenen veya yazılan sözler, mümkün olduğunca aynen;
discrimination-start-need-people = fail ve tanıklar hakkında bildikleriniz;
discrimination-start-need-email = başvuru numaranızı almak için bir e-posta adresi.
discrimination-start-evidence = Tüm kanıtları saklayın: mesajlar, mektuplar, ilanlar, ekran görüntüleri, tanıkların adları. Bunlar ileride işinize yarayacak.
discrimination-start-time = Yaklaşık 10 dakika sürer. Yanıtlarınız her adımda kaydedilir.
discrimination-start-button = Başla

## Ayrımcılık bildirimi: güvenlik
discrimination-safety-title = Güvenliğiniz
discrimination-safety-danger = Siz veya başka biri şu anda tehlikede misiniz?
discrimination-safety-danger-hint = Yanıtınız evetse hemen 17'yi veya 112'yi arayın ya da 114'e SMS gönderin.
discrimination-safety-violence = Fiziksel şiddet (vurma, itip kakma, saldırı) oldu mu?
discrimination-safety-violence-hint = Şiddet, bir karakolda veya jandarmada yüz yüze bildirilir.
discrimination-elsewhere-danger-title = Hemen acil yardımı arayın
discrimination-elsewhere-danger-body = Tehlike varsa bu formu kullanmayın: 17'yi veya 112'yi arayın. Konuşamıyorsanız 114'e SMS gönderin.
discrimination-elsewhere-danger-next = Güvende olduğunuzda geri dönüp ayrımcılığı bildirebilirsiniz.
discrimination-elsewhere-violence-title = Bir karakolda veya jandarmada şikâyette bulunun
discrimination-elsewhere-violence-body = Fiziksel şiddet yüz yüze bildirilir. Şikâyette bulunmak için bir polis karakoluna (commissariat) veya jandarma karakoluna (brigade) gidin ve neden hedef alındığınızı düşündüğünüzü söyleyin. Kanun, mağdurun kökeni, dini, cinsiyeti, cinsel yönelimi veya cinsiyet kimliği nedeniyle işlenen şiddeti daha ağır cezalandırır.
discrimination-elsewhere-violence-next = Yaralandıysanız bir doktora görünün. Doktor raporu şikâyetiniz için yararlı olacaktır. Acil bir durumda 17'yi veya 112'yi arayın.
discrimination-elsewhere-defenseur-title = Défenseur des droits da size yardım edebilir
discrimination-elsewhere-defenseur-body = Ayrımcılığın kendisi hakkında dinlenmek ve danışmanlık almak için ücretsiz olarak Défenseur des droits kurumuna başvurun:

## Ayrımcılık bildirimi: rol
discrimination-role-title = Bu bildirimi hangi sıfatla yapıyorsunuz?
discrimination-reporter-victim = Mağdur benim
discrimination-reporter-victim-hint = Ayrımcılık doğrudan beni hedef aldı.
discrimination-reporter-witness = Tanığım
discrimination-reporter-witness-hint = Olayları gördüm veya duydum ama hedef alınan ben değildim.
discrimination-reporter-representative = Mağduru temsil ediyorum
discrimination-reporter-representative-hint = Örneğin mağdurun ebeveyni veya yasal temsilcisiyim ya da bir dernek adına hareket ediyorum.

## Ayrımcılık bildirimi: alan (Ceza Kanunu – Code pénal, madde 225-2 ve 432-7)
discrimination-domain-title = Ayrımcılık hangi durumda yaşandı?
discrimination-domain-hint = En yakın durumu seçin. Hiçbiri uymuyorsa “Başka bir şey” seçeneğini seçin.
discrimination-domain-goods-and-services = Bir mal veya hizmetin verilmemesi
discrimination-domain-goods-and-services-hint = Bir mağazada, restoranda, gece kulübünde, ev kiralarken, bankada veya sigorta şirketinde, bir boş zaman etkinliği için.
discrimination-domain-economic-activity = Bir ekonomik faaliyetin engellenmesi
discrimination-domain-economic-activity-hint = Örneğin birinin mesleğini yapmasının engellenmesi ya da bir şirketle veya esnafla çalışmanın reddedilmesi.
discrimination-domain-employment = İşe alınmama, yaptırım veya işten çıkarılma
discrimination-domain-employment-hint = İşe alım sürecinde veya iş yerinde.
discrimination-domain-conditional-offer = Yalnızca bazı kişilere yönelik bir teklif
discrimination-domain-conditional-offer-hint = Yasak bir ölçüte bağlı bir koşula tabi tutulan mal, hizmet, iş veya staj teklifi; örneğin bazı kişileri dışlayan bir ilan.
discrimination-domain-social-security-internship = Mesleki eğitim stajının verilmemesi
discrimination-domain-social-security-internship-hint = Sosyal Güvenlik Kanunu (code de la sécurité sociale) madde L. 412-8'de öngörülen stajlardan biri.
discrimination-domain-public-official = Bir kamu görevlisinin ayrımcılığı
discrimination-domain-public-official-hint = Kamu gücünü kullanan ya da bir kamu hizmeti görevini yürüten bir kişi, kanunla tanınan bir hakkı vermedi veya bir ekonomik faaliyeti engelledi.
discrimination-domain-other = Başka bir şey
discrimination-domain-other-hint = Bunu daha sonra anlatımınızda açıklayabilirsiniz.

## Ayrımcılık bildirimi: ölçütler (Ceza Kanunu – Code pénal, madde 225-1)
discrimination-criteria-title = Size göre ayrımcılık hangi ölçüte dayanıyordu?
discrimination-criteria-hint = İlgili olduğunu düşündüğünüz tüm ölçütleri işaretleyin. Bilmiyorsanız yalnızca “Bilmiyorum” seçeneğini işaretleyin.
discrimination-criterion-origin = Köken
discrimination-criterion-origin-hint = Kişinin geldiği ya da geliyormuş gibi göründüğü ülke veya bölge.
discrimination-criterion-sex = Cinsiyet
discrimination-criterion-family-situation = Aile durumu
discrimination-criterion-family-situation-hint = Evli, boşanmış veya tek ebeveyn olmak, çocuk sahibi olmak…
discrimination-criterion-pregnancy = Hamilelik
discrimination-criterion-physical-appearance = Dış görünüş
discrimination-criterion-economic-vulnerability = Ekonomik durumdan kaynaklanan kırılganlık
discrimination-criterion-economic-vulnerability-hint = Yoksulluk veya geçim sıkıntısı içinde olmak; bu durum ister görünsün ister bilinsin.
discrimination-criterion-surname = Soyadı
discrimination-criterion-place-of-residence = Yaşanılan yer
discrimination-criterion-place-of-residence-hint = Kişinin yaşadığı mahalle, yerleşim yeri veya adres.
discrimination-criterion-health = Sağlık durumu
discrimination-criterion-loss-of-autonomy = Özerklik kaybı (başkasına bağımlı hâle gelme)
discrimination-criterion-loss-of-autonomy-hint = Yaş, hastalık veya kaza nedeniyle.
discrimination-criterion-disability = Engellilik
discrimination-criterion-genetic-characteristics = Genetik özellikler
discrimination-criterion-genetic-characteristics-hint = Örneğin kalıtsal bir hastalık riski.
discrimination-criterion-morals = Yaşam tarzı (mœurs)
discrimination-criterion-morals-hint = Kişinin yaşama biçimi, kişisel yaşam tercihleri.
discrimination-criterion-sexual-orientation = Cinsel yönelim
discrimination-criterion-gender-identity = Cinsiyet kimliği
discrimination-criterion-gender-identity-hint = Örneğin trans birey olmak.
discrimination-criterion-age = Yaş
discrimination-criterion-political-opinions = Siyasi görüşler
discrimination-criterion-trade-union = Sendikal faaliyetler
discrimination-criterion-language = Fransızca dışında bir dilde kendini ifade edebilme
discrimination-criterion-language-hint = Yabancı bir dil veya bölgesel bir dil konuşmak.
discrimination-criterion-ethnicity-nation-race-religion = Bir etnik gruba, bir millete, sözde bir ırka veya bir dine gerçekte ya da varsayımsal olarak mensup olmak veya olmamak
discrimination-criterion-ethnicity-nation-race-religion-hint = Size yakıştırılan bir din ya da herhangi bir dine mensup olmamak da buna dahildir.
discrimination-criterion-whistleblower = Bilgi uçuran (lanceur d'alerte) olmak
discrimination-criterion-whistleblower-hint = Ya da bilgi uçurana yardım eden veya onunla bağlantılı olan kişi olmak.
discrimination-criterion-not-sure = Bilmiyorum
discrimination-criterion-not-sure-hint = Yalnız başına işaretleyin. Görevli, netleştirmenize yardım edecek.

## Ayrımcılık bildirimi: söylenen veya yazılan sözler
discrimination-words-title = Söylenen sözler
discrimination-words-intro = Hakaret içeren, iftira niteliğindeki veya nefrete kışkırtan sözler ya da yazılar, ayrımcılığa ek olarak ayrı bir suç oluşturabilir.
discrimination-words-said = Hakaret içeren, iftira niteliğinde veya kışkırtıcı sözler söylendi ya da yazıldı mı?
discrimination-words-exact = Sözlerin tam hâli önemlidir: kaba olsalar bile söylendikleri veya yazıldıkları gibi aktarın. Özetlemeyin.
discrimination-words-verbatim = Söylenen veya yazılan sözler (yanıtınız evetse)
discrimination-words-verbatim-hint = Sözleri tırnak içine alın; bunları kimin, nasıl söylediğini veya yazdığını belirtin: yüksek sesle, mesajla, bir sosyal ağda…

## Ayrımcılık bildirimi: fail
discrimination-author-title = Fail
discrimination-author-kind = Fail kim?
discrimination-author-kind-person = Bir kişi
discrimination-author-kind-person-hint = Bir birey, bir komşu, bir müşteri, bir iş arkadaşı…
discrimination-author-kind-company = Bir şirket veya dernek
discrimination-author-kind-company-hint = Bir mağaza, bir işveren, bir emlak ajansı, bir ev sahibi, bir banka…
discrimination-author-kind-administration = Bir kamu idaresi veya kamu hizmeti
discrimination-author-kind-administration-hint = Bir belediye, bir valilik (préfecture), bir hastane, bir okul, bir kamu görevlisi…
discrimination-author-known = Kim olduğunu biliyor musunuz?
discrimination-author-known-hint = Örneğin kişinin adı ya da şirketin veya kurumun adı.
discrimination-author-known-yes = Evet, kim olduğunu biliyorum
discrimination-author-known-no = Hayır, bilmiyorum
discrimination-author-name = Kişinin veya kuruluşun adı (isteğe bağlı)
discrimination-author-name-hint = Biliyorsanız. Kişinin görevini de yazabilirsiniz, örneğin “müdür”.

## Ayrımcılık bildirimi: ne zaman, nerede, anlatım, tanıklar, birim
discrimination-when-where-title = Olaylar ne zaman ve nerede oldu?
discrimination-when-heading = Ne zaman
discrimination-where-heading = Nerede
discrimination-place = Tam yer (isteğe bağlı)
discrimination-place-hint = Mağazanın adı, adres, kurum ya da olay çevrimiçi yaşandıysa internet sitesi.
discrimination-account-title = Ne olduğunu anlatın
discrimination-account-intro = Olayları kendi sözlerinizle ve sırasıyla anlatın: ne istiyordunuz veya ne yapıyordunuz, ne söylendi veya ne reddedildi ve bunun neden ayrımcılık olduğunu düşünüyorsunuz.
discrimination-account-label = Anlatımınız
discrimination-account-hint = En fazla { $max } karakter. Elinizdeki kanıtları da belirtin: mesajlar, mektuplar, ilanlar.
discrimination-witnesses-any = Olayları gören veya duyan biri oldu mu?
discrimination-unit-title = Bildiriminizle hangi birim ilgilenmeli?
discrimination-unit-intro = Bildiriminizi alacak karakolu (commissariat) veya jandarma karakolunu (brigade) seçin; örneğin olay yerine veya evinize yakın olanı. Bu birimden bir görevli bildiriminizi inceleyecek ve sizinle iletişime geçebilecek.
discrimination-error-unit = Bildiriminizi alacak karakolu veya jandarma karakolunu seçin.

## Ayrımcılık bildirimi: iletişim ve onay
discrimination-contact-title = İletişim bilgileriniz
discrimination-contact-intro = Bu bilgiler, birimin sizinle iletişime geçmesini ve size başvuru numaranızı göndermesini sağlar.
discrimination-contact-represented-legend = Temsil ettiğiniz mağdur
discrimination-contact-represented-name = Mağdurun adı ve soyadı
discrimination-contact-organisation = Dernek (isteğe bağlı)
discrimination-contact-organisation-hint = Bir dernek adına hareket ediyorsanız derneğin adını yazın.
discrimination-contact-email-hint = Başvuru numaranızı ve görevlinin mesajlarını bu adrese göndereceğiz.
discrimination-contact-phone-hint = Görevli, daha fazla bilgi almak için sizi arayabilir.
discrimination-consent-title = Dosyanızı Défenseur des droits kurumuna da iletin
discrimination-consent-body = Défenseur des droits, polise ek olarak harekete geçebilir: arabuluculuk önerebilir, tavsiyelerde bulunabilir veya mahkemeye görüş sunabilir. Onay verirseniz bildiriminizi bu kuruma iletiriz.
discrimination-consent-legend = Onayınız (isteğe bağlı)
discrimination-consent-label = Bildirimimin Défenseur des droits kurumuna da iletilmesini kabul ediyorum.
discrimination-consent-hint = Bu kutuyu işaretlemezseniz kuruma hiçbir şey iletilmez. Kuruma 3928 numaralı telefondan kendiniz de ulaşabilirsiniz.

## Ayrımcılık bildirimi: kontrol
discrimination-check-section-report = Bildiriminiz
discrimination-check-section-you = İletişim bilgileriniz
discrimination-check-role = Sıfatınız
discrimination-check-domain = Durum
discrimination-check-criteria = Ölçütler
discrimination-check-words = Söylenen sözler
discrimination-check-no-words = Söz yok
discrimination-check-author = Fail
discrimination-check-author-known = Biliniyor, adı belirtilmedi
discrimination-check-author-unknown = Bilinmiyor
discrimination-check-represented = Temsil edilen mağdur
discrimination-check-consent = Défenseur des droits kurumuna iletme
discrimination-check-consent-yes = Dosyayı bu kuruma da ilet
discrimination-check-consent-no = Dosyayı bu kuruma iletme
discrimination-check-unit = Bildirimi alacak birim
discrimination-check-send-title = Bildiriminizi gönderin
discrimination-check-send-body = Bildiriminiz seçtiğiniz birime iletilecek. Gerçek olmadığını bildiğiniz olayları bildirmek kanunen cezalandırılır (Fransız Ceza Kanunu – Code pénal, madde 226-10 ve 434-26).
discrimination-check-send-button = Bildirimi gönder

## Ayrımcılık bildirimi: onay ve e-posta
discrimination-confirmation-title = Bildirim gönderildi
discrimination-confirmation-sent-on = Gönderilme tarihi: { $date }.
discrimination-confirmation-email = Size bir onay e-postası gönderildi. Bu başvuru numarasını saklayın: sizden istenecektir.
discrimination-confirmation-next-title = Sonra ne olacak?
discrimination-confirmation-next = Bildiriminiz bu birime iletildi. Bir görevli bildiriminizi inceleyecek ve sizinle e-postayla veya telefonla iletişime geçebilecek:
discrimination-confirmation-complaint = Olaylar gerektiriyorsa görevli size şikâyette bulunmayı önerecek. İstediğiniz zaman, başvuru numaranızı vererek bir karakolda (commissariat) veya jandarma karakolunda (brigade) şikâyette de bulunabilirsiniz.
discrimination-confirmation-defenseur-title = Défenseur des droits
discrimination-confirmation-defenseur-body = Kabul ettiyseniz dosyanız bu kuruma da iletilir. Kuruma doğrudan ve ücretsiz olarak ulaşabilirsiniz:
discrimination-email-subject = { $reference } numaralı bildiriminiz alındı
discrimination-email-intro = Ayrımcılık bildiriminiz kaydedildi. Bu birimden bir görevli bildiriminizi inceleyecek ve sizinle iletişime geçebilecek:
discrimination-email-defenseur = Défenseur des droits da size ücretsiz olarak yardım edebilir: pazartesiden cumaya, saat 9.00 ile 18.00 arasında 3928'i arayın veya antidiscriminations.fr adresini ziyaret edin.

## Ayrımcılık bildirimi: hatalar
error-choose-danger = Şu anda tehlikede olan biri olup olmadığını belirtin.
error-choose-reporter = Bu bildirimi hangi sıfatla yaptığınızı belirtin.
error-choose-domain = Olanlara en yakın durumu seçin.
error-choose-criteria = En az bir ölçüt ya da “Bilmiyorum” seçeneğini işaretleyin.
error-criteria-not-sure-alone = “Bilmiyorum” seçeneği başka bir ölçütle birlikte işaretlenemez.
error-choose-words-said = Söz söylenip söylenmediğini veya yazılıp yazılmadığını belirtin.
error-required-words = Söylenen veya yazılan sözleri aynen yazın.
error-choose-author-kind = Failin kim olduğunu belirtin.
error-choose-author-known = Failin kim olduğunu bilip bilmediğinizi belirtin.
error-required-represented-name = Mağdurun adını girin.
