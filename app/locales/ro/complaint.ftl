# Plângerea online cu identitate verificată, și „salvați și continuați mai târziu”.

complaint-start-title = Depuneți o plângere online cu identitate verificată
complaint-start-lead = Dacă identitatea dumneavoastră este verificată online, plângerea pentru o faptă împotriva bunurilor este înregistrată fără programare: nu trebuie să vă deplasați pentru a o semna.
complaint-how-title = Cum funcționează
complaint-step-verify = Vă dovediți identitatea cu { $provider }.
complaint-step-answer = Răspundeți la întrebările despre ce s-a întâmplat (ca pentru o pre-plângere).
complaint-step-done = Vă verificați răspunsurile și le trimiteți: plângerea este înregistrată și primiți un număr de dosar.
complaint-provider-leaves = Veți părăsi acest site pentru câteva momente ca să vă identificați, apoi veți reveni aici. Primim doar numele, prenumele, data nașterii și adresa de e-mail.
complaint-start-button = Continuați cu { $provider }
complaint-no-provider = Verificarea identității online nu este disponibilă momentan. Puteți face acum o pre-plângere (pré-plainte): identitatea vă va fi verificată la programare, când veți semna la secția de poliție (commissariat) sau la unitatea de jandarmerie (brigade) aleasă de dumneavoastră.
complaint-use-pre-complaint = Faceți o pre-plângere
complaint-verified-title = Identitatea dumneavoastră este verificată
complaint-verified-body = { $provider } ne-a transmis identitatea dumneavoastră. Ea va fi preluată în plângere și nu va putea fi modificată.
complaint-verified-next = Răspundeți acum la întrebările despre ce s-a întâmplat. Răspunsurile sunt salvate la fiecare pas.
complaint-not-verified-title = Identitatea dumneavoastră nu a fost verificată
complaint-refused-body = Ați întrerupt verificarea identității. Nu am primit nimic și nu am salvat nimic.
complaint-failed-body = Verificarea identității nu a reușit (poate a durat prea mult, sau serviciul de identificare nu răspunde). Nu am salvat nimic.
complaint-what-now = Ce puteți face acum?
complaint-try-again = Încercați din nou verificarea identității
complaint-confirmation-title = Plângerea dumneavoastră a fost înregistrată
complaint-confirmation-no-signing = Identitatea dumneavoastră a fost verificată: nu trebuie să vă deplasați pentru a semna.
complaint-confirmation-next-body = Un anchetator de la serviciul de mai jos vă va examina plângerea. Vă va contacta dacă are nevoie de detalii. Păstrați numărul de dosar: vi se va cere dacă sunați.
identity-verified-note = Numele, prenumele și data nașterii au fost verificate de { $provider }: nu pot fi modificate aici.
check-verified = Identitate
check-verified-value = Verificată online ({ $provider })
check-send-body-complaint = Trimițând această plângere, declarați că faptele sunt adevărate. Ea este înregistrată imediat ce o trimiteți, fără programare. Declarația falsă este pedepsită de lege (articolul 434-26 din Codul penal francez, Code pénal).
email-complaint-subject = Plângerea dumneavoastră { $reference } a fost înregistrată
email-complaint-intro = Plângerea dumneavoastră a fost înregistrată. Un anchetator o va examina.

save-for-later-link = Salvați și continuați mai târziu
save-for-later-title = Salvați și continuați mai târziu
save-for-later-body = Vă trimitem pe e-mail un link pentru a reveni la răspunsurile dumneavoastră. Linkul funcționează o singură dată, timp de 30 de zile. Răspunsurile sunt salvate până la ultima pagină pe care ați apăsat „Continuați”.
save-for-later-shared-device = Pe un dispozitiv folosit și de alții, închideți apoi browserul: următoarea persoană care îl folosește nu vă va putea vedea răspunsurile.
save-for-later-button = Trimiteți-mi linkul
save-for-later-sent-title = Verificați-vă e-mailul
save-for-later-sent-body = Am trimis un link la { $email }. Poate dura câteva minute până ajunge. Verificați și dosarul de spam.
save-for-later-sent-expiry = Linkul funcționează o singură dată, timp de 30 de zile. După 30 de zile, răspunsurile dumneavoastră sunt șterse.
save-for-later-sent-close = Acum puteți închide această pagină.
error-save-for-later-limit = Astăzi au fost deja trimise prea multe linkuri pentru aceste răspunsuri. Încercați din nou mâine, sau continuați acum.
resume-title = Reluați răspunsurile
resume-body = Acest link deschide răspunsurile pe care le-ați salvat. Funcționează o singură dată: după aceea, veți avea nevoie de un link nou.
resume-button = Reluați răspunsurile mele
resume-gone-title = Acest link nu mai funcționează
resume-gone-body = Acest link a fost deja folosit, sau are mai mult de 30 de zile. Răspunsurile nu mai pot fi deschise cu el. Puteți începe din nou de pe pagina principală.
email-resume-subject = Linkul pentru a vă relua răspunsurile
email-resume-intro = Ați cerut să vă salvați răspunsurile pentru a le relua mai târziu. Urmați acest link pentru a continua:
email-resume-expiry = Acest link funcționează o singură dată, timp de { $days ->
        [one] o zi
        [few] { $days } zile
       *[other] { $days } de zile
    }. Nu îl transmiteți nimănui.
email-resume-not-you = Dacă nu ați făcut dumneavoastră această cerere, ignorați acest mesaj.
unit-title-complaint = Ce serviciu trebuie să se ocupe de plângerea dumneavoastră?
unit-intro-complaint = Alegeți secția de poliție (commissariat) sau unitatea de jandarmerie (brigade de gendarmerie) care se va ocupa de plângere, de obicei cea din locul unde s-au petrecut faptele. Nu va trebui să mergeți acolo pentru a semna.
