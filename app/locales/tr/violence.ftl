# Cinsel ve cinsiyetçi şiddet bildirimi, hızlı çıkışı ve ona götüren
# bağlantılar. Sayfa başlıkları tarafsız kalır: konunun adını asla
# anmazlar.

## Hızlı çıkış (bildirimin her sayfası ve takip sayfaları)
quick-exit-label = Hızlı çıkış
quick-exit-link = Bu siteden çık
quick-exit-shortcut = Ya da Shift tuşuna 3 kez basın

## Ana sayfadan ve yönlendirmeden bağlantılar
violence-home-title = Cinsel veya cinsiyetçi şiddeti bildirin
violence-home-body = İsterseniz anonim olarak. Bildiriminizi takip etmek ve bir polis memuru veya jandarmayla yazışmak için size kişisel bir kod verilir.
violence-orientation-report = Olanları isterseniz anonim olarak bu portaldan da bildirebilirsiniz. Bildiriminizi takip etmek ve bu tür durumlar için eğitim almış bir polis memuru veya jandarmayla mesajlaşmak için kişisel bir kod alırsınız.
violence-orientation-action = Bildirimde bulunun

## Ortak sözcükler
violence-optional = Bu soru isteğe bağlıdır.

## Hızlı çıkış neyi yapar, neyi yapmaz
violence-quick-exit-title = Bu siteden hızla çıkmak
violence-quick-exit-does = Her sayfanın üstündeki “Bu siteden çık” düğmesi, istediğiniz an sizi bir hava durumu sitesine götürür. Ayrıca buradaki oturumunuzu da kapatır: göndermediğiniz yanıtlar silinir.
violence-quick-exit-shortcut = Tarayıcınızda JavaScript açıksa Shift tuşuna art arda 3 kez de basabilirsiniz. Sayfa hemen kaybolur ve Geri düğmesi onu geri getirmez.
violence-quick-exit-not-title = Hızlı çıkışın yapmadıkları
violence-quick-exit-not-history = Tarama geçmişinizi silmez: bu site ve çıkmadan önce baktığınız sayfalar geçmişte görünmeye devam edebilir. Bunları daha sonra geçmişten silebilirsiniz.
violence-quick-exit-not-watch = Ekranınızı, cihazınızı veya ağınızı görebilen birinden ziyaretinizi gizleyemez.

## Başlamadan önce (giriş sayfası)
violence-start-title = Başlamadan önce
violence-start-lead = Burada, size ya da başka birine olmuş olsun, cinsel veya cinsiyetçi şiddeti polise ve jandarmaya bildirebilirsiniz. Anonim kalabilirsiniz.
violence-start-danger = Şu anda tehlikedeyseniz 17'yi veya 112'yi arayın. Konuşamıyorsanız 114'e SMS gönderin.
violence-start-advice-link = Bu siteyi güvenle kullanmak için önerilerimizi okuyun
violence-start-how-title = Nasıl işler?
violence-start-how-required = Yalnızca iki soru yanıt gerektirir: şu anda güvende olup olmadığınız ve bu bildirimi kimin için yaptığınız. Diğer tüm soruları geçebilirsiniz.
violence-start-how-anonymous = Seçim sizin: anonim kalabilir ya da sizin için güvenli olan zamanlarda size ulaşılabilecek bir yol verebilirsiniz.
violence-start-how-code = Sonunda, yalnızca bir kez gösterilen kişisel bir takip kodu alırsınız. Bu kodla bildiriminizin ne durumda olduğunu görebilir ve bu tür durumlar için eğitim almış bir polis memuru veya jandarmayla mesajlaşabilirsiniz.
violence-start-how-time = Yaklaşık 5 ila 10 dakika sürer. İstediğiniz an durabilirsiniz.
violence-start-button = Başla

## Güvenlik önerileri
violence-advice-title = Bu siteyi güvenle kullanmak
violence-advice-lead = Biri telefonunuza veya bilgisayarınıza bakabiliyorsa bu önlemler işinize yarayabilir. Yalnızca size güvenli gelen şeyleri yapın.
violence-advice-before-title = Başlamadan önce
violence-advice-before-private = Gizli gezinme penceresi kullanın: pencere kapandığında tarayıcınız bu pencereye ait hiçbir geçmiş tutmaz.
violence-advice-before-device = Yapabiliyorsanız, diğer kişinin erişemediği bir cihaz kullanın: bir arkadaşınızın telefonu, bir kütüphanedeki veya bir dernekteki bilgisayar.
violence-advice-before-watched = Telefonunuzun izlendiğini düşünüyorsanız (örneğin bir casus uygulamayla), başka bir cihaz kullanın.
violence-advice-after-title = Ziyaretinizden sonra
violence-advice-after-history = Bu siteyi tarama geçmişinizden silin. Çoğu tarayıcıda geçmiş Ctrl+H ile açılır (Mac'te ⌘+Y).
violence-advice-after-close = Tarayıcı penceresini kapatın.
violence-advice-after-code = Takip kodunuzu yalnızca sizin bulabileceğiniz bir yerde saklayın; başka birinin kullandığı bir defterde veya telefonda değil.
violence-advice-talk-title = Biriyle konuşun
violence-advice-back = Bildirimin başına dön

## Hemen yardım (güvende değil veya 18 yaşından küçük)
violence-help-title = Hemen yardım
violence-help-danger-title = Tehlikedeyseniz
violence-help-danger-body = 17'yi (polis ve jandarma) veya 112'yi arayın. Konuşamıyorsanız 114'e SMS gönderin: ne olduğunu ve nerede olduğunuzu yazın.
violence-help-danger-place = Yapabiliyorsanız insanların bulunduğu bir yere gidin: bir mağaza, bir eczane, bir komşunuzun evi.
violence-help-child-title = Bir çocuk veya genç
violence-help-child-body = 119 hattı çocukları ve gençleri, ayrıca bir çocuk için endişelenen yetişkinleri dinler. Arama ücretsizdir ve telefon faturasında görünmez.
violence-help-go-on-title = Bildiriminiz
violence-help-go-on-body = Yanıtlarınız saklanıyor. Bildiriminize şimdi ya da daha sonra devam edebilir veya bildirimden vazgeçebilirsiniz.
violence-help-go-on = Bildirimime devam et

## Güvende misiniz?
violence-safe-title = Şu anda güvende misiniz?
violence-safe-hint = Güvende değilseniz kimi arayacağınızı hemen size gösteririz. Bildiriminize daha sonra devam edebilirsiniz.
violence-safe-yes = Evet
violence-safe-no = Hayır
violence-safe-not-sure = Bilmiyorum
error-choose-safe-now = Şu anda güvende olup olmadığınızı belirtin.

## Kimin için?
violence-who-title = Bu bildirimi kimin için yapıyorsunuz?
violence-reporter-myself = Kendim için
violence-reporter-myself-hint = Bu bana oldu.
violence-reporter-someone-else = Başka biri için
violence-reporter-someone-else-hint = Bu, tanıdığım birine oldu ve bana anlattı.
violence-reporter-witness = Tanık olarak
violence-reporter-witness-hint = Olanları gördüm veya duydum.
violence-age-legend = Bunun olduğu kişi 18 yaşından küçük mü?
violence-age-hint = Bu soru isteğe bağlıdır. Bu size olduysa kendiniz için yanıtlayın.
violence-age-under-18 = Evet, 18 yaşından küçük
violence-age-adult = Hayır, 18 yaşında veya daha büyük
violence-age-unknown = Bilmiyorum
violence-who-child = Bir çocuk veya genç tehlikedeyse 119'u arayın: ücretsiz, günün 24 saati açık ve telefon faturasında görünmez.
error-choose-report-for = Bu bildirimi kimin için yaptığınızı belirtin.

## Anonim olarak veya değil
violence-contact-title = Anonim kalmak istiyor musunuz?
violence-contact-intro-anonymous = Anonim kalırsanız sizden ne adınızı ne de herhangi bir iletişim bilgisini isteriz. Bildiriminizi kişisel kodunuzla takip edersiniz.
violence-contact-intro-identified = Size ulaşılabilecek bir yol verirseniz, bu tür durumlar için eğitim almış bir polis memuru veya jandarma sizi arayabilir ya da size yazabilir; yalnızca sizin için güvenli olan zamanlarda.
violence-contact-choice = Seçiminiz
violence-contact-anonymous = Anonim kal
violence-contact-anonymous-hint = Sizi bu bildirime yalnızca takip kodunuz bağlar.
violence-contact-identified = Bana ulaşılabilecek bir yol ver
violence-contact-identified-hint = Bu durumda aşağıdaki soruları yanıtlayın.
violence-contact-details = Size ulaşılabilecek bir yol verirseniz
violence-contact-name = Kullanılacak ad (isteğe bağlı)
violence-contact-name-hint = Yalnızca bir ad yeterlidir.
violence-contact-by = Size nasıl ulaşalım?
violence-contact-by-email = E-postayla
violence-contact-by-email-hint = Polis memurunun veya jandarmanın mesajları bu adrese gönderilir. Yalnızca sizin baktığınız bir adres seçin.
violence-contact-by-phone = Telefonla
violence-contact-by-phone-hint = Bir polis memuru veya jandarma, belirttiğiniz zamanlarda sizi arar.
violence-contact-email = E-posta adresi
violence-contact-phone = Telefon numarası
violence-contact-safe-times = Size hangi zamanlarda güvenle ulaşabiliriz? (isteğe bağlı)
violence-contact-safe-times-hint = Örneğin: hafta içi saat 9.00 ile 12.00 arası. Asla aranmamanız gereken zamanlar varsa bize bildirin.
error-choose-anonymity = Anonim mi kalacağınızı yoksa size ulaşılabilecek bir yol mu vereceğinizi belirtin.
error-choose-contact-by = Size nasıl ulaşılacağını belirtin: e-postayla veya telefonla.
error-required-phone = Sizi arayabileceğimiz numarayı girin.

## Ne oldu?
violence-what-title = Ne oldu?
violence-what-hint = Uyan her şeyi işaretleyin. Ayrıntı vermeniz gerekmez. Bu soru isteğe bağlıdır.
violence-fact-sexist = Cinsiyetçi sözler, hakaretler veya davranışlar
violence-fact-harassment = İstenmeyen ve tekrar eden, cinsel içerikli sözler, mesajlar veya davranışlar (taciz)
violence-fact-touching = Kabul etmediğiniz hâlde cinsel bir şekilde dokunulması
violence-fact-forced-act = Zorla veya dayatılarak yapılan cinsel bir eylem (tecavüz dahil)
violence-fact-exposure = Birinin mahrem yerlerini göstermesi (teşhircilik)
violence-fact-images = Rıza olmadan çekilen veya paylaşılan mahrem fotoğraflar ya da videolar veya çevrimiçi cinsel mesajlar
violence-fact-partner = Bir partnerden veya eski partnerden gelen şiddet, tehdit ya da kontrol
violence-fact-other = Başka bir şey
violence-fact-not-sure = Nasıl anlatacağımı bilmiyorum

## Ne zaman ve nerede?
violence-when-title = Ne zaman ve nerede oldu?
violence-when-hint = Yaklaşık bir yanıt yeterlidir. İki soru da isteğe bağlıdır.
violence-period-legend = Ne zaman oldu?
violence-period-days = Son birkaç gün içinde
violence-period-weeks = Son birkaç hafta içinde
violence-period-months = Son birkaç ay içinde
violence-period-over-a-year = Bir yıldan daha önce
violence-period-unknown = Bilmiyorum
violence-area-label = Nerede oldu? (isteğe bağlı)
violence-area-hint = Département numarası veya posta kodu, örneğin 69 veya 69003. Bu, bildiriminizi o yere yakın bir ekibe iletmemize yardımcı olur.
error-area = Bir département numarası veya posta kodu girin (örneğin 69 veya 69003) ya da boş bırakın.

## Bu kişi kim?
violence-person-title = Bunu yapan kişi kim?
violence-person-hint = Bu kişinin, olayın yaşandığı kişiyle ilişkisini belirtin. Bu soru isteğe bağlıdır ve ad vermeniz gerekmez.
violence-relationship-partner = Bir partner veya eski partner
violence-relationship-family = Aileden biri
violence-relationship-acquaintance = Tanıdığı biri: bir arkadaş, bir komşu, bir tanıdık
violence-relationship-work-or-studies = İşten, okuldan veya öğrenim hayatından biri
violence-relationship-online = İnternette tanışılan biri
violence-relationship-stranger = Tanımadığı biri
violence-relationship-rather-not-say = Söylememeyi tercih ederim

## Olanları anlatmak
violence-details-title = Olanları anlatmak ister misiniz?
violence-details-stop = Burada durabilirsiniz. Bize şimdiye kadar anlattıklarınız, bildiriminizi göndermek için yeterlidir.
violence-details-stop-link = Bildirimimin özetine git
violence-details-label = Olanlar, kendi sözlerinizle (isteğe bağlı)
violence-details-hint = Yalnızca paylaşmak istediklerinizi yazın. Boş bırakabilirsiniz.

## Destek
violence-support-title = Nasıl bir destek istersiniz?
violence-support-hint = Bu soru isteğe bağlıdır. İstediğiniz kadar yanıt işaretleyebilirsiniz.
violence-support-call-back = Bu tür durumlar için eğitim almış bir polis memuru veya jandarma tarafından geri aranmak
violence-support-call-back-hint = Yalnızca bir telefon numarası verdiyseniz. Vermediyseniz yanıt size takip sayfanızda verilir.
violence-support-complaint-information = Şikâyette bulunmak hakkında bilgi
violence-support-complaint-information-hint = Bunun ne anlama geldiği, nerede ve nasıl yapılacağı; kendi hızınızda. Burada bildirimde bulunmak sizi şikâyette bulunmak zorunda bırakmaz.
violence-support-line-3919 = 3919 Violences Femmes Info hattından biriyle konuşmak
violence-support-line-3919-hint = Ücretsiz ve anonim; günün 24 saati, haftanın 7 günü. Hemen arayabilirsiniz.
violence-support-victim-support = Bir mağdur destek derneğinden yardım
violence-support-victim-support-hint = France Victimes, 116 006, haftanın 7 günü: dinleme, haklarınız hakkında bilgi, işlemlerde yardım.
violence-support-now = Bu numaraları hemen de arayabilirsiniz:

## Yanıtlarınızı kontrol edin
violence-check-skipped = Yanıtlanmadı
violence-check-section-situation = Durumunuz
violence-check-section-contact = İletişim
violence-check-section-facts = Olanlar
violence-check-section-support = Destek
violence-check-safe = Şu anda güvende
violence-check-who = Bildirim kimin için
violence-check-age = 18 yaşından küçük
violence-check-contact = Anonimlik
violence-check-name = Ad
violence-check-reach = Size nasıl ulaşılacak
violence-check-safe-times = Güvenli zamanlar
violence-check-facts = Olanlar
violence-check-period = Ne zaman
violence-check-area = Nerede
violence-check-person = Bunu yapan kişi
violence-check-details = Anlatımınız
violence-check-support = İstenen destek
violence-check-send-title = Bildiriminizi gönderin
violence-check-send-code = Bildirim gönderildikten sonra kişisel takip kodunuzu yalnızca bir kez göreceksiniz. Kodu, yalnızca sizin bildiğiniz bir yere not etmek için hazırlıklı olun.
violence-check-send-button = Bildirimimi gönder

## Gönderildi
violence-confirmation-title = Bildiriminiz gönderildi
violence-confirmation-sent-on = Gönderilme tarihi: { $date }.
violence-confirmation-code-title = Kişisel takip kodunuz
violence-confirmation-code-once = Kodu kopyalayın veya not edin: kurtarılamaz. Yalnızca bu kez gösterilir.
violence-confirmation-code-keep = Kodu yalnızca sizin bulabileceğiniz bir yerde saklayın. Bu koda sahip olan herkes, bildiriminizle ilgili mesajları okuyabilir.
violence-confirmation-code-print = Bu sayfayı yazdırabilirsiniz de (Ctrl+P veya ⌘+P).
violence-confirmation-follow-title = Bildiriminizi takip etmek
violence-confirmation-follow-body = “Bildirimimi takip et” sayfasında (bu sitede /follow-up) kodunuzu girin. Bildiriminizin ne durumda olduğunu görebilir ve bildiriminizle ilgilenen polis memuru veya jandarmayla mesajlaşabilirsiniz.
violence-confirmation-follow-link = “Bildirimimi takip et” sayfasına git
violence-confirmation-next-title = Sonra ne olacak?
violence-confirmation-next-anonymous = Bu tür durumlar için eğitim almış bir polis memuru veya jandarma bildiriminizi okur. Anonim kaldığınız için size takip sayfanızdan yanıt verecek.
violence-confirmation-next-identified = Bu tür durumlar için eğitim almış bir polis memuru veya jandarma bildiriminizi okur ve istediğiniz şekilde, belirttiğiniz zamanlarda sizinle iletişime geçer.
violence-confirmation-complaint = Şikâyette bulunmak hakkında bilgi istediniz: bu bilgiler size takip sayfanızda veya sizinle iletişime geçildiğinde verilecek.
violence-confirmation-numbers-title = Konuşabileceğiniz kişiler
violence-confirmation-leave = Kodunuzu sakladıktan sonra, sayfanın üstündeki düğmeyle bu siteden çıkabilirsiniz.
violence-sent-code-title = Takip kodunuz
violence-sent-code-body = Takip kodunuz yalnızca bir kez, bildiriminizi gönderdikten hemen sonra gösterildi. Güvenliğiniz için yeniden gösterilemez.

## E-posta (yalnızca kişi e-postayla iletişime geçilmesini istediyse gönderilir)
violence-email-subject = Mesajınızı aldık
violence-email-body = Mesajınızı aldık. İstediğiniz şekilde biri sizinle iletişime geçecek.
