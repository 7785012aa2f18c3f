## Sayfa çerçevesi
service-name = Çevrimiçi Şikâyet
skip-to-content = Ana içeriğe geç
language-switch-label = Dil
emergency-banner-label = Acil durum numaraları
emergency-banner-title = Acil bir durumda:
emergency-banner-call = şu numaraları arayın:
emergency-banner-sms = konuşamıyorsanız şu numaraya SMS gönderin:
footer-home = Ana sayfa
footer-pre-complaint = Çevrimiçi ön şikâyet (pré-plainte)
footer-privacy = Bir kamu hizmetidir. Hiçbir veri üçüncü kişilerle paylaşılmaz; bu site sizi izlemez.
back = Geri
continue = Devam
change = Değiştir
remove = Kaldır
answer-yes = Evet
answer-no = Hayır
go-home = Ana sayfaya dön
step-of = Adım { $step } / { $total }
date-hint = Örneğin: 27/03/2025
reference-label = Başvuru numarası { $reference }

## Ana sayfa
home-title = Şikâyette bulunun veya bir olayı bildirin
home-lead = Bir suçu bildirin, durumunuza uygun işlemi bulun ve yardım alın. Bazı işlemler tamamen çevrimiçi yapılır; bazıları ise seçtiğiniz karakolda (commissariat) veya jandarma karakolunda (brigade) yapılır.
home-pre-complaint-title = Çevrimiçi ön şikâyette (pré-plainte) bulunun
home-pre-complaint-body = Hırsızlık, konut hırsızlığı, mala zarar verme, dolandırıcılık veya banka kartınızın izinsiz kullanılması için; failin kim olduğunu bilmiyorsanız.
home-emergency-title = Yararlı numaralar
number-17 = Polis ve jandarma acil yardım
number-112 = Avrupa acil çağrı numarası
number-114 = Konuşamayan veya duyamayan kişiler için SMS ile acil yardım
number-3919 = Violences Femmes Info, şiddete maruz kalan kadınlar için destek hattı: ücretsiz, anonim, 7/24
number-119 = Enfance en danger, tehlikedeki çocuklar için hat: 7/24
number-116006 = France Victimes, mağdurlara destek: haftanın 7 günü

## Sorunlar
problem-not-found-title = Sayfa bulunamadı
problem-not-found-body = Adres yanlış yazılmış olabilir ya da sayfa artık mevcut değil.
problem-bad-request-title = İstek anlaşılamadı
problem-bad-request-body = Tarayıcınız, işleyemediğimiz bir istek gönderdi. Geri dönüp yeniden deneyin.
problem-forbidden-title = Formun süresi doldu
problem-forbidden-body = Güvenliğiniz için bu form artık geçerli değil. Geri dönün, sayfayı yenileyin ve yeniden deneyin. Daha önce kaydedilen yanıtlarınız korunur.
problem-too-large-title = Yanıt çok uzun
problem-too-large-body = Gönderdiğiniz form çok büyük. Metninizi kısaltıp yeniden deneyin.
problem-too-many-title = Çok fazla deneme
problem-too-many-body = Yeniden denemeden önce lütfen birkaç dakika bekleyin.
problem-server-error-title = Bir hata oluştu
problem-server-error-body = Hizmette bir sorun oluştu. Daha önce kaydedilen yanıtlarınız korunur. Birkaç dakika sonra yeniden deneyin.
problem-unavailable-title = Hizmet geçici olarak kullanılamıyor
problem-unavailable-body = Hizmet geçici olarak kullanılamıyor. Daha önce kaydedilen yanıtlarınız korunur. Birkaç dakika sonra yeniden deneyin.
problem-emergency = Acil bir durumda 17'yi veya 112'yi arayın ya da 114'e SMS gönderin.
session-expired-title = Oturumunuzun süresi doldu
session-expired-body = Yanıtlarınızı bulamadık. Yanıtlar 30 gün işlem yapılmadığında silinir ya da tarayıcınız çerezleri engelliyor olabilir. Beyanınıza yeniden başlayabilirsiniz.
start-again = Yeniden başla

## Hatalar
error-title-prefix = Hata:
error-summary-title = Bir sorun var
error-required = Bu bilginin girilmesi zorunludur.
error-too-long = Bu metin çok uzun.
error-invalid = Bu yanıt geçerli değil.
error-choose = Bir yanıt seçin.
error-email = Geçerli bir e-posta adresi girin, örneğin ad@ornek.fr.
error-phone = Geçerli bir telefon numarası girin, örneğin 06 12 34 56 78.
error-postcode = 5 haneli bir posta kodu girin, örneğin 75011.
error-date = Geçerli bir tarih girin, örneğin 27/03/2025.
error-date-future = Tarih ileri bir tarih olamaz.
error-time = Geçerli bir saat girin, örneğin 14:30.
error-range-order = Bitiş tarihi, başlangıç tarihinden sonra olmalıdır.
error-child-not-minor = Çocuk 18 yaşından küçük olmalıdır.
error-siret = SIRET numarası 14 hanelidir.
error-imei = IMEI numarası 15 hanelidir. Numarayı kontrol edin (görmek için telefonda *#06# tuşlayın).
error-plate = Plaka numarasını girin, örneğin AB-123-CD.
error-last-digits = Kartın son 4 hanesini girin.
error-amount = Avro cinsinden bir tutar girin, örneğin 120,50.
error-too-many-items = Eklenebilecek en fazla eşya sayısına ulaştınız. Diğerlerini olayı anlatırken belirtin.
error-unit-search = Bir posta kodu, bir département numarası veya bir yerleşim yeri adı girin.
error-choose-unit = İmza atacağınız karakolu veya jandarma karakolunu seçin.
## Alana özgü hatalar (varsa genel hata yerine gösterilir)
error-required-surname = Soyadınızı girin.
error-required-given-names = Adlarınızı girin.
error-required-birth-date = Doğum tarihinizi girin.
error-required-birth-place = Doğum yerinizi girin.
error-required-address = Adresinizi girin.
error-required-postcode = Posta kodunu girin.
error-required-town = Yerleşim yerini girin.
error-required-email = E-posta adresinizi girin.
error-required-child-surname = Çocuğun soyadını girin.
error-required-child-given-names = Çocuğun adlarını girin.
error-required-child-birth-date = Çocuğun doğum tarihini girin.
error-required-organisation-name = Kuruluşun kayıtlı unvanını girin.
error-required-organisation-role = Kuruluştaki görevinizi girin.
error-required-date = Olayın tarihini girin.
error-required-from = Dönemin başlangıcını girin.
error-required-to = Dönemin bitişini girin.
error-required-account = Ne olduğunu anlatın.
error-required-brand = Markayı girin.
error-required-plate = Plaka numarasını girin.
error-required-bank = Bankanın adını girin.
error-required-details = Tanıkların kim olduğunu ve onlara nasıl ulaşılabileceğini belirtin.
error-choose-emergency = Birinin tehlikede olup olmadığını belirtin.
error-choose-known-perpetrator = Failin kim olduğunu bilip bilmediğinizi belirtin.
error-choose-violence = Şiddet olup olmadığını belirtin.
error-choose-declarant = Bu beyanı kimin adına yaptığınızı belirtin.
error-choose-mode = Kesin tarihi bilip bilmediğinizi belirtin.
error-choose-offence = Olayın türünü seçin.
error-choose-add-item = Bir eşya bildirmek isteyip istemediğinizi belirtin.
error-choose-seen = Faili tarif edip edemeyeceğinizi belirtin.
error-choose-any = Olayın tanığı olup olmadığını belirtin.
error-choose-time-of-day = Günün bir zaman dilimini seçin.
error-choose-blocked = Kartı bloke ettirip ettirmediğinizi (opposition) belirtin.
error-choose-fraudulent-payments = Bilginiz dışında ödeme yapılıp yapılmadığını belirtin.
error-choose-document = Kimlik belgesinin türünü seçin.
item-summary = { $kind }: { $details }

error-declaration = Beyanınızın doğru olduğunu onaylamak için kutuyu işaretleyin.

## Başlangıç
start-title = Çevrimiçi ön şikâyette (pré-plainte) bulunun
start-lead = Malınıza karşı işlenen bir suçu çevrimiçi bildirin, ardından şikâyetinizi seçtiğiniz karakolda (commissariat) veya jandarma karakolunda (brigade) imzalayın.
start-covers-title = Bu hizmet şunlar içindir
start-unknown-perpetrator = yalnızca failin kim olduğunu bilmediğiniz durumlar.
start-need-title = Başlamadan önce şunları yanınızda bulundurun
start-need-identity = kimlik bilgileriniz ve bir e-posta adresi;
start-need-email = olayın tarihi ve yeri, yaklaşık olarak bile olsa;
start-need-items = çalınan veya zarar gören eşyaların tanımı (seri numarası, IMEI, plaka, kartın son haneleri).
start-next-title = Sonra ne olacak?
start-next-body = Bir görevli beyanınızı inceler ve randevu belirlemek için sizinle iletişime geçer. Şikâyetinizi 30 gün içinde imzalamanız gerekir. İmzalanmazsa ön şikâyet silinir.
start-time = Yaklaşık 15 dakika sürer. Yanıtlarınız her adımda kaydedilir.
start-button = Başla

## Uygunluk
eligibility-title = Durumunuz
eligibility-emergency = Tehlikede olan biri var mı ya da olay şu anda mı yaşanıyor?
eligibility-emergency-hint = Yanıtınız evetse hemen 17'yi veya 112'yi arayın.
eligibility-known = Failin kim olduğunu biliyor musunuz?
eligibility-known-hint = Örneğin adını biliyorsunuz ya da onu teşhis edebilirsiniz.
eligibility-violence = Yaralanan, tehdit edilen veya cinsel şiddet dahil şiddete maruz kalan biri oldu mu?
eligibility-violence-hint = Kişilere yönelik şiddet ön şikâyetle bildirilemez.

elsewhere-emergency-title = Hemen acil yardımı arayın
elsewhere-emergency-body = Yakın bir tehlike varsa bu hizmeti kullanmayın: 17'yi veya 112'yi arayın. Konuşamıyorsanız 114'e SMS gönderin.
elsewhere-emergency-next = Güvende olduğunuzda geri dönüp olanları bildirebilirsiniz.
elsewhere-known-perpetrator-title = Bir karakola veya jandarmaya gidin
elsewhere-known-perpetrator-body = Çevrimiçi ön şikâyet yalnızca failin bilinmediği olaylar içindir. Failin kim olduğunu biliyorsanız şikâyetinizi doğrudan bir karakolda (commissariat) veya jandarma karakolunda (brigade) yapın. Olayın gerçekleştiği yerdeki mahkemenin (tribunal judiciaire) Cumhuriyet savcısına (procureur de la République) yazılı olarak da başvurabilirsiniz.
elsewhere-known-perpetrator-next = Yanınıza bir kimlik belgesi ve işe yarayabilecek her türlü belgeyi (fotoğraflar, faturalar, mesajlar) alın.
elsewhere-violence-title = Uzman bir birimden yardım alın
elsewhere-violence-body = Kişilere yönelik şiddet çevrimiçi ön şikâyetle bildirilemez. Bir karakola (commissariat) veya jandarma karakoluna (brigade) gidin; orada sizi dinleyecekler. Dinlenmek ve destek almak için aşağıdaki numaraları arayabilirsiniz.
elsewhere-violence-next = Yaralandıysanız bir doktora görünün. Doktor raporu şikâyetiniz için yararlı olacaktır.
elsewhere-internet-scam-title = İnternet dolandırıcılıkları için ayrılmış hizmeti kullanın
elsewhere-internet-scam-body = İnternette yapılan dolandırıcılıklar (sahte ilan, sahte alışveriş sitesi, çevrimiçi şantaj, oltalama) bu iş için ayrılmış çevrimiçi hizmet THESEE üzerinden bildirilir. Bu hizmete service-public.fr adresinden ulaşabilirsiniz. İnternette kartınızla yapılan izinsiz ödemeler için Perceval hizmetini kullanın.
elsewhere-internet-scam-next = Vakit kaybetmeden bankanızı arayıp kartınızı bloke ettirin (faire opposition). Tüm kanıtları saklayın (ekran görüntüleri, mesajlar, hesap dökümleri).

## Beyan sahibi
declarant-title = Bu beyanı kimin adına yapıyorsunuz?
declarant-myself = Kendim adına
declarant-myself-hint = Mağdur sizsiniz.
declarant-minor-child = 18 yaşından küçük çocuğum adına
declarant-minor-child-hint = Çocuğun ebeveyni veya yasal temsilcisisiniz.
declarant-organisation = Bir şirket veya dernek adına
declarant-organisation-hint = Kuruluşu siz temsil ediyorsunuz.

## Kimlik
identity-title = Kimlik ve iletişim bilgileriniz
identity-intro = Bu bilgiler birimin sizinle iletişime geçmesini sağlar ve şikâyetinizde yer alır.
identity-you-legend = Siz
identity-declarant-legend = Siz, beyanda bulunan kişi
identity-child-legend = Çocuk
identity-organisation-legend = Şirket veya dernek
identity-organisation-name = Şirketin veya derneğin kayıtlı unvanı
identity-organisation-siret = SIRET numarası (isteğe bağlı)
identity-organisation-siret-hint = Fransa'daki 14 haneli işletme kimlik numarası.
identity-organisation-role = Göreviniz
identity-surname = Soyadı
identity-given-names = Adlar
identity-birth-date = Doğum tarihi
identity-birth-place = Doğum yeri
identity-birth-place-hint = Yerleşim yeri ve ülke.
identity-address-legend = Adres
identity-address = Kapı numarası ve sokak
identity-postcode = Posta kodu
identity-town = Yerleşim yeri
identity-country = Ülke (isteğe bağlı)
identity-country-hint = Fransa'da yaşamıyorsanız.
identity-contact-legend = Size nasıl ulaşabiliriz
identity-email = E-posta adresi
identity-email-hint = Onay iletisini ve başvuru numaranızı bu adrese göndereceğiz.
identity-phone = Telefon numarası (isteğe bağlı)
identity-phone-hint = Birim, randevu belirlemek için sizi arayabilir.

## Ne zaman
when-title = Olay ne zaman oldu?
when-mode-legend = Kesin tarihi biliyor musunuz?
when-mode-exact = Evet, tarihi biliyorum
when-mode-range = Hayır, yalnızca yaklaşık dönemi biliyorum
when-exact-heading = Tarihi biliyorsanız
when-date = Tarih
when-time = Saat (isteğe bağlı)
when-time-hint = Saati bilmiyorsanız boş bırakın. Örneğin: 14:30.
when-range-heading = Yalnızca yaklaşık dönemi biliyorsanız
when-from = Başlangıç
when-to = Bitiş

## Yer
place-title = Olay nerede oldu?
place-kind-legend = Yerin türü
place-kind-street = Sokakta veya kamuya açık bir yerde
place-kind-home = Evimde
place-kind-vehicle = Bir aracın içinde veya üstünde
place-kind-transport = Toplu taşımada veya bir istasyonda
place-kind-business = Bir mağazada, restoranda veya başka bir işletmede
place-kind-work = İş yerimde veya okulumda
place-kind-other = Başka bir yerde
place-address = Adres veya belirgin bir yer (isteğe bağlı)
place-address-hint = Örneğin: 12 rue de la République ya da “istasyonun önü”.
place-postcode = Posta kodu
place-town = Yerleşim yeri
place-details = Ek bilgiler (isteğe bağlı)
place-details-hint = Otobüs veya metro hattı, mağazanın adı, kat…

## Olaylar
facts-title = Ne oldu?
facts-offence-legend = Olayın türü
offence-theft = Hırsızlık
offence-theft-hint = Çanta, bisiklet veya şiddet kullanılmadan alınan başka bir eşya.
offence-pickpocketing = Yankesicilik
offence-pickpocketing-hint = Cepten veya çantadan alınan cüzdan ya da telefon.
offence-theft-from-vehicle = Araçtan hırsızlık
offence-theft-from-vehicle-hint = Bir otomobilin içinden alınan eşyalar.
offence-burglary = Konut veya iş yeri hırsızlığı
offence-burglary-hint = Ev, bodrum, garaj veya iş yeri.
offence-vehicle-theft = Araç hırsızlığı
offence-vehicle-theft-hint = Otomobil, motosiklet veya motorlu scooter.
offence-damage = Mala zarar verme veya vandalizm
offence-damage-hint = Duvar yazısı, kırık cam, hasar görmüş araç.
offence-card-fraud = Banka kartımın izinsiz kullanılması
offence-card-fraud-hint = İnternet dışında, sizin yapmadığınız ödemeler veya para çekme işlemleri.
offence-scam = İnternet dışında bir dolandırıcılık
offence-scam-hint = Kendini görevli gibi tanıtan biri, sahte kapıdan satış, sahte çek.
offence-internet-scam = İnternette bir dolandırıcılık
offence-internet-scam-hint = Sahte ilan, sahte site, oltalama: bunun için ayrı bir hizmet var.
facts-account = Ne olduğunu anlatın
facts-account-hint = Kendi sözlerinizle ve sırasıyla anlatın: ne yapıyordunuz, neyi fark ettiniz, ne alındı veya neye zarar verildi.

## Eşyalar
items-title-empty = Çalınan veya zarar gören eşyalar
items-title = Eşyalarınız
items-add-first = Çalınan veya zarar gören bir eşya bildirmek istiyor musunuz?
items-add-another = Başka bir eşya eklemek istiyor musunuz?
items-hint = Telefon, araç, banka kartı, kimlik belgesi veya başka herhangi bir eşya.
item-kind-title = Eşyanın türü nedir?
item-kind-phone = Cep telefonu
item-kind-vehicle = Araç
item-kind-bank-card = Banka kartı
item-kind-identity-document = Kimlik belgesi
item-kind-other = Başka bir eşya
item-title-phone = Telefon
item-title-vehicle = Araç
item-title-bank-card = Banka kartı
item-title-identity-document = Kimlik belgesi
item-title-other = Eşya
item-save = Bu eşyayı kaydet
item-brand = Marka
item-model-optional = Model (isteğe bağlı)
item-imei = IMEI numarası (isteğe bağlı)
item-imei-hint = 15 hane; kutunun veya faturanın üzerinde yazar. Telefonu kullanılamaz hâle getirmeye (bloke etmeye) yarar.
item-vehicle-warning = Dikkat: şikâyetiniz imzalanana kadar bu aracın sorumluluğu, onunla işlenen suçlar dahil, sizde kalır. Şikâyetinizi en kısa sürede imzalayın.
item-plate = Plaka
item-plate-hint = Örneğin: AB-123-CD.
item-colour = Renk (isteğe bağlı)
item-bank = Banka
item-last-digits = Kartın son 4 hanesi
item-last-digits-hint = Kart numaranızın tamamını asla girmeyin.
item-blocked = Bu kartı bloke ettirdiniz mi (faire opposition)?
item-blocked-hint = Ettirmediyseniz hemen bankanızı veya 0 892 705 705 numarasını arayın.
item-fraudulent = Bilginiz dışında ödeme veya para çekme işlemi yapıldı mı?
item-amount = Toplam tutar (isteğe bağlı)
item-amount-hint = Avro cinsinden, örneğin 120,50.
item-card-blocked = kart bloke edildi
item-card-not-blocked = kart bloke edilmedi
item-card-fraud = izinsiz ödemeler
item-card-fraud-amount = izinsiz ödemeler: { $amount }
item-document = Belgenin türü
document-identity-card = Nüfus cüzdanı (carte nationale d'identité)
document-passport = Pasaport
document-residence-permit = Oturma izni (titre de séjour)
document-driving-licence = Sürücü belgesi
item-document-number = Belge numarası (isteğe bağlı)
item-document-number-hint = Belgenin fotokopisinde veya başvuru alındı belgesinde yazar.
item-description = Tanım
item-description-hint = Örneğin: gri dizüstü bilgisayar, mavi bisiklet.
item-serial = Seri numarası (isteğe bağlı)
item-value = Tahmini değer (isteğe bağlı)

## Fail ve tanıklar
perpetrator-title = Fail
perpetrator-seen = Olayı yapan kişiyi veya kişileri tarif edebilir misiniz?
perpetrator-seen-yes = Evet, tarif edebilirim
perpetrator-seen-no = Hayır, bilmiyorum
perpetrator-description = Tarif (yanıtınız evetse)
perpetrator-description-hint = Kaç kişi oldukları, görünüşleri, kıyafetleri, araçları, hangi yöne gittikleri.
witnesses-title = Tanıklar
witnesses-any = Olayı gören biri oldu mu?
witnesses-details = Tanıklar (yanıtınız evetse)
witnesses-details-hint = Adları, onlara nasıl ulaşılabileceği ve ne gördükleri.

## Birim ve randevu
unit-title = Şikâyetinizi nerede imzalamak istiyorsunuz?
unit-intro = İmzalamak için gideceğiniz karakolu (commissariat) veya jandarma karakolunu (brigade) seçin. Bu birim, randevu belirlemek için sizinle iletişime geçecek.
unit-search = Posta kodu, département veya yerleşim yerine göre arayın
unit-search-hint = Örneğin: 69003, 13 veya Rennes.
unit-search-button = Ara
unit-results = { $count ->
    [one] 1 birim bulundu.
   *[other] { $count } birim bulundu.
}
unit-no-results = Hiçbir birim bulunamadı. Département numarasını veya yakındaki bir yerleşim yerini deneyin.
unit-choose = Bir birim seçin
unit-kind-police = Ulusal Polis (Police nationale)
unit-kind-gendarmerie = Ulusal Jandarma (Gendarmerie nationale)
appointment-title = Randevu için uygun olduğunuz zamanlar
appointment-intro = Birim, imza için size bir randevu önerecek. Size hangi zamanların uyduğunu belirtin.
appointment-days = Size uyan günler (isteğe bağlı)
appointment-days-hint = Gelebileceğiniz tüm günleri işaretleyin. Hiçbirini işaretlemezseniz her gün size uyuyor kabul edilir.
appointment-any-day = Her gün
day-mon = Pazartesi
day-tue = Salı
day-wed = Çarşamba
day-thu = Perşembe
day-fri = Cuma
day-sat = Cumartesi
appointment-time = Günün zaman dilimi
time-of-day-any = Fark etmez
time-of-day-morning = Sabah
time-of-day-afternoon = Öğleden sonra
time-of-day-evening = Akşamüstü
appointment-needs = Özel ihtiyaçlar (isteğe bağlı)
appointment-needs-hint = Tercüman, tekerlekli sandalye erişimi, size eşlik edecek biri…

## Kontrol
check-title = Göndermeden önce yanıtlarınızı kontrol edin
check-section-you = Siz
check-section-facts = Olay
check-section-follow-up = Sonraki adımlar
check-declarant = Beyan kimin adına
check-organisation = Şirket veya dernek
check-child = Çocuk
check-name = Ad
check-birth = Doğum tarihi ve yeri
check-address = Adres
check-contact = İletişim bilgileri
check-when = Tarih
check-when-exact-time = { $date }, saat { $time }
check-when-range = { $from } ile { $to } arasında
check-place = Yer
check-offence = Olayın türü
check-account = Anlatımınız
check-items = Eşyalar
check-no-items = Bildirilen eşya yok
check-perpetrator = Fail
check-witnesses = Tanıklar
check-unit = İmza yeri
check-appointment = Uygun zamanlar
check-send-title = Ön şikâyetinizi gönderin
check-send-body = Bu ön şikâyeti göndererek, onu 30 gün içinde seçtiğiniz birimde imzalamayı kabul edersiniz. Gerçeğe aykırı beyan kanunen cezalandırılır (Fransız Ceza Kanunu – Code pénal, madde 434-26).
check-declaration-legend = Onur beyanı (déclaration sur l'honneur)
check-declaration = Verdiğim bilgilerin doğru olduğunu beyan ederim.
check-send-button = Ön şikâyeti gönder

## Onay
confirmation-title = Ön şikâyet gönderildi
confirmation-reference-label = Başvuru numaranız:
confirmation-sent-on = Gönderilme tarihi: { $date }.
confirmation-email = Size bir onay e-postası gönderildi. Bu başvuru numarasını saklayın: sizden istenecektir.
confirmation-next-title = Sonraki adım: şikâyetinizi imzalamak
confirmation-deadline = Şikâyetinizi en geç { $date } tarihine kadar (30 gün içinde) imzalamanız gerekir. İmzalanmazsa ön şikâyet silinecektir.
confirmation-next-body = Seçtiğiniz birim, randevu belirlemek için sizinle iletişime geçecek:
confirmation-bring-title = Randevuya getirmeniz gerekenler
confirmation-bring-reference = ön şikâyet başvuru numaranız;
confirmation-bring-identity = bir kimlik belgesi (şirketler için ayrıca ticaret sicil kaydını gösteren Kbis belgesi veya bir yetki belgesi);
confirmation-bring-proof = eşyalara ait belgeler (faturalar, fotoğraflar, seri numaraları);
confirmation-bring-bank = banka kartı için, itiraz ettiğiniz işlemleri gösteren hesap dökümü.
confirmation-print = Bu sayfayı alındı belgesi olarak yazdırabilirsiniz (Ctrl+P veya ⌘+P).

## E-posta
email-received-subject = { $reference } numaralı ön şikâyetiniz alındı
email-greeting = Merhaba,
email-received-intro = Ön şikâyetiniz kaydedildi. Bir görevli tarafından incelenecek.
email-emergency = Acil bir durumda 17'yi veya 112'yi arayın ya da 114'e SMS gönderin. Bu iletiyi yanıtlamayın.
email-signature = Çevrimiçi Şikâyet (Plainte en ligne) hizmeti

## Görevli alanı
agent-sign-in-title = Görevli alanı: giriş
agent-sign-in-intro = Yalnızca Ulusal Polis ve Ulusal Jandarma personeli içindir. Her giriş kayıt altına alınır.
agent-email = İş e-posta adresi
agent-password = Parola
agent-sign-in-button = Giriş yap
agent-code-title = Doğrulama kodu
agent-code = 6 haneli kod
agent-code-hint = Kimlik doğrulama uygulamanızda görünen kod.
agent-code-button = Doğrula
agent-enrol-title = İki adımlı doğrulamayı etkinleştirin
agent-enrol-intro = Bu kodu kimlik doğrulama uygulamanızla tarayın, ardından uygulamanın gösterdiği 6 haneli kodu girin.
agent-enrol-qr-label = Kimlik doğrulama uygulamasıyla taranacak QR kodu
agent-enrol-manual = Kodu tarayamıyorsanız bu anahtarı uygulamaya girin:
agent-enrol-button = Etkinleştir ve devam et
agent-error-credentials = E-posta adresi veya parola yanlış.
agent-error-too-many = Çok fazla deneme yapıldı. 15 dakika sonra yeniden deneyin.
agent-error-code = Bu kod geçerli değil. Telefonunuzun saatini kontrol edip yeniden deneyin.
agent-error-code-used = Bu kod daha önce kullanıldı. Bir sonraki kodu bekleyin.
agent-sign-out = Çıkış yap
agent-nav-label = Görevli alanı
agent-nav-queue = İşlem sırası
agent-nav-statistics = İstatistikler
agent-nav-admin = Yönetim
role-agent = Görevli
role-supervisor = Amir
role-admin = Yönetici
agent-queue-title = İşlem sırası
agent-queue-counts = Duruma göre dosyalar
agent-take-next = Sıradaki dosyayı al
agent-filter-status = Durum
agent-filter-category = Kategori
agent-filter-from = Geliş tarihi (başlangıç)
agent-filter-to = Geliş tarihi (bitiş)
agent-filter-any = Tümü
agent-filter-button = Filtrele
agent-queue-shown = { $count ->
    [one] 1 dosya gösteriliyor.
   *[other] { $count } dosya gösteriliyor.
}
agent-queue-empty = Eşleşen dosya yok.
agent-queue-nothing-to-claim = Alınacak yeni dosya yok.
agent-queue-next-page = Sonraki dosyalar
agent-queue-first-page = Sıranın başına dön
agent-queue-pages = Sıra sayfaları
agent-col-reference = Başvuru numarası
agent-col-category = Kategori
agent-col-status = Durum
agent-col-priority = Öncelik
agent-col-age = Gelişinden bu yana geçen süre
agent-col-owner = İlgilenen görevli
agent-priority-high = Yüksek
agent-priority-normal = Normal
agent-back-to-queue = Sıraya dön
duration-minutes = { $count ->
    [one] 1 dakika
   *[other] { $count } dakika
}
duration-hours = { $count ->
    [one] 1 saat
   *[other] { $count } saat
}
duration-days = { $count ->
    [one] 1 gün
   *[other] { $count } gün
}
category-pre-complaint = Ön şikâyet
category-complaint = Çevrimiçi şikâyet
category-discrimination = Ayrımcılık
category-violence = Cinsel ve cinsiyetçi şiddet
status-new = Yeni
status-in-review = İnceleniyor
status-appointment-proposed = Randevu önerildi
status-appointment-booked = Randevu belirlendi
status-signed = İmzalandı
status-converted-to-complaint = Şikâyete dönüştürüldü
status-referred = Yönlendirildi
status-more-information-requested = Bilgi istendi
status-rejected = Reddedildi
status-closed = Kapatıldı
referral-other-unit = Başka bir birim
referral-defenseur-des-droits = Défenseur des droits (Fransa'nın bağımsız hak savunuculuğu kurumu)
referral-prosecutor = Cumhuriyet savcısı (procureur de la République)

## Dosya sayfası
case-title = Dosya { $reference }
case-submitted = Gönderilme tarihi
case-language = Beyanda bulunan kişinin dili
case-sign-by = En geç { $date } tarihine kadar imzalanmalı ({ $days } gün kaldı).
case-sign-by-passed = İmza süresi { $date } tarihinde doldu.
case-action-claim = Dosyayı üstlen
case-action-release = Sıraya geri bırak
case-action-propose-appointment = Bu zaman aralıklarını öner
case-action-book-appointment = Randevuyu ayarla
case-action-mark-signed = Şikâyet imzalandı
case-action-convert-to-complaint = Şikâyete dönüştür
case-action-refer = Yönlendir
case-action-request-information = Bilgi iste
case-action-information-received = Bilgi alındı
case-action-reject = Reddet
case-action-close = Kapat
case-refer-to = Yönlendirilecek yer
case-refer-note = Alıcı birim için not (isteğe bağlı)
case-reject-reason = Ret gerekçesi (beyanda bulunan kişiye iletilir)
case-slots-title = İmza için randevu önerin
case-slots-hint = İmza süresi dolmadan önce en fazla üç zaman aralığı. Beyanda bulunan kişi, e-postayla gelen bir bağlantı üzerinden seçim yapar.
case-slot-n = Zaman aralığı { $n }
case-slots-offered = Önerilen zaman aralıkları
case-slot-chosen = beyanda bulunan kişi tarafından seçildi
case-assign-to = Atanacak kişi
case-assign = Dosyayı ata
case-note-label = İç not
case-note-hint = Beyanda bulunan kişi bunu hiçbir zaman görmez.
case-note-button = Not ekle
case-message-label = Beyanda bulunan kişiye mesaj
case-message-hint = Kişinin dilinde e-postayla gönderilir. Yalnızca kişinin güvenle okuyabileceği şeyleri yazın.
case-message-button = Mesajı gönder
case-messages-title = Beyanda bulunan kişiyle mesajlar
case-messages-empty = Mesaj yok.
case-notes-title = İç notlar
case-notes-empty = Not yok.
case-history-title = Geçmiş
case-history-empty = Değişiklik yok.
case-history-line = { $action }: { $from } → { $to }
case-answers-title = Beyan
case-error-already-claimed = Bu dosya zaten başka biri tarafından üstlenildi.
case-error-changed = Bu dosya az önce başka biri tarafından değiştirildi. Dosyanın güncel durumunu görüyorsunuz.
case-error-deadline-passed = 30 günlük imza süresi doldu.
case-error-forbidden = Rolünüz bu işleme izin vermiyor.
case-error-not-allowed = Dosyanın şu anki durumunda bu işlem yapılamaz.
case-error-not-claimed = Bu dosyayı kimse üstlenmedi.
case-error-not-owner = Bunu yalnızca dosyayı üstlenen görevli yapabilir.
case-error-reason-required = Gerekçeyi girin.
case-error-reason-too-long = Gerekçe çok uzun (en fazla 1000 karakter).
case-error-slot-format = Bir tarih ve saat girin, örneğin 03/12/2026 10:30.
case-error-slot-past = Bu zaman aralığı geçmişte kaldı.
case-error-slot-after-deadline = Bu zaman aralığı imza süresinin dışında.
case-error-slot-none = En az bir zaman aralığı önerin.
case-error-assign = Bu dosya bu kişiye atanamaz.
error-required-note-body = Notu girin.
error-required-message-body = Mesajı girin.
error-required-name = Adı girin.

## Randevu seçimi (vatandaş)
slot-title = Randevunuzu seçin
slot-intro = { $reference } numaralı ön şikâyetinizi imzalamak için birimin önerdiği zaman aralıklarından birini seçin.
slot-legend = Uygun zaman aralıkları
slot-button = Bu randevuyu onayla
slot-booked-title = Randevu onaylandı
slot-booked-body = Randevunuz şu zaman için belirlendi: { $when }. Başvuru numaranızı ve bir kimlik belgesini yanınızda getirin.
slot-gone-title = Bu bağlantı artık çalışmıyor
slot-gone-body = Randevu zaten seçilmiş ya da süre dolmuş. E-postanızda adı geçen birimle iletişime geçin.
email-message-subject = { $reference } numaralı beyanınızla ilgili bir mesaj
email-message-intro = { $reference } numaralı beyanınızla ilgilenen bir görevli size yazdı:
email-slots-subject = İmza randevunuzu seçin ({ $reference })
email-slots-intro = { $reference } numaralı ön şikâyetinizi imzalamanız için birim size şu zaman aralıklarını öneriyor:
email-slots-choose = Zaman aralığınızı seçmek için bu bağlantıyı izleyin:

## İstatistikler ve yönetim
stats-title = Birim istatistikleri
stats-export = Bu rakamları indir (CSV)
stats-weeks-title = Dosyaların üstlenilmesine kadar geçen süre, haftalara göre
stats-week = Hafta
stats-submitted = Gelen
stats-claimed = Üstlenilen
stats-median = Ortanca süre
stats-p90 = %90'ının üstlenilme süresi
stats-by-category = Kategoriye göre
stats-by-status = Duruma göre
admin-title = Hesap yönetimi
admin-name = Ad
admin-role = Rol
admin-unit = Birim
admin-unit-hint = Birimin kodu, örneğin PN-69-LYON-01. Yöneticiler için gerekmez.
admin-state = Durum
admin-actions = İşlemler
admin-state-active = Etkin
admin-state-not-enrolled = İki adımlı doğrulama henüz etkinleştirilmedi
admin-state-disabled = Devre dışı
admin-disable = Devre dışı bırak
admin-add-title = Hesap oluşturun
admin-add-intro = Bir parola oluşturulur ve yalnızca bir kez gösterilir. Parolayı görevliye güvenli bir kanaldan iletin.
admin-add-button = Hesabı oluştur
admin-created = Hesap oluşturuldu:
admin-password-once = Parola (yalnızca bir kez gösterilir):
admin-error-unit = Bu koda sahip etkin bir birim yok.
admin-error-taken = Bu adresle kayıtlı bir hesap zaten var.

# A session that ends after a time without action (follow-up, agent workspace)
session-limit = Güvenliğiniz için bu oturum, hiçbir işlem yapılmadığında { $minutes } dakika sonra kapanır. Hiçbir şey yapmazsanız kapanma saati: { $time }. Herhangi bir işlem ya da aşağıdaki düğme size { $minutes } dakika daha verir.
session-keep-button = Oturumumu açık tut
