# Yönlendirme (sorular ve varış sayfaları), bilgi sayfaları, yardım hatları.
# Şokta olabilecek kişiler için sade bir dil: kısa cümleler, teknik terim yok.

## Ana sayfa ve alt bilgi

orientation-home-title = Ne oldu? Doğru işlemi bulun
orientation-home-body = Birkaç kısa soruyu yanıtlayın. Olanları nasıl bildireceğinizi ya da kimi arayacağınızı size söyleyelim. Yanıtlarınız kaydedilmez.
orientation-home-start = Başla
orientation-home-direct = Doğrudan bir işleme git
orientation-home-complaint-title = Tamamen çevrimiçi şikâyette bulunun
orientation-home-complaint-body = Ön şikâyetle aynı suçlar için; kimliğinizi FranceConnect ile kanıtlayabiliyorsanız. Karakola gitmenize gerek kalmaz.
orientation-home-discrimination-title = Ayrımcılığı bildirin
orientation-home-discrimination-body = Kökeniniz, cinsiyetiniz, engelliliğiniz, yaşınız, dininiz veya başka bir neden yüzünden size daha kötü davranıldıysa.
orientation-home-internet-title = İnternet dolandırıcılığını bildirin
orientation-home-internet-body = Sahte ilanlar, sahte alışveriş siteleri, oltalama ya da internette kartınızla yapılan ve sizin yapmadığınız ödemeler.
orientation-home-support-title = Yardım ve destek
orientation-home-support-body = Gece gündüz biriyle konuşabileceğiniz ücretsiz numaralar ve cinsel şiddet dahil şiddeti bildirme yolları.
orientation-home-ddd-title = Bir kamu hizmetiyle ilgili sorun
orientation-home-ddd-body = Bağımsız bir kurum olan Défenseur des droits size ücretsiz yardım edebilir.
orientation-home-all-numbers = Tüm numaralar ve hizmet saatleri
orientation-footer-start = Doğru işlemi bulun
orientation-find-procedure = Ne yapacağınızı bilmiyor musunuz? Doğru işlemi bulun
orientation-restart = Farklı yanıtlarla yeniden başla

## Sorular

orientation-q-danger-title = Şu anda tehlikede olan biri var mı?
orientation-q-danger-hint = Örneğin biri yaralı veya tehdit altında ya da fail hâlâ yakınlarda.
orientation-a-danger-yes = Evet, şu anda tehlikede olan biri var
orientation-a-danger-no = Hayır, şu anda kimse tehlikede değil
orientation-error-danger = Şu anda tehlikede olan biri olup olmadığını belirtin.

orientation-q-what-title = Ne oldu?
orientation-q-what-hint = Birden fazla şey olduysa en ağır olanı seçin.
orientation-a-what-property = Bir şeyim çalındı veya zarar gördü ya da dolandırılarak param alındı
orientation-a-what-property-hint = Hırsızlık, konut hırsızlığı, mala zarar verme veya vandalizm, banka kartımın izinsiz kullanılması, dolandırıcılık
orientation-a-what-violence = Biri bana vurdu, beni yaraladı veya tehdit etti
orientation-a-what-violence-hint = Yabancı biri ya da tanıdığım biri tarafından uygulanan fiziksel şiddet veya tehdit
orientation-a-what-sexual-violence = Cinsel veya cinsiyetçi şiddet
orientation-a-what-sexual-violence-hint = Cinsel taciz, cinsel saldırı, tecavüz, cinsiyetçi hakaretler veya davranışlar – bana ya da başka birine karşı
orientation-a-what-discrimination = Kim olduğum yüzünden bana daha kötü davranıldı
orientation-a-what-discrimination-hint = Ayrımcılık: kökenim, cinsiyetim, engelliliğim, yaşım, dinim, cinsel yönelimim, sağlık durumum, yaşadığım yer yüzünden…
orientation-a-what-public-service = Bir kamu hizmeti bana haksızlık yaptı
orientation-a-what-public-service-hint = Bir kamu idaresi veya kamu hizmetiyle ilgili bir sorun; örneğin vergi dairesi, CAF, France Travail veya bir devlet hastanesi
orientation-a-what-other = Başka bir şey
orientation-a-what-other-hint = Bu yanıtların hiçbiri olanlara uymuyor
orientation-error-what = Ne olduğunu seçin.

orientation-q-internet-title = Olay internette mi oldu?
orientation-q-internet-hint = Örneğin sahte bir ilan veya site, banka bilgilerinizi isteyen bir mesaj ya da internette kartınızla yapılan ödemeler.
orientation-a-internet-yes = Evet, internette
orientation-a-internet-no = Hayır, internette değil
orientation-error-internet = Olayın internette olup olmadığını belirtin.

orientation-q-known-title = Failin kim olduğunu biliyor musunuz?
orientation-q-known-hint = Örneğin adını biliyorsunuz ya da nerede bulunabileceğini söyleyebilirsiniz.
orientation-a-known-yes = Evet, failin kim olduğunu biliyorum
orientation-a-known-no = Hayır, failin kim olduğunu bilmiyorum
orientation-error-known = Failin kim olduğunu bilip bilmediğinizi belirtin.

orientation-q-identity-title = Kimliğinizi FranceConnect ile çevrimiçi kanıtlayabilir misiniz?
orientation-q-identity-hint = FranceConnect, zaten sahip olduğunuz bir hesapla (örneğin impots.gouv.fr veya ameli.fr hesabınızla) ya da Identité Numérique La Poste uygulamasıyla kamu hizmetlerine giriş yapmanızı sağlar.
orientation-a-identity-yes = Evet, FranceConnect'i kullanabilirim
orientation-a-identity-no = Hayır, kullanamam
orientation-a-identity-not-sure = Bilmiyorum
orientation-error-identity = FranceConnect'i kullanıp kullanamayacağınızı belirtin.

## Varış sayfaları

orientation-dest-emergency-title = Hemen acil yardımı arayın
orientation-dest-emergency-lead = Siz veya başka biri tehlikedeyse hemen arayın. Bu aramalar gece gündüz ücretsizdir.
orientation-dest-emergency-safe = Güvende olduğunuzda olanları bildirmek için bu siteye geri dönebilirsiniz.

orientation-dest-pre-complaint-title = Çevrimiçi ön şikâyette bulunun
orientation-dest-pre-complaint-lead = Ön şikâyet (pré-plainte) durumunuza uygun. Olayları çevrimiçi anlatırsınız, ardından şikâyetinizi seçtiğiniz karakolda (commissariat) veya jandarma karakolunda (brigade) imzalarsınız.
orientation-dest-pre-complaint-body = Yaklaşık 15 dakika sürer. Seçtiğiniz karakol veya jandarma karakolu, randevu belirlemek için sizinle iletişime geçer. 30 gün içinde imzalamanız gerekir.
orientation-dest-pre-complaint-action = Ön şikâyetime başla

orientation-dest-online-complaint-title = Çevrimiçi şikâyette bulunun
orientation-dest-online-complaint-lead = Kimliğinizi FranceConnect ile kanıtlayabildiğiniz için, karakola veya jandarmaya gitmeden tamamen çevrimiçi şikâyette bulunabilirsiniz.
orientation-dest-online-complaint-body = FranceConnect ile giriş yapar, olayları anlatır ve şikâyetinizi gönderirsiniz. Şikâyetiniz 6 ay saklanır.
orientation-dest-online-complaint-action = Çevrimiçi şikâyetime başla
orientation-dest-online-complaint-other-title = FranceConnect sizin için çalışmıyorsa
orientation-dest-online-complaint-other = Bunun yerine bir ön şikâyette bulunabilir ve onu seçtiğiniz karakolda veya jandarma karakolunda imzalayabilirsiniz.
orientation-dest-online-complaint-other-link = Ön şikâyette bulunun

orientation-dest-discrimination-title = Ayrımcılığı bildirin
orientation-dest-discrimination-lead = Bir kişiye kökeni, cinsiyeti, engelliliği, yaşı, dini veya kanunda sayılan başka bir neden yüzünden daha kötü davranmak ayrımcılıktır. Bu, kanunen yasaktır. Harekete geçmek için iki yolunuz var ve ikisini birden kullanabilirsiniz.
orientation-dest-discrimination-police-title = Polise ve jandarmaya bildirin
orientation-dest-discrimination-police = Olayları bu portalda anlatın. Bir görevli bildiriminizi okur ve sizinle iletişime geçer. Bildiriminiz bir şikâyete ve soruşturmaya yol açabilir.
orientation-dest-discrimination-action = Ayrımcılığı bildirin
orientation-dest-discrimination-ddd-title = Ya da Défenseur des droits kurumuna başvurun
orientation-dest-discrimination-ddd = Défenseur des droits bağımsız bir kamu kurumudur. Yardımı ücretsizdir. Size danışmanlık verebilir, sorunu uzlaşmayla çözmeye çalışabilir ve dava açarsanız size destek olabilir.

orientation-dest-support-title = Yardım ve destek
orientation-dest-support-lead = Yalnız değilsiniz ve olanlar sizin suçunuz değil. İster size ister bir yakınınıza olmuş olsun, sizi ücretsiz dinlemek için hazır bekleyen kişiler var.
orientation-dest-support-talk-title = Biriyle konuşun
orientation-dest-support-report-title = Olanları bildirin
orientation-dest-support-report = Aşağıdaki ulusal platformda, adınızı vermeden ve istediğiniz zaman bir polis memuru veya jandarmayla yazışabilirsiniz (çevrimiçi sohbet). Size danışmanlık verebilir ve şikâyette bulunmanıza yardım edebilirler.

orientation-dest-internet-title = İnternet dolandırıcılığını bildirin
orientation-dest-internet-lead = İnternetteki dolandırıcılıklar ve banka kartı dolandırıcılıkları ön şikâyetle değil, bu iş için ayrılmış çevrimiçi hizmetlerle ele alınır.
orientation-dest-internet-scam-title = İnternette bir dolandırıcılık
orientation-dest-internet-scam = Sahte ilanlar, sahte alışveriş siteleri, şantaj, sahte yatırımlar, oltalama: bunları polis ve jandarmanın internet dolandırıcılıkları için çevrimiçi hizmeti THESEE üzerinden bildirin. Bu hizmeti service-public.fr adresinde bulabilirsiniz.
orientation-dest-internet-card-title = Kartınızla yapılan ve sizin yapmadığınız ödemeler
orientation-dest-internet-card = Kartınız hâlâ sizdeyken kart bilgileriniz internette kullanıldıysa, bunu banka kartı dolandırıcılıkları için çevrimiçi hizmet Perceval üzerinden bildirin. Bu hizmeti de service-public.fr adresinde bulabilirsiniz.
orientation-dest-internet-site-title = Dolandırıcılık amaçlı bir site veya mesaj
orientation-dest-internet-site = Kanuna aykırı bir siteyi, ilanı veya mesajı bildirmek için resmî bildirim hizmetini kullanın:
orientation-dest-internet-now = Kartınızı bloke ettirmek (faire opposition) için hemen bankanızla iletişime geçin. Tüm kanıtları saklayın: ekran görüntüleri, mesajlar, e-postalar ve banka hesap dökümleri.

orientation-dest-defenseur-des-droits-title = Défenseur des droits kurumuna başvurun
orientation-dest-defenseur-des-droits-lead = Bir kamu hizmeti size haksızlık yaptığında Défenseur des droits size yardım edebilir. Bağımsız bir kamu kurumudur ve yardımı ücretsizdir.
orientation-dest-defenseur-des-droits-body = Kurum; kamu hizmetleriyle ilgili sorunlarla (örneğin vergi dairesi, CAF, France Travail veya bir devlet hastanesi), ayrımcılıkla, çocuk haklarıyla ve güvenlik güçlerinin davranışlarıyla ilgilenir. Önce sorunu ilgili hizmetle çözmeye çalışın ve mektuplarınızın ve e-postalarınızın bir kopyasını saklayın.

orientation-dest-station-known-author-title = Bir karakola veya jandarmaya gidin
orientation-dest-station-known-author-lead = Durumunuz yüz yüze ele alınır. Bir görevli sizi dinleyecek ve şikâyetinizi kaydedecek.
orientation-dest-station-known-author-reason = Neden: failin kim olduğunu biliyorsunuz. Çevrimiçi ön şikâyet yalnızca failin bilinmediği olaylar içindir. Cumhuriyet savcısına (procureur de la République) yazılı olarak da başvurabilirsiniz.
orientation-dest-station-violence-title = Bir karakola veya jandarmaya gidin
orientation-dest-station-violence-lead = Şiddet ve tehditler yüz yüze ele alınır. Böylece bir görevli sizi dinleyebilir ve gerekirse sizi koruyabilir.
orientation-dest-station-violence-reason = Neden: bir kişiye yönelik şiddet ve tehditler bu portalda çevrimiçi bildirilemez. Yaralandıysanız bir doktora görünün. Doktor raporu şikâyetinize yardımcı olur.
orientation-dest-station-other-title = Bir karakola veya jandarmaya gidin
orientation-dest-station-other-lead = Bir görevli sizi dinleyecek ve neler yapabileceğinizi söyleyecek.
orientation-dest-station-other-reason = Neden: bu portal henüz sizin durumunuzu kapsamıyor.
orientation-station-any = Herhangi bir karakola (commissariat) veya jandarma karakoluna (brigade) gidebilirsiniz. Olay başka bir yerde olmuş olsa bile şikâyetinizi almak zorundadırlar.
orientation-station-bring = Yanınıza bir kimlik belgesi ve işe yarayabilecek her şeyi alın: fotoğraflar, mesajlar, kasa fişleri, tanıkların adları.

orientation-ddd-phone = Telefonla:
orientation-ddd-hours = (saat 9.00 ile 18.00 arası)
orientation-ddd-chat = Ayrımcılık konusunda çevrimiçi sohbetle:
orientation-ddd-website = İnternet sitesinde:

## Yardım hatları

helpline-17-name = Polis ve jandarma acil yardım
helpline-17-hours = Günün 24 saati, haftanın 7 günü. Ücretsiz.
helpline-112-name = Avrupa acil çağrı numarası; Avrupa'da herhangi bir telefondan aranabilir
helpline-112-hours = Günün 24 saati, haftanın 7 günü. Ücretsiz.
helpline-15-name = Tıbbi acil yardım (SAMU)
helpline-15-hours = Günün 24 saati, haftanın 7 günü. Ücretsiz.
helpline-18-name = İtfaiye (sapeurs-pompiers)
helpline-18-hours = Günün 24 saati, haftanın 7 günü. Ücretsiz.
helpline-114-name = SMS ile acil yardım: konuşamıyor veya duyamıyorsanız ya da yanınızda biri olduğu için konuşamıyorsanız
helpline-114-hours = SMS ile, günün 24 saati, haftanın 7 günü. Ücretsiz.
helpline-3919-name = Violences Femmes Info: şiddete maruz kalan kadınlar ve yakınları için dinleme ve danışmanlık
helpline-3919-hours = Günün 24 saati, haftanın 7 günü. Ücretsiz ve anonim.
helpline-119-name = Allô Enfance en danger: tehlikedeki çocuklar ve gençler ile onlar için endişelenen yetişkinler için
helpline-119-hours = Günün 24 saati, haftanın 7 günü. Ücretsizdir ve arama telefon faturasında görünmez.
helpline-116006-name = France Victimes: her türlü suçun mağdurlarına destek
helpline-116006-hours = Haftanın 7 günü, saat 9.00 ile 19.00 arası. Ücretsiz.
helpline-3018-name = İnternette şiddet: siber zorbalık, tehditler, rıza olmadan paylaşılan mahrem görüntüler
helpline-3018-hours = Ücretsiz, anonim ve gizli.
helpline-3928-name = Défenseur des droits: ayrımcılık ve kamu hizmetleriyle ilgili sorunlar
helpline-3928-hours = Saat 9.00 ile 18.00 arası.

## Bilgi sayfaları

guide-more-title = Yararlı bilgiler
guide-pre-complaint-start = Ön şikâyete başla

guide-pre-complaint-title = Ön şikâyet nasıl işler?
guide-pre-complaint-lead = Ön şikâyet (pré-plainte), şikâyetinize çevrimiçi başlamanızı sağlar. Böylece karakolda veya jandarmada daha az zaman geçirirsiniz.
guide-pc-declare-title = 1. Olayları çevrimiçi anlatırsınız
guide-pc-declare-body = Olayların ne zaman ve nerede olduğunu, neyin çalındığını veya zarar gördüğünü ve size nasıl ulaşılabileceğini belirtirsiniz. Yaklaşık 15 dakika sürer; gece gündüz her saatte yapılabilir.
guide-pc-unit-title = 2. Nerede imzalayacağınızı seçersiniz
guide-pc-unit-body = İmzalamak istediğiniz karakolu (commissariat) veya jandarma karakolunu (brigade) ve size uyan gün ve saatleri seçersiniz.
guide-pc-contact-title = 3. Birim sizinle iletişime geçer
guide-pc-contact-body = Bir görevli ön şikâyetinizi okur ve size randevu önermek için e-postayla veya telefonla sizinle iletişime geçer.
guide-pc-sign-title = 4. Şikâyetinizi 30 gün içinde imzalarsınız
guide-pc-sign-body = Şikâyetiniz ancak karakolda veya jandarma karakolunda imzalandıktan sonra geçerli olur. Kimlik belgenizi ve başvuru numaranızı yanınızda getirin.
guide-pc-sign-lapse = 30 gün içinde imzalamazsanız ön şikâyet iptal edilir ve verileri silinir.
guide-pc-covers-title = Ön şikâyet ne için kullanılır?
guide-pc-covers-body = Failin kim olduğunu bilmediğiniz durumlarda, malınıza karşı işlenen suçlar için:
guide-pc-covers-theft = yankesicilik ve araçtan hırsızlık dahil hırsızlık
guide-pc-covers-burglary = konut veya iş yeri hırsızlığı
guide-pc-covers-vehicle = araç hırsızlığı
guide-pc-covers-damage = mala zarar verme ve vandalizm
guide-pc-covers-card = banka kartınızın izinsiz kullanılması
guide-pc-covers-scam = internet dışında gerçekleşen dolandırıcılık
guide-pc-who-title = Kimler yapabilir?
guide-pc-who-victim = mağdur
guide-pc-who-parent = 18 yaşından küçük bir çocuk için ebeveyn veya yasal temsilci
guide-pc-who-organisation = bir şirketin veya derneğin temsilcisi
guide-pc-not-title = Doğru işlem olmadığı durumlar
guide-pc-not-body = Tehlikede olan biri varsa 17'yi veya 112'yi arayın. Failin kim olduğunu biliyorsanız ya da bir kişiye karşı şiddet uygulandıysa bir karakola veya jandarmaya gidin. İnternet dolandırıcılıklarının kendi çevrimiçi hizmeti vardır.

guide-what-to-bring-title = İmzaya gelirken getirmeniz gerekenler
guide-what-to-bring-lead = Bu belgeleri randevunuza getirin. Görevlinin şikâyetinizi hızla kaydetmesine yardımcı olurlar.
guide-bring-always-title = Her durumda
guide-bring-identity = Bir kimlik belgesi: kimlik kartı, pasaport, oturma izni (titre de séjour) veya sürücü belgesi.
guide-bring-reference = Ön şikâyetinizin başvuru numarası, örneğin PP-7K3Q-9MXD-C. Bu numara alındı belgenizde ve size gelen e-postada yazar.
guide-bring-items-title = Çalınan veya zarar gören eşyalar için
guide-bring-items-body = Eksik de olsa elinizde ne varsa getirin:
guide-bring-ownership = eşyaların size ait olduğunu gösteren belgeler: faturalar, kasa fişleri, fotoğraflar, kutular veya garanti belgeleri;
guide-bring-phone = telefon için: kutunun veya faturanın üzerinde yazan IMEI numarası (bu numarayı operatörünüzden de öğrenebilirsiniz);
guide-bring-vehicle = araç için: araç ruhsatı (carte grise) ve elinizde kalan anahtarlar;
guide-bring-card = banka kartı için: sizin yapmadığınız ödemeleri gösteren hesap dökümleri ve kartı bloke ettirdiğinizi (opposition) gösteren belge;
guide-bring-damage = mala zarar verme için: fotoğraflar ve onarım teklifleri veya faturaları.
guide-bring-other-title = Başka biri adına hareket ediyorsanız
guide-bring-other-body = 18 yaşından küçük bir çocuk için, ebeveyni veya yasal temsilcisi olduğunuzu gösteren bir belge getirin. Bir şirket veya dernek için, onun adına hareket etmeye yetkili olduğunuzu gösteren bir belge getirin.
guide-bring-missing-title = Bir şey eksikse
guide-bring-missing-body = Yine de gelin. Eksik belgeleri daha sonra verebilirsiniz.

guide-data-retention-title = Verileriniz ne kadar süre saklanır?
guide-data-retention-lead = Bilgilerinizi yalnızca gerektiği kadar saklar, ardından kalıcı olarak sileriz.
guide-data-periods-title = Saklama süreleri
guide-data-pre-complaint = İmzalanmamış bir ön şikâyet: gönderildikten 30 gün sonra silinir.
guide-data-complaint = Çevrimiçi bir şikâyet: 6 ay saklanır.
guide-data-draft = Başlanmış ama gönderilmemiş bir form: 30 gün sonra silinir.
guide-data-signed-title = Şikâyetiniz imzalandıktan sonra
guide-data-signed-body = İmzalanmış bir şikâyet, bir polis veya jandarma işleminin parçası olur. Bundan sonra bu dosyalara ilişkin kurallara tabidir.
guide-data-never-title = Hiçbir zaman kaydetmediklerimiz
guide-data-never-body = IP adresinizi veya kullandığınız tarayıcıyı kaydetmeyiz. Bu sitede reklam ve izleme yoktur; site başka sitelerden hiçbir şey yüklemez.
guide-data-deleted-title = “Silinir” ne demek?
guide-data-deleted-body = Süre dolduğunda yanıtlarınız veri tabanımızdan silinir. Kimse, biz bile, onları geri getiremez.

guide-anonymity-title = Adınızı vermeden bildirimde bulunmak
guide-anonymity-lead = Bazı bildirimler adınızı vermeden yapılabilir. Şikâyet ise böyle yapılamaz: kimliğinizi gerektirir.
guide-anon-records-title = Portalın kaydettikleri
guide-anon-records-body = Yalnızca formlara yazdıklarınız ve tarayıcınızı kapattığınızda kaybolan bir çerez. Bu çerez, yanıtlarınızı bir sayfadan diğerine taşımaya yarar.
guide-anon-not-title = Portalın kaydetmedikleri
guide-anon-not-ip = IP adresiniz veya kullandığınız tarayıcı;
guide-anon-not-tracking = ziyaret ettiğiniz sayfalar: izleme ve reklam yoktur;
guide-anon-not-mail = e-posta adresiniz, vermeyi seçmediğiniz sürece.
guide-anon-report-title = Anonim bir bildirim neye yol açabilir?
guide-anon-report-body = Anonim bir bildirim polis memurları veya jandarmalar tarafından okunur. Yine de bir soruşturmaya yol açabilir; örneğin birden fazla bildirim aynı kişi veya aynı yerle ilgili olduğunda.
guide-anon-complaint-title = Şikâyet için neden kimliğiniz gerekir?
guide-anon-complaint-body = Şikâyet, sizin adınıza bir yargı süreci başlatır. Polis, jandarma ve yargı kim olduğunuzu ve size nasıl ulaşabileceklerini bilmelidir.
guide-anon-complaint-address = Güvenliğinizden endişe ediyorsanız bunu görevliye söyleyin. Ev adresiniz yerine karakolun veya jandarmanın adresini bildirmeyi talep edebilirsiniz.
guide-anon-device-title = Ortak kullanılan bir telefon veya bilgisayarda
guide-anon-device-body = Tarayıcı geçmişiniz, baktığınız sayfaları gösterebilir. Gizli gezinme penceresi kullanın ya da sonrasında geçmişinizi silin.

guide-support-numbers-title = Acil durum ve yardım numaraları
guide-support-numbers-lead = Acil bir durumda 17'yi veya 112'yi arayın. Konuşamıyorsanız 114'e SMS gönderin.
guide-numbers-emergency-title = Acil durumlar
guide-numbers-support-title = Sizi dinleyecek ve yardım edecek biri
